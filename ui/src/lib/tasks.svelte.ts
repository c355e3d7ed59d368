// The café's task cards: Mestre's starter cards and the café's own, as the core names
// them for whoever is signed in. Read once a screen that shows tasks opens (a mentor may
// have added a card since); a day shows any card, hidden or not, by its id.

import type { TaskCard } from '../generated/types';
import { api, mediaUrl } from './app.svelte';
import { workLang } from './captions.svelte';
import { plain } from './i18n.svelte';
import { picture, type PictureName } from './pictures';

export const tasks = $state({ cards: [] as TaskCard[] });

/** Read the cards again (a screen that shows tasks calls it as it opens). */
export async function loadTaskCards(): Promise<TaskCard[]> {
  tasks.cards = await api().diaryTasks();
  return tasks.cards;
}

/** The card with this id, once read. */
export function taskCard(id: string): TaskCard | undefined {
  return tasks.cards.find((c) => c.id === id);
}

/** What a card shows: its photo, else its picture (a starter card's own). */
export function taskImage(id: string): string {
  const card = taskCard(id);
  if (card?.photo_thumb) return mediaUrl(card.photo_thumb);
  return picture((card?.picture ?? `task-${id}`) as PictureName);
}

/** The content item an own card's texts and recordings are kept under. */
export function taskItem(id: string): string {
  return `task:${id}`;
}

/** A card's words in one language, for a button's label. */
export function taskLabel(id: string, lang: string): string {
  const name = taskCard(id)?.name;
  if (name) return lang === workLang() ? name.work : name.home;
  return plain(`task-${id}` as 'task-wash-hands', undefined, lang);
}
