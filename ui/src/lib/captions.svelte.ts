// Her language beside Norwegian. Every caption a trainee sees is said in the languages
// of `captions()`: on shared screens the device's language beside the working language,
// on the picture-PIN screen the chosen person's, once signed in her own (which her mentor
// can turn round: Norwegian first). The core decides them (`Captions` in src/i18n).

import type { Captions } from '../generated/types';
import { app } from './app.svelte';

/** The person whose PIN screen is showing: captions are hers before she signs in. */
export const captionsFor = $state({ person: null as null | { captions: Captions } });

const NORWEGIAN: Captions = { first: 'nb', second: null };

/** The caption languages right now. Reading it inside a component makes it reactive. */
export function captions(): Captions {
  return captionsFor.person?.captions ?? app.session?.person.captions ?? app.state?.device_captions ?? NORWEGIAN;
}

/** The caption languages, first to last. */
export function captionLangs(): string[] {
  const c = captions();
  return c.second ? [c.first, c.second] : [c.first];
}

/** The café's working language (Norwegian, or Swedish in a Swedish café). */
export function workLang(): string {
  const c = app.state?.device_captions;
  return c?.second ?? c?.first ?? 'nb';
}
