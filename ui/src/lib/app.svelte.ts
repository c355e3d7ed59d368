// What the whole UI shares: the backend, the app state from the core, and the people
// of the café. Screens read it; only the functions here change it.

import type { AppState, Person, Session } from '../generated/types';
import { backend, isBackendError, type Backend } from './backend';
import { setLang } from './i18n.svelte';

export const app = $state({
  backend: null as Backend | null,
  state: null as AppState | null,
  people: [] as Person[],
  session: null as Session | null,
});

export function api(): Backend {
  if (!app.backend) throw new Error('backend not ready');
  return app.backend;
}

export async function loadApp(): Promise<AppState> {
  app.backend = await backend();
  const state = await app.backend.appState();
  app.state = state;
  app.session = state.session;
  setLang(state.session?.person.ui_lang ?? state.device_lang);
  return state;
}

export async function refreshPeople(): Promise<void> {
  app.people = await api().people();
}

export function startSession(session: Session): void {
  app.session = session;
  setLang(session.person.ui_lang);
}

export async function endSession(): Promise<void> {
  await api().logout();
  app.session = null;
  setLang(app.state?.device_lang ?? 'nb');
}

export function mediaUrl(hash: string): string {
  return app.backend?.mediaUrl(hash) ?? '';
}

/** The sentence to show for an error: the core's localized message when it has one. */
export function errorText(e: unknown): string {
  if (isBackendError(e)) return e.payload.message;
  return e instanceof Error ? e.message : String(e);
}
