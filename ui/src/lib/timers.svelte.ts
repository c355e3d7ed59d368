// Kitchen timers: as many at once as she needs, kept while she moves between steps and
// screens. A timer that runs out rings (a bell made here, played the way WebKitGTK
// plays sound: bytes → Blob) and its card flashes until she stops it.
//
// Time is read through `now()`: browser tests move the page's clock with Playwright,
// the real-app test moves `globalThis.__mestreClockOffsetMs` (nothing else sets it).

import { holdPresence } from './presence.svelte';
import { playBytes } from './speech.svelte';

export interface KitchenTimer {
  id: number;
  /** What it is for: the dish and the step ("Fiskesuppe · 4"). */
  label: string;
  seconds: number;
  endsAt: number;
  /** It ran out; it rings until she stops it. */
  done: boolean;
  rings: number;
}

/** Rings again every few seconds, at most this many times. */
const MAX_RINGS = 6;
const RING_EVERY_MS = 5000;

export const timers = $state({ list: [] as KitchenTimer[], now: now() });
/** While a timer runs she is in the kitchen: her session is held open. */
let presence: (() => void) | null = null;
let nextId = 1;
let ticking: ReturnType<typeof setInterval> | undefined;
let lastRing = 0;

export function now(): number {
  return Date.now() + ((globalThis as { __mestreClockOffsetMs?: number }).__mestreClockOffsetMs ?? 0);
}

/** Seconds left on a timer. */
export function left(timer: KitchenTimer): number {
  return Math.max(0, (timer.endsAt - timers.now) / 1000);
}

export function startTimer(seconds: number, label: string): KitchenTimer {
  const timer: KitchenTimer = { id: nextId++, label, seconds, endsAt: now() + seconds * 1000, done: false, rings: 0 };
  timers.list.push(timer);
  timers.now = now();
  presence ??= holdPresence();
  ticking ??= setInterval(tick, 250);
  return timer;
}

export function stopTimer(id: number): void {
  timers.list = timers.list.filter((t) => t.id !== id);
  if (timers.list.length === 0) {
    clearInterval(ticking);
    ticking = undefined;
    presence?.();
    presence = null;
  }
}

function tick(): void {
  timers.now = now();
  let ring = false;
  for (const timer of timers.list) {
    if (!timer.done && timers.now >= timer.endsAt) {
      timer.done = true;
      ring = true;
    }
    if (timer.done && timer.rings < MAX_RINGS && (timer.rings === 0 || timers.now - lastRing >= RING_EVERY_MS)) {
      timer.rings += 1;
      ring = true;
    }
  }
  if (ring) {
    lastRing = timers.now;
    void bell();
  }
}

/** A kitchen bell: two bright tones with a decaying ring, as a WAV. */
export function bellWav(): Uint8Array {
  const rate = 22050;
  const seconds = 1.4;
  const n = Math.floor(rate * seconds);
  const bytes = new Uint8Array(44 + n * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF'); view.setUint32(4, 36 + n * 2, true); text(8, 'WAVE'); text(12, 'fmt ');
  view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
  view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
  text(36, 'data'); view.setUint32(40, n * 2, true);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const second = t >= 0.35 ? 1 : 0;
    const tone = second ? 1320 : 1760;
    const since = second ? t - 0.35 : t;
    const sample = Math.sin(2 * Math.PI * tone * t) * Math.exp(-since * 4) * 0.6;
    view.setInt16(44 + i * 2, Math.round(sample * 32767), true);
  }
  return bytes;
}

let rang = 0;
async function bell(): Promise<void> {
  rang += 1;
  try {
    await playBytes(bellWav(), 'audio/wav');
    document.body.dataset.ring = `rang:${rang}`;
  } catch {
    // No sound device: the flashing card still shows it.
    document.body.dataset.ring = `silent:${rang}`;
  }
}
