// Pictures and small helpers of the fridge screens: a food's picture (a word picture of
// the pack, or a recipe picture for cooked rice), the zones' and games' pictures, the
// weekday of a date, and a reading in tenths of a degree as the kitchen writes it.

import type { Bilingual, FridgeGame, Zone } from '../generated/types';
import { captionLangs } from './captions.svelte';
import { intlLocale, plain } from './i18n.svelte';
import { wordPicture } from './words';

const recipePictures = new Map(
  Object.entries(import.meta.glob('../../../assets/recipes/pictures/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>)
    .map(([path, url]) => [path.split('/').at(-1)!.replace('.svg', ''), url]),
);

/** A food of the catalogue: its word picture, else its recipe picture. */
export function foodPicture(name: string): string {
  return recipePictures.get(name) ?? wordPicture(name);
}

const ZONE_PICTURES: Record<Zone, string> = { fridge: 'refrigerator', freezer: 'freezer', dry: 'shelf' };
export function zonePicture(zone: Zone): string {
  return wordPicture(ZONE_PICTURES[zone]);
}

const GAME_PICTURES: Record<FridgeGame, string> = {
  'where-does-it-go': 'refrigerator', 'how-cold': 'thermometer', 'write-the-label': 'label', 'first-in-first-out': 'shelf',
};
export function gamePicture(game: FridgeGame): string {
  return wordPicture(GAME_PICTURES[game]);
}

/** "Tirsdag" for 2026-11-24, in `lang`. */
export function weekday(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const name = new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}

/** A reading in tenths as `format-temperature` writes it in `lang` ("3,5 °C"). */
export function degrees(tenths: number, lang: string): string {
  return plain('format-temperature', { value: tenths / 10 }, lang);
}

/** The text of a two-language pair in the caption order's first language (what is said aloud first). */
export function firstOf(text: Bilingual, workLang: string, homeLang: string): { text: string; lang: string } {
  return captionLangs()[0] === workLang || !text.home ? { text: text.work, lang: workLang } : { text: text.home, lang: homeLang };
}
