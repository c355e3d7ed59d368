//! Signing in: picture PINs for trainees, passwords for mentors, and lock-outs.

use mestre::people::PictureId;
use mestre::ErrorKind;

use crate::support::{cafe_with_trainee, MENTOR_PASSWORD, PIN};

const WRONG: [PictureId; 3] = [PictureId::Sun, PictureId::Sun, PictureId::Sun];

#[test]
fn a_trainee_signs_in_with_her_three_pictures() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    let session = h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    assert_eq!(session.person.name, "Amina");
    assert_eq!(h.mestre.current_lang(), "ar", "the app speaks her language once she is signed in");
}

#[test]
fn wrong_pictures_get_the_same_answer_as_a_person_who_does_not_exist() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    let wrong = h.mestre.login_with_pin(&amina.id, &WRONG).unwrap_err();
    let nobody = h.mestre.login_with_pin("01938a6e-0000-7000-8000-000000000000", &PIN).unwrap_err();
    let garbage = h.mestre.login_with_pin("'; DROP TABLE person; --", &PIN).unwrap_err();
    assert_eq!(wrong.kind, ErrorKind::LoginFailed);
    assert_eq!(nobody.kind, ErrorKind::LoginFailed);
    assert_eq!(garbage.kind, ErrorKind::LoginFailed);
    let (a, b) = (h.mestre.error_payload(&wrong), h.mestre.error_payload(&nobody));
    assert_eq!(a.message, b.message);
    assert!(h.mestre.session().is_none());
    assert_eq!(h.mestre.people().unwrap().len(), 2, "nothing was harmed by odd input");
}

#[test]
fn five_wrong_tries_lock_her_out_for_a_minute_and_then_she_can_sign_in() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    for _ in 0..4 {
        assert_eq!(h.mestre.login_with_pin(&amina.id, &WRONG).unwrap_err().kind, ErrorKind::LoginFailed);
    }
    let locked = h.mestre.login_with_pin(&amina.id, &WRONG).unwrap_err();
    assert_eq!(locked.kind, ErrorKind::LoginLocked);
    assert_eq!(locked.minutes, Some(1));
    assert_eq!(locked.seconds, Some(60), "the countdown starts at a minute");
    // Even the right PIN waits while locked, and the countdown goes on.
    h.clock.advance_ms(15_000);
    let still = h.mestre.login_with_pin(&amina.id, &PIN).unwrap_err();
    assert_eq!((still.kind, still.seconds), (ErrorKind::LoginLocked, Some(45)));
    assert_eq!(h.mestre.error_payload(&still).seconds, Some(45), "the UI gets the seconds for its countdown");
    h.clock.advance_ms(-15_000);
    h.clock.advance_ms(61_000);
    assert!(h.mestre.login_with_pin(&amina.id, &PIN).is_ok());
}

#[test]
fn each_new_lock_out_lasts_longer() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    let mut lengths = Vec::new();
    for _ in 0..3 {
        let mut last = None;
        for _ in 0..5 {
            last = Some(h.mestre.login_with_pin(&amina.id, &WRONG).unwrap_err());
        }
        let minutes = last.unwrap().minutes.unwrap();
        lengths.push(minutes);
        h.clock.advance_minutes(minutes);
    }
    assert_eq!(lengths, vec![1, 5, 15]);
}

#[test]
fn a_person_who_does_not_exist_is_locked_out_just_like_a_real_one() {
    let (mut h, _, _) = cafe_with_trainee();
    h.mestre.logout();
    let ghost = "01938a6e-0000-7000-8000-00000000beef";
    let kinds: Vec<_> = (0..5).map(|_| h.mestre.login_with_pin(ghost, &WRONG).unwrap_err().kind).collect();
    assert_eq!(kinds.last(), Some(&ErrorKind::LoginLocked));
}

#[test]
fn the_lock_out_message_says_how_long_to_wait_in_her_language() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    h.mestre.set_device_language("nb").unwrap();
    for _ in 0..5 {
        let _ = h.mestre.login_with_pin(&amina.id, &WRONG);
    }
    h.clock.advance_minutes(1);
    for _ in 0..5 {
        let _ = h.mestre.login_with_pin(&amina.id, &WRONG);
    }
    let err = h.mestre.login_with_pin(&amina.id, &PIN).unwrap_err();
    let payload = h.mestre.error_payload(&err);
    assert_eq!(payload.message_id, "error-login-locked");
    assert_eq!(payload.message.replace(['\u{2068}', '\u{2069}'], ""), "For mange forsøk. Vent 5 minutter, så kan du prøve igjen.");
}

#[test]
fn a_mentor_signs_in_with_her_password_but_not_with_pictures() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    h.mestre.logout();
    assert_eq!(h.mestre.login_with_password(&mentor.id, "wrong password").unwrap_err().kind, ErrorKind::LoginFailed);
    assert_eq!(h.mestre.login_with_pin(&mentor.id, &PIN).unwrap_err().kind, ErrorKind::LoginFailed);
    assert_eq!(h.mestre.login_with_password(&amina.id, MENTOR_PASSWORD).unwrap_err().kind, ErrorKind::LoginFailed);
    assert!(h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).is_ok());
}

#[test]
fn pins_and_passwords_are_stored_only_as_argon2_hashes() {
    let (h, mentor, amina) = cafe_with_trainee();
    for id in [&amina.id, &mentor.id] {
        let credential = h.mestre.store().credential(id).unwrap().unwrap();
        assert!(credential.secret_hash.starts_with("$argon2id$"), "{}", credential.secret_hash);
        assert!(!credential.secret_hash.contains("cat") && !credential.secret_hash.contains(MENTOR_PASSWORD));
    }
}

#[test]
fn only_a_signed_in_mentor_can_add_a_trainee() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    let err = h
        .mestre
        .add_trainee(mestre::people::NewTrainee {
            name: "Hodan".into(),
            photo: None,
            ui_lang: "so".into(),
            home_lang: "so".into(),
            pin: PIN.to_vec(),
        })
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotAllowed);
    assert_eq!(h.mestre.people().unwrap().len(), 2);
}

#[test]
fn a_mentor_can_give_a_trainee_a_new_pin_which_also_lifts_a_lock_out() {
    let (mut h, mentor, amina) = cafe_with_trainee();
    h.mestre.logout();
    for _ in 0..5 {
        let _ = h.mestre.login_with_pin(&amina.id, &WRONG);
    }
    h.mestre.login_with_password(&mentor.id, MENTOR_PASSWORD).unwrap();
    let new_pin = [PictureId::Heart, PictureId::Tree, PictureId::Cup];
    h.mestre.set_picture_pin(&amina.id, &new_pin).unwrap();
    h.mestre.logout();
    assert_eq!(h.mestre.login_with_pin(&amina.id, &PIN).unwrap_err().kind, ErrorKind::LoginFailed);
    assert!(h.mestre.login_with_pin(&amina.id, &new_pin).is_ok());
}

#[test]
fn a_signed_in_trainee_can_choose_the_language_the_app_speaks_to_her() {
    let (mut h, _, amina) = cafe_with_trainee();
    h.mestre.logout();
    h.mestre.login_with_pin(&amina.id, &PIN).unwrap();
    h.mestre.set_my_language("ti").unwrap();
    assert_eq!(h.mestre.current_lang(), "ti");
    assert_eq!(h.mestre.person(&amina.id).unwrap().ui_lang, "ti");
    assert_eq!(h.mestre.set_my_language("xx").unwrap_err().kind, ErrorKind::InvalidInput);
}
