// A problem as the screens show it: the message the core chose (so it is said in her
// language and Norwegian, with speakers), and its numbers.

import type { MessageId } from '../generated/types';
import { isBackendError } from './backend';

export interface Problem {
  id: MessageId;
  minutes: number | null;
  /** Seconds left of a lock-out. */
  seconds: number | null;
}

/** What went wrong, as a message; anything that is not the core's own error is a storage problem. */
export function problemOf(e: unknown): Problem {
  if (isBackendError(e)) return { id: e.payload.message_id as MessageId, minutes: e.payload.minutes, seconds: e.payload.seconds };
  console.error(e);
  return { id: 'error-storage', minutes: null, seconds: null };
}

/** The arguments of the problem's message. */
export function problemArgs(p: Problem): Record<string, number> {
  return p.minutes === null ? {} : { minutes: p.minutes };
}
