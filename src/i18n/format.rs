//! Locale-aware numbers and dates with ICU4X, wired into Fluent: numbers in a message
//! ("3,5 °C" in Norwegian) go through the bundle's formatter hook, and `DATETIME($date)`
//! (or a [`DateArg`] passed from Rust) formats a calendar date ("22.11.2026").
//!
//! Two café-wide choices, made here once: Latin digits in every language (the same
//! digits as on the thermometer, the scale and the food labels she learns to read) and
//! the Gregorian calendar (dates on labels must match the Norwegian ones).

use std::borrow::Cow;

use fixed_decimal::Decimal;
use fluent_bundle::types::{FluentNumber, FluentType};
use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::options::YearStyle;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

type DateFormatter = FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, YMD>;

/// The ICU locale for one of our tags, with Latin digits.
fn icu_locale(tag: &str) -> Locale {
    // CLDR knows Dari as Persian of Afghanistan.
    let base = if tag == "prs" { "fa-AF" } else { tag };
    Locale::try_from_str(&format!("{base}-u-nu-latn")).or_else(|_| Locale::try_from_str("nb-u-nu-latn")).expect("nb parses")
}

/// ICU formatters for one locale, built once per locale and kept by Fluent's memoizer.
pub struct IcuFormatters {
    decimal: Option<DecimalFormatter>,
    date: Option<DateFormatter>,
}

impl IcuFormatters {
    pub fn for_tag(tag: &str) -> Self {
        let locale = icu_locale(tag);
        IcuFormatters {
            decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            date: DateFormatter::try_new((&locale).into(), YMD::short().with_year_style(YearStyle::Full)).ok(),
        }
    }

    /// `value` with between `min_frac` and `max_frac` decimals (trailing zeros dropped
    /// beyond `min_frac`).
    pub fn number(&self, value: f64, min_frac: usize, max_frac: usize) -> String {
        let Ok(mut d) = Decimal::try_from_str(&format!("{value}")) else {
            return format!("{value}");
        };
        d.round(-(max_frac.min(12) as i16));
        d.absolute.trim_end();
        d.absolute.pad_end(-(min_frac.min(max_frac).min(12) as i16));
        match &self.decimal {
            Some(f) => f.format(&d).to_string(),
            None => d.to_string(),
        }
    }

    pub fn date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        let f = self.date.as_ref()?;
        Some(f.format(&date).to_string())
    }
}

impl Memoizable for IcuFormatters {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(IcuFormatters::for_tag(&lang.to_string()))
    }
}

/// Format a number for `tag`, e.g. `number("nb", 3.5, 1, 1)` → "3,5".
pub fn number(tag: &str, value: f64, min_frac: usize, max_frac: usize) -> String {
    IcuFormatters::for_tag(tag).number(value, min_frac, max_frac)
}

/// Format a calendar date for `tag`, e.g. `date("nb", 2026, 11, 22)` → "22.11.2026".
pub fn date(tag: &str, year: i32, month: u8, day: u8) -> Option<String> {
    IcuFormatters::for_tag(tag).date(year, month, day)
}

/// The bundle's formatter hook: numbers through ICU, everything else as Fluent does it.
pub fn fluent_formatter(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let (min, max) = fraction_digits(n);
    intls.with_try_get::<IcuFormatters, _, _>((), |f| f.number(n.value, min, max)).ok()
}

fn fraction_digits(n: &FluentNumber) -> (usize, usize) {
    let min = n.options.minimum_fraction_digits.unwrap_or(0);
    let max = n.options.maximum_fraction_digits.unwrap_or(min.max(3));
    (min, max.max(min))
}

/// Fluent `NUMBER($x, minimumFractionDigits: 1)`: keeps the options for the formatter.
pub fn fluent_number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    fluent_bundle::builtins::NUMBER(positional, named)
}

/// Fluent `DATETIME($date)`, where `$date` is "YYYY-MM-DD" or a [`DateArg`].
pub fn fluent_datetime<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::String(s)) => match DateArg::parse(s) {
            Some(d) => FluentValue::Custom(Box::new(d)),
            None => FluentValue::Error,
        },
        Some(FluentValue::Custom(c)) => FluentValue::Custom(c.duplicate()),
        _ => FluentValue::Error,
    }
}

/// A calendar date as a Fluent argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateArg {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl DateArg {
    pub fn parse(iso: &str) -> Option<Self> {
        let d = chrono::NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()?;
        use chrono::Datelike;
        Some(DateArg { year: d.year(), month: d.month() as u8, day: d.day() as u8 })
    }

    fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl DateArg {
    fn render(&self, formatted: Result<Option<String>, ()>) -> Cow<'static, str> {
        formatted.ok().flatten().unwrap_or_else(|| self.iso()).into()
    }
}

impl FluentType for DateArg {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(*self)
    }
    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        self.render(intls.with_try_get::<IcuFormatters, _, _>((), |f| f.date(self.year, self.month, self.day)))
    }
    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        self.render(intls.with_try_get::<IcuFormatters, _, _>((), |f| f.date(self.year, self.month, self.day)))
    }
}

impl From<DateArg> for FluentValue<'static> {
    fn from(d: DateArg) -> Self {
        FluentValue::Custom(Box::new(d))
    }
}
