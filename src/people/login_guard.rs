//! Wrong tries lock a login for a while, longer each time: the policy as pure functions
//! over the stored counters, so it is tested on a fixed clock.

use crate::storage::LoginGuardRow;

/// Wrong tries allowed before a lock-out.
pub const TRIES_BEFORE_LOCK: i64 = 5;

/// How long the n-th lock-out lasts (1-based), in minutes: 1, 5, 15, then 60.
pub fn lock_minutes(lockout_number: i64) -> i64 {
    match lockout_number {
        ..=1 => 1,
        2 => 5,
        3 => 15,
        _ => 60,
    }
}

/// Milliseconds left of a lock-out, or None when she may try.
pub fn ms_locked(guard: &LoginGuardRow, now_ms: i64) -> Option<i64> {
    let left = guard.locked_until_ms - now_ms;
    (left > 0).then_some(left)
}

/// The counters after one more wrong try.
pub fn after_failure(guard: LoginGuardRow, now_ms: i64) -> LoginGuardRow {
    let failures = guard.failures + 1;
    if failures >= TRIES_BEFORE_LOCK {
        let lockouts = guard.lockouts + 1;
        LoginGuardRow { failures: 0, lockouts, locked_until_ms: now_ms + lock_minutes(lockouts) * 60_000 }
    } else {
        LoginGuardRow { failures, ..guard }
    }
}

/// The counters after a right try: all forgiven.
pub fn after_success() -> LoginGuardRow {
    LoginGuardRow::default()
}
