//! Locale-aware numbers with ICU4X, wired into Fluent: numbers in a message ("3,5 °C" in
//! Norwegian) go through the bundle's formatter hook. Dates are not formatted here: each
//! locale writes its own order in its `format-date` message (`{ $day }.{ $month }.{ $year }`),
//! so the screen (Fluent in the webview) and speech and documents (Fluent here) show and
//! say exactly the same date — see [`DateParts`].
//!
//! Two café-wide choices, made here once: Latin digits in every language (the same
//! digits as on the thermometer, the scale and the food labels she learns to read) and
//! the Gregorian calendar (dates on labels must match the Norwegian ones).

use fixed_decimal::Decimal;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// The ICU locale for one of our tags, with Latin digits.
fn icu_locale(tag: &str) -> Locale {
    // CLDR knows Dari as Persian of Afghanistan.
    let base = if tag == "prs" { "fa-AF" } else { tag };
    Locale::try_from_str(&format!("{base}-u-nu-latn")).or_else(|_| Locale::try_from_str("nb-u-nu-latn")).expect("nb parses")
}

/// ICU formatters for one locale, built once per locale and kept by Fluent's memoizer.
pub struct IcuFormatters {
    decimal: Option<DecimalFormatter>,
}

impl IcuFormatters {
    pub fn for_tag(tag: &str) -> Self {
        let locale = icu_locale(tag);
        IcuFormatters { decimal: DecimalFormatter::try_new((&locale).into(), Default::default()).ok() }
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

/// A calendar date as the three arguments of the `format-date` message: day, month and
/// year as zero-padded Latin digits ("05", "01", "2026").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    /// From "YYYY-MM-DD" (anything after the date is ignored); None unless a real date.
    pub fn parse(iso: &str) -> Option<Self> {
        use chrono::Datelike;
        let d = chrono::NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()?;
        Some(DateParts { day: format!("{:02}", d.day()), month: format!("{:02}", d.month()), year: format!("{:04}", d.year()) })
    }
}

/// What separates the items of a list in `lang`: the Arabic comma in the languages
/// written in Arabic script, a comma elsewhere.
pub fn list_separator(lang: &str) -> &'static str {
    if matches!(lang, "ar" | "fa" | "prs" | "ps" | "ckb" | "ur") {
        "، "
    } else {
        ", "
    }
}
