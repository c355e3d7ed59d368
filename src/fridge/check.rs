//! The morning fridge check: the kitchen reads the fridge and freezer thermometers and
//! records them. A reading warmer than the rule pack allows is shown red, said aloud with
//! what to do, and kept with the limit it was judged by — the IK-mat record a food-safety
//! inspector asks to see, and the chart the mentor follows.

use chrono::Days;

use super::catalogue::Larder;
use super::rules::{iso, kitchen_date, too_warm};
use super::{FridgeCheckView, FridgeReadingDraft, FridgeReadingRow, ReadingSaved, ReadingView, Zone};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::recipes::Bilingual;

/// The zones read each morning.
pub const READ_ZONES: [Zone; 2] = [Zone::Fridge, Zone::Freezer];
/// Days of readings the check shows (the chart).
pub const LOG_DAYS: u64 = 30;
/// The coldest and warmest reading accepted, in tenths (what a kitchen thermometer shows).
pub const READING_RANGE: (i32, i32) = (-500, 1000);

impl Larder<'_> {
    /// The warmest a zone may be, in tenths.
    fn limit_tenths(&self, zone: Zone) -> i32 {
        self.rules.zone_max_c(zone) * 10
    }

    /// "Too warm!" and what to do, for a reading over its limit.
    fn warning(&self, zone: Zone, tenths: i32, limit: i32) -> Bilingual {
        self.say(&format!("fridge-too-warm-{}", zone.as_str()), |l| {
            vec![("reading", self.temperature(l, tenths).into()), ("max", self.temperature(l, limit).into())]
        })
    }
}

impl Mestre {
    /// Today's readings, the limits, and the last 30 days.
    pub fn fridge_check(&self) -> Result<FridgeCheckView> {
        let larder = self.my_larder()?;
        self.check_view(&larder)
    }

    fn check_view(&self, larder: &Larder<'_>) -> Result<FridgeCheckView> {
        let today = kitchen_date(self.now_ms(), larder.country);
        let since = today.checked_sub_days(Days::new(LOG_DAYS - 1)).unwrap_or(today);
        let names = self.names_by_id()?;
        let log: Vec<ReadingView> = self.store().fridge_readings_since(&iso(since))?.into_iter().map(|r| reading_view(&names, r)).collect();
        let today_text = iso(today);
        let today_readings =
            READ_ZONES.iter().filter_map(|zone| log.iter().rev().find(|r| r.zone == *zone && r.day == today_text).cloned()).collect();
        Ok(FridgeCheckView {
            today: today_text,
            limits: READ_ZONES.iter().map(|z| (*z, larder.limit_tenths(*z))).collect(),
            today_readings,
            log,
        })
    }

    /// Record a thermometer reading (tenths of a degree) of the fridge or freezer.
    pub fn record_fridge_reading(&mut self, zone: Zone, unit: &str, tenths: i32) -> Result<ReadingSaved> {
        let me = self.require_signed_in()?.person.clone();
        if !READ_ZONES.contains(&zone) {
            return Err(Error::invalid("only the fridge and the freezer are read"));
        }
        if tenths < READING_RANGE.0 || tenths > READING_RANGE.1 {
            return Err(Error::new(ErrorKind::ReadingOutOfRange, format!("{tenths} tenths of a degree")));
        }
        let unit = unit.trim();
        if unit.chars().count() > 40 {
            return Err(Error::invalid("the fridge's name is longer than 40 characters"));
        }
        let (limit, day) = {
            let larder = self.larder(&me.home_lang)?;
            (larder.limit_tenths(zone), iso(kitchen_date(self.now_ms(), larder.country)))
        };
        let id = crate::new_id();
        self.record(vec![FridgeReadingDraft::new(&id, &me.id)
            .zone(zone)
            .unit(unit)
            .tenths(i64::from(tenths))
            .limit_tenths(i64::from(limit))
            .day(day)
            .read_ms(self.now_ms())
            .into()])?;
        let larder = self.larder(&me.home_lang)?;
        let row = self.store().fridge_reading(&id)?.ok_or_else(|| Error::new(ErrorKind::Storage, "the reading was not kept"))?;
        let reading = reading_view(&self.names_by_id()?, row);
        let warning = reading.too_warm.then(|| larder.warning(zone, tenths, limit));
        Ok(ReadingSaved { reading, warning, check: self.check_view(&larder)? })
    }
}

/// A reading as shown, with the name of whoever read it.
fn reading_view(names: &std::collections::HashMap<String, String>, row: FridgeReadingRow) -> ReadingView {
    let by = names.get(&row.owner).cloned().unwrap_or_default();
    let (tenths, limit) = (row.tenths as i32, row.limit_tenths as i32);
    ReadingView {
        id: row.id,
        zone: row.zone,
        unit: row.unit,
        day: row.day,
        read_ms: row.read_ms,
        tenths,
        limit_tenths: limit,
        too_warm: too_warm(tenths, limit),
        by,
    }
}
