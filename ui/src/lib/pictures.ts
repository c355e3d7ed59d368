// The pictures the UI shows, from assets/pictures (Noto Emoji, Apache-2.0; see
// assets/LICENSES.md). Bundled by Vite as files, so nothing loads from the network.

import type { Area, Level, Mood, PictureId } from '../generated/types';

const files = import.meta.glob('../../../assets/pictures/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const byName = new Map(Object.entries(files).map(([path, url]) => [path.split('/').at(-1)!.replace('.svg', ''), url]));

export type PictureName =
  | PictureId
  | 'speaker' | 'back' | 'home' | 'logout' | 'language' | 'trainee' | 'mentor' | 'add' | 'camera' | 'file'
  | 'wait' | 'locked' | 'wrong' | 'ok' | 'clear' | 'cafe' | 'greeting' | 'book' | 'key' | 'hint' | 'remove'
  | 'laptop' | 'tablet' | 'sync' | 'link' | 'clock' | 'waiting'
  | 'microphone' | 'play' | 'stop' | 'word' | 'diary' | 'comment' | 'redo' | 'calendar'
  | 'no-voice' | 'next' | 'summary' | 'kitchen' | 'globe' | 'printer' | 'chart' | 'star' | Area
  | `mood-${Mood}` | `task-${string}` | `aim-${string}` | `level-${Level}`;

export function picture(name: PictureName): string {
  // Every name has a file (a test checks the task cards); the book stands in for a gap.
  return byName.get(name) ?? byName.get('book')!;
}
