// Pictures of words: the starter pack's drawings (assets/words/pictures, Noto Emoji,
// Apache-2.0; see assets/LICENSES.md) or a photo taken in the café.

import type { WordView } from '../generated/types';
import { mediaUrl } from './app.svelte';
import { picture } from './pictures';

const files = import.meta.glob('../../../assets/words/pictures/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(files).map(([path, url]) => [path.split('/').at(-1)!.replace('.svg', ''), url]));

/** A picture of the pack by its name (a word's key or a category's picture). */
export function wordPicture(name: string): string {
  return byName.get(name) ?? picture('word');
}

/** What shows a word: its photo when the café took one, else its drawing. */
export function wordImage(word: WordView): string {
  if (word.photo_thumb) return mediaUrl(word.photo_thumb);
  return word.picture ? wordPicture(word.picture) : picture('word');
}
