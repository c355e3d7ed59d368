// Which screen is showing. Screens are few and flat, so a small state object is
// enough; there is no URL routing in a kiosk-style app. Moving to another screen leaves
// nothing of the last one behind: its notices live in its own state, and the speakers'
// signs and any sound stop here.

import type { AimView, FridgeGame, Person, WordView } from '../generated/types';
import { quiet } from './speech.svelte';

export type Screen =
  | { name: 'loading' }
  | { name: 'language'; forPerson?: boolean }
  | { name: 'setup' }
  | { name: 'wall' }
  | { name: 'pin'; person: Person }
  | { name: 'password'; person: Person }
  | { name: 'trainee-home' }
  | { name: 'mentor-home' }
  | { name: 'add-trainee' }
  | { name: 'pair-host' }
  | { name: 'join'; from: 'setup' | 'mentor-home' }
  | { name: 'my-day' }
  | { name: 'book'; person: Person }
  | { name: 'day'; dayId: string; person: Person }
  | { name: 'studio' }
  | { name: 'new-pin'; person: Person }
  | { name: 'quarantine' }
  | { name: 'mentors' }
  | { name: 'words' }
  | { name: 'practice' }
  | { name: 'add-word'; editing?: WordView }
  | { name: 'recipes' }
  | { name: 'recipe'; id: string; portions?: number }
  | { name: 'cook'; id: string; portions: number }
  | { name: 'record-recipe'; editing?: string }
  | { name: 'menu' }
  | { name: 'fridge' }
  | { name: 'fridge-game'; game: FridgeGame }
  | { name: 'labels' }
  | { name: 'fridge-check' }
  | { name: 'food-catalogue' }
  | { name: 'competence' }
  | { name: 'rate-aim'; aim: AimView }
  | { name: 'competence-group' }
  | { name: 'trainee-competence'; personId: string }
  | { name: 'aim-signoff'; personId: string; aimId: string }
  | { name: 'review'; personId: string }
  | { name: 'group-charts' }
  | { name: 'content'; tab?: 'tasks' | 'foods' | 'aims' };

export const nav = $state({ screen: { name: 'loading' } as Screen });

export function go(screen: Screen): void {
  quiet();
  nav.screen = screen;
  if (typeof window !== 'undefined') window.scrollTo?.(0, 0);
}
