//! What the rules say, computed: the kitchen's date in the café's own time zone, the
//! use-by date of something made (opened, thawed) on a day, and whether a reading is
//! too warm. Pure functions of the rule pack and a moment, so every device gives the
//! same answer, and tests run them on a fixed clock.
//!
//! Days are counted on the calendar, never as 24-hour blocks: rice cooked late on the
//! night the clocks go back keeps until the next calendar day, not an hour less.

use chrono::{Days, NaiveDate, TimeZone};
use chrono_tz::Tz;

use crate::cafe::Country;

/// The café's time zone: the kitchen's dates are its dates, whatever a tablet's clock
/// is set to.
pub fn time_zone(country: Country) -> Tz {
    match country {
        Country::Norway => chrono_tz::Europe::Oslo,
        Country::Sweden => chrono_tz::Europe::Stockholm,
    }
}

/// The kitchen's date at `ms` (milliseconds since the epoch).
pub fn kitchen_date(ms: i64, country: Country) -> NaiveDate {
    time_zone(country).timestamp_millis_opt(ms).single().map_or(NaiveDate::MIN, |t| t.date_naive())
}

/// The last day something made (opened, thawed) on `made` may be used, when it keeps
/// `keeps_days` days: the same day for 0.
pub fn use_by(made: NaiveDate, keeps_days: u32) -> NaiveDate {
    made.checked_add_days(Days::new(u64::from(keeps_days))).unwrap_or(NaiveDate::MAX)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A date as stored, YYYY-MM-DD.
pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(|_| text.len() == 10)
}

/// A reading warmer than its limit (both in tenths of a degree).
pub fn too_warm(tenths: i32, limit_tenths: i32) -> bool {
    tenths > limit_tenths
}
