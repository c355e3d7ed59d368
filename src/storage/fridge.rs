//! Reads of the fridge's records: her practice results, the label log, the thermometer
//! readings and the café's routines.

use super::Store;
use crate::error::Result;
use crate::fridge::{FridgeLabelRow, FridgePracticeRow, FridgeReadingRow, FridgeRoutineRow};

impl Store {
    /// A trainee's finished practice rounds, newest first.
    pub fn fridge_practice_of(&self, person_id: &str) -> Result<Vec<FridgePracticeRow>> {
        self.select("WHERE owner = ?1 AND deleted = 0 ORDER BY done_ms DESC, id", [person_id])
    }

    /// The newest `limit` printed labels.
    pub fn fridge_labels(&self, limit: usize) -> Result<Vec<FridgeLabelRow>> {
        self.select("WHERE deleted = 0 ORDER BY printed_ms DESC, id DESC LIMIT ?1", [limit as i64])
    }

    pub fn fridge_label(&self, id: &str) -> Result<Option<FridgeLabelRow>> {
        self.get(id)
    }

    /// Every reading from `first_day` (YYYY-MM-DD) on, oldest first.
    pub fn fridge_readings_since(&self, first_day: &str) -> Result<Vec<FridgeReadingRow>> {
        self.select("WHERE day >= ?1 AND deleted = 0 ORDER BY read_ms, id", [first_day])
    }

    pub fn fridge_reading(&self, id: &str) -> Result<Option<FridgeReadingRow>> {
        self.get(id)
    }

    /// The café's own routines (how many days an item keeps here).
    pub fn fridge_routines(&self) -> Result<Vec<FridgeRoutineRow>> {
        self.select("WHERE deleted = 0", [])
    }
}
