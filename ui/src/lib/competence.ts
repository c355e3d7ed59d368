// Small helpers of the competence screens: an aim's picture (every aim names a picture
// of assets/pictures), her faces, and the letter a mark stamps.

import type { Level, Mark } from '../generated/types';
import { picture, type PictureName } from './pictures';

export function aimPicture(name: string): string {
  return picture(name as PictureName);
}

export function levelPicture(level: Level): string {
  return picture(`level-${level}`);
}

export const MARK_LETTER: Record<Mark, string> = { started: 'P', completed: 'F', checked: 'K' };
