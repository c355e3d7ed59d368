//! Practising words on the tablet, ten minutes at a time. Each of her words comes back
//! just before she would forget it: FSRS (the scheduler Anki uses, `fsrs` crate) gives
//! the memory state and the interval in days; within one day a small step machine of
//! our own repeats a new or forgotten word after minutes, as Anki's learning steps do.
//!
//! Every answer is a row of her review log ([`WordReviewRow`](super::WordReviewRow)),
//! carrying the state after it; the log is never changed, so the café's parameters can
//! be fitted from it later. Where a word stands now is its newest review (the local
//! `word_card` table, kept by triggers).

use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{WordReviewDraft, WordView};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::media::Clip;

/// The share of words she should still know when they come back.
pub const DESIRED_RETENTION: f32 = 0.9;
/// Minutes between the first answers to a new word, the same day.
pub const LEARNING_STEPS_MIN: [i64; 2] = [1, 10];
/// Minutes before a forgotten word comes back.
pub const RELEARNING_STEPS_MIN: [i64; 1] = [10];
/// New words a day, at most.
pub const NEW_PER_DAY: usize = 10;
/// Cards in one session: about ten minutes.
pub const SESSION_CARDS: usize = 20;
/// Words still in learning come into a session this long before they are due.
pub const LEARN_AHEAD_MS: i64 = 20 * MINUTE_MS;
/// Pictures or translations to choose from.
pub const CHOICES: usize = 4;

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// The three ways a word is practised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PracticeMode {
    /// Hear the word in Norwegian, tap its picture among four.
    HearAndFind,
    /// See the picture, say the word, hear herself beside the reference.
    SeeAndSay,
    /// See (and hear) the Norwegian word, tap it in her language among four.
    Match,
}

impl PracticeMode {
    pub const ALL: [PracticeMode; 3] = [PracticeMode::HearAndFind, PracticeMode::SeeAndSay, PracticeMode::Match];

    pub fn as_str(self) -> &'static str {
        match self {
            PracticeMode::HearAndFind => "hear-and-find",
            PracticeMode::SeeAndSay => "see-and-say",
            PracticeMode::Match => "match",
        }
    }
    pub fn parse(s: &str) -> Option<PracticeMode> {
        PracticeMode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

crate::text_column!(PracticeMode);

/// FSRS's four ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

/// Where one of her words stands: its newest review.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardState {
    pub reviewed_ms: i64,
    pub due_ms: i64,
    pub stability: f32,
    pub difficulty: f32,
    /// 0: learnt (counted in days); 1, 2, …: learning step; -1, …: relearning step.
    pub step: i64,
    pub reviews: i64,
}

/// What an answer does to a word: its next state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scheduled {
    pub stability: f32,
    pub difficulty: f32,
    pub step: i64,
    pub due_ms: i64,
    pub elapsed_days: i64,
}

/// Schedule a word answered `rating` at `now_ms`, from where it stood (`None`: new).
/// Pure: the same inputs give the same answer on every device.
pub fn schedule(card: Option<&CardState>, rating: Rating, now_ms: i64) -> Result<Scheduled> {
    let fsrs = fsrs::FSRS::default();
    let memory = card.filter(|c| c.stability > 0.0).map(|c| fsrs::MemoryState { stability: c.stability, difficulty: c.difficulty });
    let elapsed_days = card.map_or(0, |c| ((now_ms - c.reviewed_ms).max(0) / DAY_MS).min(i64::from(u16::MAX)));
    let next = fsrs
        .next_states(memory, DESIRED_RETENTION, elapsed_days as u32)
        .map_err(|e| Error::new(ErrorKind::Storage, format!("scheduling: {e}")))?;
    let state = match rating {
        Rating::Again => next.again,
        Rating::Hard => next.hard,
        Rating::Good => next.good,
        Rating::Easy => next.easy,
    };
    let in_days = |interval: f32| now_ms + (interval.round() as i64).max(1) * DAY_MS;
    let in_minutes = |minutes: i64| now_ms + minutes * MINUTE_MS;
    // A new word stands at the first learning step.
    let step = card.map_or(1, |c| c.step);
    let (step, due_ms) = if step > 0 {
        // Learning a new word: steps of minutes, then days.
        let at = (step as usize).min(LEARNING_STEPS_MIN.len());
        match rating {
            Rating::Again => (1, in_minutes(LEARNING_STEPS_MIN[0])),
            Rating::Hard if at == 1 => (1, in_minutes((LEARNING_STEPS_MIN[0] + LEARNING_STEPS_MIN[1]) / 2)),
            Rating::Hard => (at as i64, in_minutes(LEARNING_STEPS_MIN[at - 1])),
            Rating::Good if at < LEARNING_STEPS_MIN.len() => (at as i64 + 1, in_minutes(LEARNING_STEPS_MIN[at])),
            Rating::Good | Rating::Easy => (0, in_days(state.interval)),
        }
    } else if step < 0 {
        // Relearning a forgotten word.
        let at = (step.unsigned_abs() as usize).min(RELEARNING_STEPS_MIN.len());
        match rating {
            Rating::Again => (-1, in_minutes(RELEARNING_STEPS_MIN[0])),
            Rating::Hard => (-(at as i64), in_minutes(RELEARNING_STEPS_MIN[at - 1])),
            Rating::Good if at < RELEARNING_STEPS_MIN.len() => (-(at as i64) - 1, in_minutes(RELEARNING_STEPS_MIN[at])),
            Rating::Good | Rating::Easy => (0, in_days(state.interval)),
        }
    } else {
        match rating {
            Rating::Again => (-1, in_minutes(RELEARNING_STEPS_MIN[0])),
            _ => (0, in_days(state.interval)),
        }
    };
    Ok(Scheduled { stability: state.memory.stability, difficulty: state.memory.difficulty, step, due_ms, elapsed_days })
}

/// One card of a session.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PracticeCard {
    pub word: WordView,
    pub mode: PracticeMode,
    /// The first time she meets the word: show it whole before asking.
    pub is_new: bool,
    /// For hear-and-find and match: the word and three others, in the order to show.
    pub choices: Vec<WordView>,
}

/// A session: the words due now, then new ones, about ten minutes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PracticeSession {
    pub cards: Vec<PracticeCard>,
    pub progress: WordProgress,
}

/// Her answer to one card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Answer {
    pub word_id: String,
    pub mode: PracticeMode,
    pub rating: Rating,
    /// Her voice saying the word (see-and-say), kept with the review.
    pub recording: Option<Clip>,
}

/// What an answer did: when the word comes back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Answered {
    #[ts(type = "number")]
    pub due_ms: i64,
    /// Whole days until it comes back (0: again today).
    #[ts(type = "number")]
    pub interval_days: i64,
    pub progress: WordProgress,
}

/// How she is doing, for pictures more than numbers: the words she knows (their
/// pictures), her streak of days, what is left for today.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WordProgress {
    /// Days in a row she practised, up to today (or yesterday, if not yet today).
    pub streak_days: u32,
    pub practised_today: bool,
    /// The words she has learnt (out of learning steps), newest first: pictures to show.
    pub known: Vec<KnownWord>,
    pub known_count: u32,
    /// Words waiting now.
    pub due_now: u32,
}

/// A learnt word, as a small picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KnownWord {
    pub id: String,
    pub picture: Option<String>,
    pub photo_thumb: Option<String>,
}

/// The most known words returned as pictures (the jar shows them, and "+ n more").
pub const MAX_KNOWN_PICTURES: usize = 200;

impl Mestre {
    /// Her practice session now: words due (learning ones a little ahead), then new ones.
    pub fn practice_session(&self) -> Result<PracticeSession> {
        let me = self.require_trainee()?;
        let now = self.now_ms();
        let shelf = self.shelf()?;
        let words = &shelf.words;
        let usable = |w: &WordView| !w.work.text.is_empty() && (w.picture.is_some() || w.photo_thumb.is_some());
        let store = self.store();
        let due = store.due_word_cards(&me.person.id, now + LEARN_AHEAD_MS, SESSION_CARDS * 2)?;
        let mut cards = Vec::new();
        let mut seeds = rand_chacha::ChaCha8Rng::seed_from_u64(seed_of(&me.person.id, now / DAY_MS));
        for (id, reviews) in due {
            if cards.len() >= SESSION_CARDS {
                break;
            }
            let Some(word) = shelf.word(&id).filter(|w| usable(w)) else { continue };
            cards.push(self.card(word.clone(), reviews, false, words, &mut seeds));
        }
        let introduced_today = store.words_first_seen_since(&me.person.id, self.start_of_today())?;
        let room = NEW_PER_DAY.saturating_sub(introduced_today).min(SESSION_CARDS.saturating_sub(cards.len()));
        if room > 0 {
            let seen = store.word_ids_seen_by(&me.person.id)?;
            // Her own new words first, then the pack's in its order.
            let mut fresh: Vec<&WordView> = words.iter().filter(|w| usable(w) && !seen.contains(&w.id)).collect();
            fresh.sort_by_key(|w| w.from_pack);
            for word in fresh.into_iter().take(room) {
                cards.push(self.card(word.clone(), 0, true, words, &mut seeds));
            }
        }
        Ok(PracticeSession { cards, progress: self.word_progress()? })
    }

    fn card(&self, word: WordView, reviews: i64, is_new: bool, words: &[WordView], rng: &mut rand_chacha::ChaCha8Rng) -> PracticeCard {
        let can_match = !word.home.text.is_empty() && word.home.lang != word.work.lang;
        // In turn: hear and find, match (when her language has the word), say it.
        let mode = match reviews % 3 {
            0 => PracticeMode::HearAndFind,
            1 if can_match => PracticeMode::Match,
            _ => PracticeMode::SeeAndSay,
        };
        let choices = match mode {
            PracticeMode::SeeAndSay => vec![],
            _ => {
                // Others of the same group first (harder to tell apart), then any.
                let distinct = |w: &&WordView| {
                    w.id != word.id
                        && w.work.text != word.work.text
                        && (mode != PracticeMode::Match || (!w.home.text.is_empty() && w.home.text != word.home.text))
                        && (w.picture.is_some() || w.photo_thumb.is_some())
                };
                let mut same: Vec<&WordView> = words.iter().filter(|w| w.category == word.category).filter(distinct).collect();
                let mut other: Vec<&WordView> = words.iter().filter(|w| w.category != word.category).filter(distinct).collect();
                same.shuffle(rng);
                other.shuffle(rng);
                let mut choices: Vec<WordView> = same.into_iter().chain(other).take(CHOICES - 1).cloned().collect();
                choices.push(word.clone());
                choices.shuffle(rng);
                choices
            }
        };
        PracticeCard { word, mode, is_new, choices }
    }

    /// She answered a card: the word's next state goes into her review log.
    pub fn answer_practice(&mut self, answer: Answer) -> Result<Answered> {
        let me = self.require_trainee()?;
        let now = self.now_ms();
        if self.shelf()?.word(&answer.word_id).is_none() {
            return Err(Error::new(ErrorKind::NotFound, "no such word"));
        }
        if let Some(clip) = &answer.recording {
            if self.store().media(&clip.voice)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
            }
        }
        let card = self.store().word_card(&me.person.id, &answer.word_id)?;
        let next = schedule(card.as_ref(), answer.rating, now)?;
        self.record(vec![WordReviewDraft::new(crate::new_id(), &me.person.id)
            .word_id(&answer.word_id)
            .mode(answer.mode)
            .rating(answer.rating as i64)
            .reviewed_ms(now)
            .day(self.today())
            .elapsed_days(next.elapsed_days)
            .stability_milli((next.stability * 1000.0).round() as i64)
            .difficulty_milli((next.difficulty * 1000.0).round() as i64)
            .step(next.step)
            .due_ms(next.due_ms)
            .recording(answer.recording.as_ref().map(|c| c.voice.clone()))
            .duration_ms(answer.recording.as_ref().map_or(0, |c| c.duration_ms))
            .into()])?;
        Ok(Answered { due_ms: next.due_ms, interval_days: (next.due_ms - now) / DAY_MS, progress: self.word_progress()? })
    }

    /// Her streak, the words she knows and what is waiting.
    pub fn word_progress(&self) -> Result<WordProgress> {
        let me = self.require_trainee()?;
        self.word_progress_of(&me.person.id)
    }

    /// Where one trainee's words stand (her own page, and her mentor's review).
    pub(crate) fn word_progress_of(&self, person_id: &str) -> Result<WordProgress> {
        let store = self.store();
        let today = self.today();
        let days = store.review_days_of(person_id, 400)?;
        let practised_today = days.first().is_some_and(|d| *d == today);
        let streak_days = streak(&days, &today);
        let shelf = self.shelf()?;
        let known_ids = store.known_word_ids(person_id)?;
        let known: Vec<KnownWord> = known_ids
            .iter()
            .filter_map(|id| shelf.word(id))
            .take(MAX_KNOWN_PICTURES)
            .map(|w| KnownWord { id: w.id.clone(), picture: w.picture.clone(), photo_thumb: w.photo_thumb.clone() })
            .collect();
        Ok(WordProgress {
            streak_days,
            practised_today,
            known,
            known_count: known_ids.len() as u32,
            due_now: store.count_due_word_cards(person_id, self.now_ms())?,
        })
    }

    /// Midnight today where the tablet is, in ms.
    fn start_of_today(&self) -> i64 {
        use chrono::TimeZone;
        let now = self.now_ms();
        chrono::Local
            .timestamp_millis_opt(now)
            .single()
            .and_then(|t| t.date_naive().and_hms_opt(0, 0, 0))
            .and_then(|midnight| chrono::Local.from_local_datetime(&midnight).earliest())
            .map_or(now - now.rem_euclid(DAY_MS), |t| t.timestamp_millis())
    }
}

/// Days in a row up to `today` (or up to yesterday when today has none yet), from her
/// practice days newest first (YYYY-MM-DD).
pub fn streak(days: &[String], today: &str) -> u32 {
    let parse = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let Some(mut expected) = parse(today) else { return 0 };
    let mut count = 0;
    let mut iter = days.iter().filter_map(|d| parse(d)).peekable();
    if iter.peek() != Some(&expected) {
        expected = expected.pred_opt().unwrap_or(expected);
    }
    for day in iter {
        if day == expected {
            count += 1;
            expected = expected.pred_opt().unwrap_or(expected);
        } else if day < expected {
            break;
        }
    }
    count
}

/// A seed for the order of choices: the same all day for her, different between days.
fn seed_of(person: &str, day: i64) -> u64 {
    let digest = crate::media::sha256_hex(format!("{person}/{day}").as_bytes());
    u64::from_str_radix(&digest[..16], 16).unwrap_or(0)
}

impl CardState {
    /// From the stored thousandths.
    pub fn from_stored(reviewed_ms: i64, due_ms: i64, stability_milli: i64, difficulty_milli: i64, step: i64, reviews: i64) -> Self {
        CardState {
            reviewed_ms,
            due_ms,
            stability: stability_milli as f32 / 1000.0,
            difficulty: difficulty_milli as f32 / 1000.0,
            step,
            reviews,
        }
    }
}
