//! Her language beside Norwegian: every person carries the languages her captions are
//! in; a mentor decides when Norwegian comes first; shared screens pair the device's
//! language with the working language; dates are the same on screen and in speech.

use mestre::cafe::{CafeSetup, Country};
use mestre::i18n::{Captions, Localizer, LOCALES};
use mestre::people::NewMentor;
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, fresh, PIN};

fn captions(first: &str, second: Option<&str>) -> Captions {
    Captions { first: first.into(), second: second.map(Into::into) }
}

#[test]
fn a_trainee_sees_her_language_beside_norwegian_and_a_norwegian_mentor_sees_one() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    assert_eq!(amina.captions, captions("ar", Some("nb")));
    assert_eq!(mentor.captions, captions("nb", None));
    h.mestre.logout();
    let session = h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    assert_eq!(session.person.captions, captions("ar", Some("nb")));
}

#[test]
fn her_mentor_puts_norwegian_first_as_she_learns_and_she_cannot_herself() {
    let (mut h, _, amina) = cafe_with_trainee();
    let changed = h.mestre.set_caption_order(&amina.id, true).unwrap();
    assert_eq!(changed.captions, captions("nb", Some("ar")));
    h.mestre.logout();
    let session = h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    assert_eq!(session.person.captions.first, "nb", "it follows her to her next sign-in");
    assert_eq!(h.mestre.set_caption_order(&amina.id, false).unwrap_err().kind, ErrorKind::NotAllowed);
}

#[test]
fn in_a_swedish_cafe_the_second_language_is_swedish() {
    let mut h = fresh();
    h.mestre
        .setup_cafe(CafeSetup {
            cafe_name: "Återfika".into(),
            country: Country::Sweden,
            mentor: NewMentor { name: "Lena".into(), password: "kanelbulle".into(), ui_lang: "sv".into() },
        })
        .unwrap();
    h.mestre.set_device_language("so").unwrap();
    assert_eq!(h.mestre.app_state().unwrap().device_captions, captions("so", Some("sv")));
    assert_eq!(h.mestre.session().unwrap().person.captions, captions("sv", None));
}

#[test]
fn the_shared_screens_pair_the_devices_language_with_norwegian() {
    let (mut h, _, _) = cafe_with_trainee();
    h.mestre.logout();
    assert_eq!(h.mestre.app_state().unwrap().device_captions, captions("nb", None));
    h.mestre.set_device_language("ti").unwrap();
    assert_eq!(h.mestre.app_state().unwrap().device_captions, captions("ti", Some("nb")));
}

#[test]
fn a_tigrinya_date_reads_day_month_year_on_screen_and_in_speech() {
    let l = Localizer::without_isolation();
    assert_eq!(l.date("ti", "2026-11-24"), "24/11/2026");
    assert_eq!(l.date("nb", "2026-11-24"), "24.11.2026");
    assert_eq!(l.date("fa", "2026-11-24"), "2026/11/24");
    assert_eq!(l.date("nb", "not a date"), "not a date");
    assert_eq!(l.date("nb", "2026-02-30"), "2026-02-30", "no such day: shown as it came");
}

/// The UI formats dates with the same Fluent messages in the webview; its unit test
/// compares its output with this file, so screen, speech and documents agree.
#[test]
fn the_uis_date_fixture_is_what_the_core_says() {
    let l = Localizer::without_isolation();
    let dates: serde_json::Map<String, serde_json::Value> =
        LOCALES.iter().map(|loc| (loc.tag.to_string(), l.date(loc.tag, "2026-01-05").into())).collect();
    let expected = serde_json::to_string_pretty(&dates).unwrap() + "\n";
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/tests/fixtures/dates.json");
    if std::env::var_os("MESTRE_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), expected, "run MESTRE_BLESS=1 cargo test --test core captions");
}

#[test]
fn a_shared_tablet_signs_out_by_itself_after_a_few_minutes_unless_a_mentor_says_otherwise() {
    let (mut h, _, amina) = cafe_with_trainee();
    assert_eq!(h.mestre.app_state().unwrap().idle_sign_out_minutes, 3);
    h.mestre.set_idle_sign_out(10).unwrap();
    assert_eq!(h.mestre.app_state().unwrap().idle_sign_out_minutes, 10);
    assert_eq!(h.mestre.set_idle_sign_out(600).unwrap_err().kind, ErrorKind::InvalidInput);
    h.mestre.set_idle_sign_out(0).unwrap();
    assert_eq!(h.mestre.app_state().unwrap().idle_sign_out_minutes, 0, "never, on the mentor's own laptop");
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    assert_eq!(h.mestre.set_idle_sign_out(5).unwrap_err().kind, ErrorKind::NotAllowed);
}
