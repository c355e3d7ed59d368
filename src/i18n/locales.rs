//! The locales Mestre ships and what the UI needs to know about each.

use serde::Serialize;
use ts_rs::TS;

/// One shipped locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct LocaleInfo {
    /// BCP-47 tag, also the folder name in `locales/`.
    pub tag: &'static str,
    /// The language's name in its own script, as shown on its card.
    pub native_name: &'static str,
    /// The name in English, for logs and the mentor's settings.
    pub english_name: &'static str,
    /// Written right to left.
    pub rtl: bool,
    /// The espeak-ng voice that can read whole sentences in this language, if any.
    #[serde(skip)]
    #[ts(skip)]
    pub speech_voice: Option<&'static str>,
}

/// The reference locale: every message exists here first.
pub const REFERENCE: &str = "nb";

const fn locale(
    tag: &'static str,
    native_name: &'static str,
    english_name: &'static str,
    rtl: bool,
    speech_voice: Option<&'static str>,
) -> LocaleInfo {
    LocaleInfo { tag, native_name, english_name, rtl, speech_voice }
}

/// In the order shown on the language screen: the café's languages first.
pub static LOCALES: &[LocaleInfo] = &[
    locale("nb", "Norsk bokmål", "Norwegian Bokmål", false, Some("nb")),
    // espeak-ng has no Nynorsk voice; the Bokmål voice reads Nynorsk text understandably.
    locale("nn", "Norsk nynorsk", "Norwegian Nynorsk", false, Some("nb")),
    locale("sv", "Svenska", "Swedish", false, Some("sv")),
    locale("en", "English", "English", false, Some("en")),
    locale("ar", "العربية", "Arabic", true, Some("ar")),
    locale("so", "Soomaali", "Somali", false, None),
    locale("ti", "ትግርኛ", "Tigrinya", false, None),
    // Dari and Farsi are one language with two standards; the Persian voice serves both.
    locale("prs", "دری", "Dari", true, Some("fa")),
    locale("fa", "فارسی", "Persian", true, Some("fa")),
    locale("ps", "پښتو", "Pashto", true, None),
    locale("uk", "Українська", "Ukrainian", false, Some("uk")),
    locale("ku", "Kurdî (Kurmancî)", "Kurdish (Kurmanji)", false, Some("ku")),
];

pub fn find(tag: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.tag == tag)
}

pub fn is_supported(tag: &str) -> bool {
    find(tag).is_some()
}
