// Pictures of recipes: the starter recipes' drawings (assets/recipes/pictures), the
// allergen pictograms (assets/recipes/allergens; Noto Emoji, Apache-2.0, and drawings of
// our own for celery, mustard, sesame, soy, sulphites and lupin), or the café's photos.

import type { Allergen, RecipeCard, StepView, SuggestionView } from '../generated/types';
import { mediaUrl } from './app.svelte';
import { picture } from './pictures';
import { wordPicture } from './words';

const glob = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, url]) => [path.split('/').at(-1)!.replace('.svg', ''), url]));
const recipes = glob(import.meta.glob('../../../assets/recipes/pictures/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>);
const allergens = glob(import.meta.glob('../../../assets/recipes/allergens/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>);

/** An allergen's pictogram. */
export function allergenPicture(allergen: Allergen): string {
  return allergens.get(allergen) ?? picture('hint');
}

/** What shows something suggested to practise: its photo, else the word's or the dish's drawing. */
export function suggestionImage(s: SuggestionView): string {
  if (s.photo_thumb) return mediaUrl(s.photo_thumb);
  if (s.kind === 'word') return s.picture ? wordPicture(s.picture) : picture('word');
  return recipes.get(s.picture ?? 'cooking') ?? picture('kitchen');
}

/** What shows a dish: its photo when the café took one, else its drawing. */
export function recipeImage(card: RecipeCard): string {
  if (card.photo_thumb) return mediaUrl(card.photo_thumb);
  return recipes.get(card.picture ?? 'cooking') ?? picture('kitchen');
}

/** What shows a step: its photo, else the pack's picture of what to use, else the dish. */
export function stepImage(step: StepView, card: RecipeCard): string {
  if (step.photo) return mediaUrl(step.photo);
  if (step.picture) return wordPicture(step.picture);
  return recipeImage(card);
}

/** Minutes and seconds, "12:05", always written left to right. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
