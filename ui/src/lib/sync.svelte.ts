// The sync state the screens show: paired devices, a running sync's progress, and the
// last outcome. Fed by the backend's sync events, whoever started the sync.

import type { MessageId, Progress, SyncStatus } from '../generated/types';
import { api, app, loadApp, refreshPeople } from './app.svelte';
import { problemOf } from './problems';

export const sync = $state({
  status: null as SyncStatus | null,
  running: false,
  progress: null as Progress | null,
  /** Why the last sync failed, as a message to show and say. */
  error: null as MessageId | null,
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
        Object.assign(sync, { running: true, progress: null, error: null, justDone: false });
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
        Object.assign(sync, { running: false, progress: null, error: `error-${event.code}` as MessageId });
        await refreshSync();
        break;
    }
  });
}

export async function syncNow(): Promise<void> {
  sync.error = null;
  sync.justDone = false;
  try {
    await api().syncNow(null);
  } catch (e) {
    sync.error = problemOf(e).id;
  }
}
