// Hands busy, person present: a screen or task that means "she is here even though she
// does not touch the screen" (cook mode open, a kitchen timer running) holds her session
// open, and the shared tablet's idle sign-out (IdleGuard) waits while any hold is kept.

const holds = $state({ count: 0 });

/** Keep her signed in until the returned function is called (once). */
export function holdPresence(): () => void {
  holds.count += 1;
  let released = false;
  return () => {
    if (!released) {
      released = true;
      holds.count -= 1;
    }
  };
}

/** Something holds her session open now. */
export function presenceHeld(): boolean {
  return holds.count > 0;
}
