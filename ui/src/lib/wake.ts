// Keep the screen on while she cooks: the Screen Wake Lock where the webview has it, and
// in the desktop app the core's shell asks the desktop not to blank the screen
// (`keep_screen_awake`). Returns what lets the screen sleep again.

import { api } from './app.svelte';

export async function keepAwake(): Promise<() => void> {
  let lock: { release(): Promise<void> } | null = null;
  try {
    lock = (await (navigator as Navigator & { wakeLock?: { request(kind: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock?.request('screen')) ?? null;
  } catch {
    lock = null;
  }
  let held = false;
  try {
    await api().keepScreenAwake(true);
    held = true;
  } catch {
    held = false;
  }
  return () => {
    void lock?.release().catch(() => {});
    if (held) void api().keepScreenAwake(false).catch(() => {});
  };
}
