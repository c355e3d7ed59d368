// Small helpers of the competence screens: an aim's picture (every aim names a picture
// of assets/pictures), her faces, and the letter a mark stamps (from the core).

import type { Level } from '../generated/types';
import { MARK_LETTERS } from '../generated/constants';
import { picture, type PictureName } from './pictures';

export function aimPicture(name: string): string {
  return picture(name as PictureName);
}

export function levelPicture(level: Level): string {
  return picture(`level-${level}`);
}

/** The letter of each mark, as the core writes it. */
export const MARK_LETTER = MARK_LETTERS;
