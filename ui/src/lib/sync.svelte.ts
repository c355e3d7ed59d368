// The sync state the screens show: paired devices, a running sync's progress, and the
// last outcome. Fed by the backend's sync events, whoever started the sync.

import type { Progress, SyncStatus } from '../generated/types';
import { api, app, loadApp, refreshPeople } from './app.svelte';
import { plain } from './i18n.svelte';

export const sync = $state({
  status: null as SyncStatus | null,
  running: false,
  progress: null as Progress | null,
  error: '' as string,
  justDone: false,
  /** Bumped after every sync, so photos that had not arrived yet are tried again. */
  mediaEpoch: 0,
});

let listening: Promise<() => void> | null = null;

export async function refreshSync(): Promise<void> {
  try {
    sync.status = await api().syncStatus();
  } catch {
    sync.status = null;
  }
}

/** Start hearing sync events (once). */
export function listenToSync(): void {
  if (listening) return;
  listening = api().onSync(async (event) => {
    switch (event.kind) {
      case 'started':
        Object.assign(sync, { running: true, progress: null, error: '', justDone: false });
        break;
      case 'progress':
        sync.progress = event.progress;
        break;
      case 'done':
        Object.assign(sync, { running: false, progress: null, justDone: true });
        sync.mediaEpoch += 1;
        // New people or a whole café may have arrived.
        if (app.state?.setup_needed) await loadApp();
        await refreshPeople();
        await refreshSync();
        break;
      case 'failed':
        Object.assign(sync, { running: false, progress: null, error: plain(`error-${event.code}`) });
        await refreshSync();
        break;
    }
  });
}

export async function syncNow(): Promise<void> {
  sync.error = '';
  sync.justDone = false;
  try {
    await api().syncNow(null);
  } catch (e) {
    sync.error = e instanceof Error ? e.message : String(e);
  }
}
