//! Hybrid logical clock: wall-clock milliseconds in the high 48 bits and a counter in
//! the low 16, so stamps sort as plain integers (and in SQLite) yet never go backwards
//! when a tablet's clock is wrong or two writes land in the same millisecond.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Hlc(pub u64);

const COUNTER_BITS: u32 = 16;
const COUNTER_MAX: u64 = (1 << COUNTER_BITS) - 1;
/// The latest millisecond a stamp can hold and stay below 2^63 (the year 6429).
pub const MAX_MS: u64 = (1 << (63 - COUNTER_BITS)) - 1;

impl Hlc {
    /// A stamp; milliseconds past [`MAX_MS`] are held at it.
    pub fn new(ms: u64, counter: u64) -> Self {
        Hlc((ms.min(MAX_MS) << COUNTER_BITS) | (counter & COUNTER_MAX))
    }
    /// Whether the stamp is one a clock can give (below 2^63).
    pub fn is_valid(self) -> bool {
        self.0 < 1 << 63
    }
    pub fn ms(self) -> u64 {
        self.0 >> COUNTER_BITS
    }
    pub fn counter(self) -> u64 {
        self.0 & COUNTER_MAX
    }
    /// As stored in SQLite (INTEGER is signed; 48 bits of ms keeps us far from the sign bit).
    pub fn as_i64(self) -> i64 {
        self.0 as i64
    }
    pub fn from_i64(v: i64) -> Self {
        Hlc(v.max(0) as u64)
    }
}

/// The clock of one device: remembers the last stamp it issued or saw.
#[derive(Debug, Clone, Copy, Default)]
pub struct HlcClock {
    last: Hlc,
}

impl HlcClock {
    pub fn resume(last: Hlc) -> Self {
        HlcClock { last }
    }
    pub fn last(&self) -> Hlc {
        self.last
    }

    /// A new stamp for a local write, greater than every earlier one — and never past
    /// 2^63, whatever was observed (at the very end of time stamps stop growing rather
    /// than wrap around to the beginning).
    pub fn tick(&mut self, now_ms: i64) -> Hlc {
        let now = (now_ms.max(0) as u64).min(MAX_MS);
        let next = if now > self.last.ms() {
            Hlc::new(now, 0)
        } else if self.last.counter() < COUNTER_MAX {
            Hlc::new(self.last.ms(), self.last.counter() + 1)
        } else {
            // 65 536 writes in one millisecond: borrow the next millisecond.
            Hlc::new(self.last.ms().saturating_add(1), 0)
        };
        self.last = next.max(self.last);
        self.last
    }

    /// Remember a stamp seen from a peer so our next write sorts after it. A stamp no
    /// clock can give is ignored.
    pub fn observe(&mut self, seen: Hlc) {
        if seen.is_valid() && seen > self.last {
            self.last = seen;
        }
    }
}
