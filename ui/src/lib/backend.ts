// The only module that talks to Rust. Screens call `backend()`; in the real app it
// invokes Tauri commands, in a plain browser (tests, `vite dev`) it is the in-memory
// mock from mockBackend.ts, so every screen runs the same code against both.
// The commands themselves are generated from the core's one list (src/api/commands.rs):
// `Commands` in ../generated/types.ts, their Tauri client in ../generated/commands.ts.

import type { Commands, ErrorPayload, JobProgress, SyncEvent } from '../generated/types';
import { tauriCommands } from '../generated/commands';

/** Every command of the core, plus what the webview does itself. */
export interface Backend extends Commands {
  /** A URL the webview can show for a stored photo. */
  mediaUrl(hash: string): string;
  /** Hear every sync (started here or by itself). Returns a function that stops listening. */
  onSync(listener: (event: SyncEvent) => void): Promise<() => void>;
  /** Hear how far a long command (an export) has come. Returns a function that stops listening. */
  onProgress(listener: (event: ProgressEvent) => void): Promise<() => void>;
  /** Keep the screen on while she cooks (the desktop app asks the desktop); false lets it sleep. Answers whether it is kept on. */
  keepScreenAwake(on: boolean): Promise<boolean>;
}

/** How far a long command has come: the shell's `progress` event (its job is the command's name). */
export interface ProgressEvent extends JobProgress {
  job: string;
}

/** An error from the core, carried as `{code, message}`. */
export class BackendError extends Error {
  constructor(public payload: ErrorPayload) {
    super(payload.message);
  }
}

export function isBackendError(e: unknown): e is BackendError {
  return e instanceof BackendError;
}

function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

async function tauriBackend(): Promise<Backend> {
  const { invoke, convertFileSrc } = await import('@tauri-apps/api/core');
  const { listen } = await import('@tauri-apps/api/event');
  const call = async <T>(command: string, args?: Record<string, unknown> | Uint8Array): Promise<T> => {
    try {
      return await invoke<T>(command, args as never);
    } catch (e) {
      if (e && typeof e === 'object' && 'code' in e) throw new BackendError(e as ErrorPayload);
      throw e;
    }
  };
  return {
    ...tauriCommands(call),
    mediaUrl: (hash) => convertFileSrc(hash, 'media'),
    onSync: (listener) => listen<SyncEvent>('sync', (e) => listener(e.payload)),
    onProgress: (listener) => listen<ProgressEvent>('progress', (e) => listener(e.payload)),
    keepScreenAwake: (on) => invoke<boolean>('keep_screen_awake', { on }),
  };
}

let chosen: Promise<Backend> | null = null;

/** The backend for this page: Tauri in the app, the mock elsewhere. */
export function backend(): Promise<Backend> {
  if (!chosen) {
    chosen = inTauri() ? tauriBackend() : import('./mockBackend').then((m) => m.createMockBackend());
  }
  return chosen;
}
