//! Languages: complete locales, the fallback chain, and numbers and dates per locale.

use mestre::i18n::format;
use mestre::i18n::{Localizer, LOCALES, MESSAGE_IDS};

#[test]
fn every_shipped_locale_has_its_own_text_for_every_message() {
    let l = Localizer::new();
    for locale in LOCALES {
        for id in MESSAGE_IDS {
            assert!(l.has_own(locale.tag, id), "{} lacks {id}", locale.tag);
        }
    }
}

#[test]
fn the_required_languages_are_all_shipped_and_the_right_ones_are_right_to_left() {
    let tags: Vec<_> = LOCALES.iter().map(|l| l.tag).collect();
    for tag in ["nb", "nn", "sv", "en", "ar", "so", "ti", "prs", "fa", "ps", "uk", "ku"] {
        assert!(tags.contains(&tag), "{tag} missing");
    }
    let rtl: Vec<_> = LOCALES.iter().filter(|l| l.rtl).map(|l| l.tag).collect();
    assert_eq!(rtl, vec!["ar", "prs", "fa", "ps"]);
}

#[test]
fn a_language_falls_back_to_norwegian_then_english() {
    assert_eq!(Localizer::fallback_chain("ti"), vec!["ti", "nb", "en"]);
    assert_eq!(Localizer::fallback_chain("xx"), vec!["nb", "en"]);
    assert_eq!(Localizer::fallback_chain("ar-SY"), vec!["ar", "nb", "en"]);
}

#[test]
fn an_unknown_language_gets_norwegian_text_never_a_raw_id() {
    let l = Localizer::without_isolation();
    assert_eq!(l.wall_title("xx"), "Hvem er du?");
    assert_eq!(l.wall_title("so"), "Yaad tahay?");
}

#[test]
fn names_in_messages_are_isolated_for_mixed_scripts() {
    let greeting = Localizer::new().home_greeting("ar", "Amina");
    assert!(greeting.contains("\u{2068}Amina\u{2069}"), "{greeting:?}");
}

#[test]
fn temperatures_use_each_locales_decimal_mark_and_latin_digits() {
    let l = Localizer::without_isolation();
    let temp = |lang: &str| l.format_temperature(lang, 3.5);
    assert_eq!(temp("nb"), "3,5 °C");
    assert_eq!(temp("sv"), "3,5 °C");
    assert_eq!(temp("en"), "3.5 °C");
    assert_eq!(l.format_temperature("nb", 4.0), "4,0 °C");
    assert_eq!(format::number("nb", -18.0, 1, 1), "−18,0", "Norwegian writes a real minus sign");
    for lang in ["ar", "fa", "prs", "ps"] {
        let text = temp(lang);
        assert!(text.contains('3') && text.contains('5'), "{lang}: {text} should use Latin digits");
    }
}

#[test]
fn dates_follow_each_locale_in_the_gregorian_calendar() {
    let l = Localizer::without_isolation();
    let date = |lang: &str| l.date(lang, "2026-11-22");
    assert_eq!(date("nb"), "22.11.2026");
    assert_eq!(date("en"), "11/22/2026");
    assert_eq!(date("sv"), "2026-11-22");
    for lang in ["fa", "prs", "ar"] {
        let text = date(lang);
        assert!(text.contains("2026") && text.contains("22"), "{lang}: {text} should be Gregorian with Latin digits");
    }
    assert_eq!(format::DateParts::parse("2026-02-30"), None, "no such day");
    assert_eq!(l.date("nb", "2026-01-05"), "05.01.2026");
}

#[test]
fn plural_forms_follow_the_language() {
    let l = Localizer::without_isolation();
    assert_eq!(l.error_login_locked("nb", 1), "For mange forsøk. Vent ett minutt, så kan du prøve igjen.");
    assert!(l.error_login_locked("uk", 3).contains("3 хвилини"));
    assert!(l.error_login_locked("uk", 5).contains("5 хвилин"));
}

#[test]
fn every_error_kind_has_a_sentence_in_every_language() {
    use mestre::ErrorKind::*;
    let l = Localizer::new();
    let kinds = [
        LoginFailed,
        LoginLocked,
        NotAllowed,
        InvalidInput,
        ImageUnreadable,
        ImageTooLarge,
        DatabaseTooNew,
        DatabaseUnavailable,
        NotFound,
        SetupState,
        Storage,
        PeerUnreachable,
        NotPaired,
        SyncInterrupted,
        SyncRefused,
        SchemaMismatch,
        PairingWrongCode,
        PairingClosed,
        RecordingEmpty,
        AudioUnreadable,
        MicrophoneMissing,
        MicrophoneBusy,
    ];
    for kind in kinds {
        for locale in LOCALES {
            assert!(l.has_own(locale.tag, &kind.message_id()), "{} lacks {}", locale.tag, kind.message_id());
        }
    }
}
