// The café's content as the studio and the authoring screens show it: the picture of an
// item of each kind (a task picture, a food's, an aim's, a dish's, or the café's photo).

import type { ContentKind } from '../generated/types';
import { mediaUrl } from './app.svelte';
import { aimPicture } from './competence';
import { foodPicture } from './fridge';
import { picture, type PictureName } from './pictures';

/** What shows a content item: its photo, else the picture its kind names. */
export function contentImage(kind: ContentKind, pictureName: string | null, photoThumb: string | null): string {
  if (photoThumb) return mediaUrl(photoThumb);
  switch (kind) {
    case 'task':
      return picture((pictureName ?? 'kitchen') as PictureName);
    case 'aim':
    case 'aim-plain':
      return aimPicture(pictureName ?? 'aim-medal');
    default:
      // Foods, dishes and steps: a recipe's drawing or a word's.
      return foodPicture(pictureName ?? 'cooking');
  }
}
