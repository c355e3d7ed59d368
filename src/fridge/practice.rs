//! The four fridge games, played on the tablet by picture and voice:
//!
//! - *Where does it go?* — fridge, freezer or dry store, for six items;
//! - *How cold?* — the right thermometer reading for three items, for hot holding and
//!   for cooling down;
//! - *Write the label* — the product, today's date, the use-by date (checked against the
//!   rule), the allergens and who made it, for two things she made, opened or thawed;
//! - *First in, first out* — on three shelves, throw out the box past its date and put
//!   the rest in order, the one to use first in front.
//!
//! A round's questions are made here from the rule pack and the café's routines and kept
//! on this device while she plays ([`RoundInPlay`]); each answer is checked at once and
//! comes back with what was right and why, in both her languages. A finished round is one
//! row of her log ([`FridgePracticeRow`](super::FridgePracticeRow)): her evidence for the
//! curriculum aim the game belongs to.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::catalogue::Larder;
use super::pack::{FoodItem, FoodPack};
use super::rules::{iso, kitchen_date, parse_day};
use super::{FoodEvent, FridgeEvidence, FridgeGame, FridgePracticeDraft, Zone};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::FluentArg;
use crate::recipes::allergens::Allergen;
use crate::recipes::Bilingual;

/// Questions in a round of each game.
pub fn questions_in(game: FridgeGame) -> usize {
    match game {
        FridgeGame::WhereDoesItGo => 6,
        FridgeGame::HowCold => 5,
        FridgeGame::WriteTheLabel => 2,
        FridgeGame::FirstInFirstOut => 3,
    }
}

/// Days on the date strip of *Write the label*: from two days ago to this many ahead.
pub const DATE_STRIP_AHEAD: i64 = 6;
/// Boxes on a shelf in *First in, first out*.
pub const BOXES_ON_A_SHELF: usize = 4;

/// An item as a game shows it: its picture and name, nothing that gives the answer away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FoodCard {
    pub key: String,
    pub name: Bilingual,
    pub picture: String,
}

/// Someone who could have made the food, for *Write the label*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Maker {
    pub id: String,
    pub name: String,
    pub initials: String,
    pub photo_thumb: Option<String>,
}

/// A labelled box on the shelf of *First in, first out*.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ShelfBox {
    pub food: FoodCard,
    pub made_day: String,
    pub use_by_day: String,
}

/// What a thermometer question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ColdCase {
    /// An item kept in the fridge or freezer.
    Keep,
    /// Hot food kept warm for serving.
    HotHolding,
    /// Hot food cooling down.
    Cooling,
}

impl ColdCase {
    pub fn as_str(self) -> &'static str {
        match self {
            ColdCase::Keep => "keep",
            ColdCase::HotHolding => "hot-holding",
            ColdCase::Cooling => "cooling",
        }
    }
}

/// One question of a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FridgeQuestion {
    WhereDoesItGo {
        food: FoodCard,
        ask: Bilingual,
    },
    HowCold {
        case: ColdCase,
        food: Option<FoodCard>,
        zone: Option<Zone>,
        ask: Bilingual,
        /// Thermometer readings to choose from, in tenths of a degree.
        options: Vec<i32>,
    },
    WriteTheLabel {
        food: FoodCard,
        event: FoodEvent,
        ask: Bilingual,
        /// Products to choose the right picture from.
        products: Vec<FoodCard>,
        /// Dates to choose from (YYYY-MM-DD), for the made date and the use-by date.
        days: Vec<String>,
        makers: Vec<Maker>,
    },
    FirstInFirstOut {
        ask: Bilingual,
        boxes: Vec<ShelfBox>,
    },
}

/// A round of one game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FridgeRound {
    pub game: FridgeGame,
    pub title: Bilingual,
    /// The kitchen's date (YYYY-MM-DD): the games' "today".
    pub today: String,
    pub work_lang: String,
    pub home_lang: String,
    pub questions: Vec<FridgeQuestion>,
}

/// Her answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FridgeAnswer {
    WhereDoesItGo {
        zone: Zone,
    },
    HowCold {
        tenths: i32,
    },
    WriteTheLabel {
        product: String,
        made_day: String,
        use_by_day: String,
        allergens: Vec<Allergen>,
        maker: String,
    },
    FirstInFirstOut {
        /// The box she threw out (from 0).
        expired: u32,
        /// The other boxes as she put them on the shelf, front first.
        order: Vec<u32>,
    },
}

/// One part of an answer (a label has five).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PartChecked {
    /// "zone", "reading", "product", "made", "use-by", "allergens", "maker", "expired", "order".
    pub part: String,
    pub right: bool,
}

/// What she hears and sees after an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FridgeFeedback {
    pub right: bool,
    pub points: u32,
    pub of: u32,
    pub parts: Vec<PartChecked>,
    /// "Riktig!" or "Ikke helt." (spoken at once).
    pub said: Bilingual,
    /// Why: the rule, with the item's own numbers.
    pub why: Bilingual,
    /// The right answer, to show.
    pub answer: FridgeAnswer,
}

/// A finished round, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FridgeResult {
    pub id: String,
    pub game: FridgeGame,
    pub right: u32,
    pub total: u32,
    pub aim: String,
    pub said: Bilingual,
}

/// The round she is playing on this device: its questions, their answers, her answers.
pub(crate) struct RoundInPlay {
    person_id: String,
    round: FridgeRound,
    answers: Vec<FridgeAnswer>,
    /// (points, of, the item she missed) per answered question.
    scored: Vec<Option<(u32, u32, Option<String>)>>,
}

/// The initials a label prints for a name: "Amina Yusuf" → "AY".
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).take(3).flat_map(char::to_uppercase).collect()
}

impl Larder<'_> {
    fn card(&self, item: &FoodItem) -> FoodCard {
        FoodCard { key: item.key.clone(), name: self.name(item), picture: item.picture.clone() }
    }

    /// A message about one item: its name (and `more`) in each language's own words.
    fn about(&self, id: &str, item: &FoodItem, more: &[(&'static str, FluentArg)]) -> Bilingual {
        self.say(id, |lang| {
            let mut args = vec![("food", FluentArg::from(self.pack.name(&item.key, lang)))];
            args.extend(more.iter().cloned());
            args
        })
    }

    /// Two texts, one after the other, in each language.
    fn joined(parts: &[Bilingual]) -> Bilingual {
        let join = |f: fn(&Bilingual) -> &String| parts.iter().map(f).cloned().collect::<Vec<_>>().join(" ");
        Bilingual { work: join(|b| &b.work), home: join(|b| &b.home) }
    }

    /// Items a label can be practised with: their days fit on the date strip.
    fn label_items(&self) -> Vec<&FoodItem> {
        self.offered().filter(|i| i.zone != Zone::Dry && i64::from(self.keeps_days(i)) <= DATE_STRIP_AHEAD).collect()
    }

    fn make_round(&self, game: FridgeGame, today: NaiveDate, makers: Vec<Maker>, rng: &mut ChaCha8Rng) -> Vec<FridgeQuestion> {
        let n = questions_in(game);
        match game {
            FridgeGame::WhereDoesItGo => {
                // Two of each zone, so no zone is the answer every time.
                let mut picked: Vec<&FoodItem> = Vec::new();
                for zone in Zone::ALL {
                    let of_zone: Vec<&FoodItem> = self.offered().filter(|i| i.zone == zone).collect();
                    picked.extend(of_zone.choose_multiple(rng, n / Zone::ALL.len()));
                }
                picked.shuffle(rng);
                picked
                    .into_iter()
                    .map(|i| FridgeQuestion::WhereDoesItGo { food: self.card(i), ask: self.about("fridge-ask-zone", i, &[]) })
                    .collect()
            }
            FridgeGame::HowCold => {
                let kept: Vec<&FoodItem> = self.offered().filter(|i| i.zone != Zone::Dry).collect();
                let mut questions: Vec<FridgeQuestion> = kept
                    .choose_multiple(rng, n - 2)
                    .map(|i| {
                        let zone = i.zone;
                        let ask = self.about("fridge-ask-cold", i, &[("zone", FluentArg::from(zone.as_str()))]);
                        let mut options = self.cold_options(ColdCase::Keep, Some(i));
                        options.shuffle(rng);
                        FridgeQuestion::HowCold { case: ColdCase::Keep, food: Some(self.card(i)), zone: Some(zone), ask, options }
                    })
                    .collect();
                for case in [ColdCase::HotHolding, ColdCase::Cooling] {
                    let mut options = self.cold_options(case, None);
                    options.shuffle(rng);
                    let ask = match case {
                        ColdCase::Cooling => {
                            self.both("fridge-ask-cooling", &[("hours", FluentArg::from(f64::from(self.rules.cooling_within_h)))])
                        }
                        _ => self.both("fridge-ask-hot", &[]),
                    };
                    questions.push(FridgeQuestion::HowCold { case, food: None, zone: None, ask, options });
                }
                questions.shuffle(rng);
                questions
            }
            FridgeGame::WriteTheLabel => {
                let items = self.label_items();
                let days: Vec<String> = (-2..=DATE_STRIP_AHEAD).map(|d| iso(today + chrono::Duration::days(d))).collect();
                items
                    .choose_multiple(rng, n)
                    .map(|item| {
                        // Three other foods, each of its own look: the right one is found by its picture.
                        let mut looks = vec![FoodPack::look(&item.picture)];
                        let mut others: Vec<&&FoodItem> = items.iter().collect();
                        others.shuffle(rng);
                        let mut products: Vec<FoodCard> = vec![self.card(item)];
                        for other in others {
                            let look = FoodPack::look(&other.picture);
                            if products.len() < 4 && !looks.contains(&look) {
                                looks.push(look);
                                products.push(self.card(other));
                            }
                        }
                        products.shuffle(rng);
                        let ask = self.about(&format!("fridge-ask-label-{}", item.after.as_str()), item, &[]);
                        FridgeQuestion::WriteTheLabel {
                            food: self.card(item),
                            event: item.after,
                            ask,
                            products,
                            days: days.clone(),
                            makers: makers.clone(),
                        }
                    })
                    .collect()
            }
            FridgeGame::FirstInFirstOut => (0..n).map(|_| self.shelf(today, rng)).collect(),
        }
    }

    /// The readings of a thermometer question, the right one first (in tenths).
    fn cold_options(&self, case: ColdCase, item: Option<&FoodItem>) -> Vec<i32> {
        let degrees: [i32; 3] = match (case, item) {
            (ColdCase::Keep, Some(i)) if i.zone == Zone::Freezer => [-20, -12, -5],
            (ColdCase::Keep, Some(i)) => {
                let max = self.rules.max_c(i).unwrap_or(4);
                [(max - 2).max(0), max + 3, max + 8]
            }
            (ColdCase::HotHolding, _) => {
                [self.rules.hot_holding_min_c + 5, self.rules.hot_holding_min_c - 5, self.rules.hot_holding_min_c - 20]
            }
            (ColdCase::Cooling, _) | (ColdCase::Keep, None) => {
                [self.rules.cooling_to_c - 3, self.rules.cooling_to_c + 8, self.rules.cooling_to_c + 25]
            }
        };
        degrees.iter().map(|d| d * 10).collect()
    }

    /// A shelf of boxes, one past its date, the others with use-by dates all different.
    fn shelf(&self, today: NaiveDate, rng: &mut ChaCha8Rng) -> FridgeQuestion {
        let items: Vec<&FoodItem> = self.label_items().into_iter().filter(|i| self.keeps_days(i) >= 1).collect();
        let mut boxes = Vec::new();
        // The expired box: its last day was yesterday or the day before. The others keep
        // until today or later, no later than the longest-keeping item allows (every box
        // was made by today).
        let longest = items.iter().map(|i| i64::from(self.keeps_days(i))).max().unwrap_or(1).min(DATE_STRIP_AHEAD);
        let mut wanted: Vec<i64> = vec![-rng.gen_range(1..=2)];
        while wanted.len() < BOXES_ON_A_SHELF.min(longest as usize + 2) {
            let day = rng.gen_range(0..=longest);
            if !wanted.contains(&day) {
                wanted.push(day);
            }
        }
        for use_by_in in wanted {
            // An item whose days let it have been made by today.
            let fitting: Vec<&&FoodItem> = items.iter().filter(|i| i64::from(self.keeps_days(i)) >= use_by_in).collect();
            let Some(item) = fitting.choose(rng) else { continue };
            let use_by = today + chrono::Duration::days(use_by_in);
            let made = use_by - chrono::Duration::days(i64::from(self.keeps_days(item)));
            boxes.push(ShelfBox { food: self.card(item), made_day: iso(made), use_by_day: iso(use_by) });
        }
        boxes.shuffle(rng);
        FridgeQuestion::FirstInFirstOut { ask: self.both("fridge-ask-shelf", &[]), boxes }
    }

    /// The right answer to a question.
    fn right_answer(&self, question: &FridgeQuestion, today: NaiveDate, maker: &str) -> Result<FridgeAnswer> {
        Ok(match question {
            FridgeQuestion::WhereDoesItGo { food, .. } => FridgeAnswer::WhereDoesItGo { zone: self.item(&food.key)?.zone },
            FridgeQuestion::HowCold { case, food, .. } => {
                let item = food.as_ref().map(|f| self.item(&f.key)).transpose()?;
                FridgeAnswer::HowCold { tenths: self.cold_options(*case, item)[0] }
            }
            FridgeQuestion::WriteTheLabel { food, .. } => {
                let item = self.item(&food.key)?;
                let mut allergens: Vec<Allergen> = item.allergens.0.iter().map(|m| m.allergen).collect();
                allergens.dedup();
                FridgeAnswer::WriteTheLabel {
                    product: item.key.clone(),
                    made_day: iso(today),
                    use_by_day: iso(self.use_by(item, today)),
                    allergens,
                    maker: maker.to_string(),
                }
            }
            FridgeQuestion::FirstInFirstOut { boxes, .. } => {
                let mut by_date: Vec<(String, u32)> = boxes.iter().enumerate().map(|(i, b)| (b.use_by_day.clone(), i as u32)).collect();
                by_date.sort();
                let expired = by_date.iter().find(|(day, _)| parse_day(day).is_some_and(|d| d < today)).map_or(0, |(_, i)| *i);
                FridgeAnswer::FirstInFirstOut { expired, order: by_date.into_iter().map(|(_, i)| i).filter(|i| *i != expired).collect() }
            }
        })
    }

    /// Check her answer against the right one: points, parts, and why.
    fn check(&self, question: &FridgeQuestion, given: &FridgeAnswer, right: &FridgeAnswer, today: NaiveDate) -> Result<FridgeFeedback> {
        let part = |part: &str, right: bool| PartChecked { part: part.to_string(), right };
        let (parts, why): (Vec<PartChecked>, Bilingual) = match (question, given, right) {
            (
                FridgeQuestion::WhereDoesItGo { food, .. },
                FridgeAnswer::WhereDoesItGo { zone },
                FridgeAnswer::WhereDoesItGo { zone: want },
            ) => {
                let item = self.item(&food.key)?;
                (vec![part("zone", zone == want)], self.zone_reason(item))
            }
            (FridgeQuestion::HowCold { case, food, .. }, FridgeAnswer::HowCold { tenths }, FridgeAnswer::HowCold { .. }) => {
                let item = food.as_ref().map(|f| self.item(&f.key)).transpose()?;
                let (ok, why) = match (case, item) {
                    (ColdCase::Keep, Some(item)) => {
                        let max = self.rules.max_c(item).unwrap_or(0) * 10;
                        (*tenths <= max, self.zone_reason(item))
                    }
                    (ColdCase::HotHolding, _) => {
                        let min = self.rules.hot_holding_min_c * 10;
                        (*tenths >= min, self.say("fridge-why-hot", |l| vec![("min", FluentArg::from(self.temperature(l, min)))]))
                    }
                    _ => {
                        let to = self.rules.cooling_to_c * 10;
                        let hours = f64::from(self.rules.cooling_within_h);
                        let why = self.say("fridge-why-cooling", |l| {
                            vec![("to", FluentArg::from(self.temperature(l, to))), ("hours", FluentArg::from(hours))]
                        });
                        (*tenths < to, why)
                    }
                };
                (vec![part("reading", ok)], why)
            }
            (
                FridgeQuestion::WriteTheLabel { food, event, .. },
                FridgeAnswer::WriteTheLabel { product, made_day, use_by_day, allergens, maker },
                FridgeAnswer::WriteTheLabel {
                    product: want_product,
                    made_day: want_made,
                    use_by_day: want_use_by,
                    allergens: want_allergens,
                    maker: want_maker,
                },
            ) => {
                let item = self.item(&food.key)?;
                let given: BTreeSet<Allergen> = allergens.iter().copied().collect();
                let wanted: BTreeSet<Allergen> = want_allergens.iter().copied().collect();
                let parts = vec![
                    part("product", product == want_product),
                    part("made", made_day == want_made),
                    part("use-by", use_by_day == want_use_by),
                    part("allergens", given == wanted),
                    part("maker", maker == want_maker),
                ];
                let mut why = Vec::new();
                if !parts[0].right {
                    why.push(self.about("fridge-why-product", item, &[]));
                }
                if !parts[1].right {
                    why.push(self.say("fridge-why-made", |l| {
                        vec![("event", FluentArg::from(event.as_str())), ("date", FluentArg::from(self.date(l, today)))]
                    }));
                }
                why.push(self.use_by_reason(item, today));
                if !parts[3].right {
                    why.push(self.allergen_reason(item));
                }
                if !parts[4].right {
                    why.push(self.both("fridge-why-maker", &[]));
                }
                (parts, Self::joined(&why))
            }
            (
                FridgeQuestion::FirstInFirstOut { boxes, .. },
                FridgeAnswer::FirstInFirstOut { expired, order },
                FridgeAnswer::FirstInFirstOut { expired: want_expired, order: want_order },
            ) => {
                let parts = vec![part("expired", expired == want_expired), part("order", order == want_order)];
                let old = &boxes[*want_expired as usize];
                let old_item = self.item(&old.food.key)?;
                let last = parse_day(&old.use_by_day).unwrap_or(today);
                let expired = self.say("fridge-why-expired", |l| {
                    vec![("food", FluentArg::from(self.pack.name(&old_item.key, l))), ("date", FluentArg::from(self.date(l, last)))]
                });
                (parts, Self::joined(&[expired, self.both("fridge-why-order", &[])]))
            }
            _ => return Err(Error::new(ErrorKind::InvalidInput, "the answer is not for this question")),
        };
        let points = parts.iter().filter(|p| p.right).count() as u32;
        let of = parts.len() as u32;
        let said = if points == of {
            self.both("fridge-right", &[])
        } else if points == 0 {
            self.both("fridge-wrong", &[])
        } else {
            self.both("fridge-partly", &[("right", FluentArg::from(f64::from(points))), ("total", FluentArg::from(f64::from(of)))])
        };
        Ok(FridgeFeedback { right: points == of, points, of, parts, said, why, answer: right.clone() })
    }

    /// Where an item goes and how cold, with its own numbers.
    fn zone_reason(&self, item: &FoodItem) -> Bilingual {
        let zone = [("zone", FluentArg::from(item.zone.as_str()))];
        match self.rules.max_c(item) {
            Some(max) => self.say("fridge-why-zone-cold", |l| {
                vec![
                    ("food", FluentArg::from(self.pack.name(&item.key, l))),
                    zone[0].clone(),
                    ("max", FluentArg::from(self.temperature(l, max * 10))),
                ]
            }),
            None => self.about("fridge-why-zone-dry", item, &zone),
        }
    }

    /// How long an item keeps and its last day, when made (opened, thawed) `made`.
    fn use_by_reason(&self, item: &FoodItem, made: NaiveDate) -> Bilingual {
        let (days, last) = (f64::from(self.keeps_days(item)), self.use_by(item, made));
        self.say("fridge-why-use-by", |l| {
            vec![
                ("food", FluentArg::from(self.pack.name(&item.key, l))),
                ("days", FluentArg::from(days)),
                ("event", FluentArg::from(item.after.as_str())),
                ("made", FluentArg::from(self.date(l, made))),
                ("date", FluentArg::from(self.date(l, last))),
            ]
        })
    }

    fn allergen_reason(&self, item: &FoodItem) -> Bilingual {
        let views = self.kitchen.allergen_views(&crate::recipes::allergens::derive_allergens([&item.allergens]));
        if views.is_empty() {
            return self.about("fridge-why-no-allergens", item, &[]);
        }
        self.say("fridge-why-allergens", |lang| {
            let name = |v: &crate::recipes::AllergenView| if lang == self.work() { v.name.work.clone() } else { v.name.home.clone() };
            let list = views.iter().map(name).collect::<Vec<_>>().join(crate::i18n::format::list_separator(lang));
            vec![("food", FluentArg::from(self.pack.name(&item.key, lang))), ("list", FluentArg::from(list))]
        })
    }
}

impl Mestre {
    /// Start a round of a game for the signed-in trainee (a mentor may try it too).
    pub fn start_fridge_practice(&self, game: FridgeGame) -> Result<FridgeRound> {
        let me = self.require_signed_in()?.person.clone();
        let larder = self.larder(&me.home_lang)?;
        let now = self.now_ms();
        let today = kitchen_date(now, larder.country);
        // A new round each time, different for two trainees at the same moment; the same
        // for the same name at the same moment (a test on a fixed clock sees one round).
        let mut seed = now as u64;
        for b in me.name.bytes() {
            seed = seed.rotate_left(5) ^ u64::from(b);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let makers = self.makers_for(&me, &mut rng)?;
        let questions = larder.make_round(game, today, makers, &mut rng);
        let answers = questions.iter().map(|q| larder.right_answer(q, today, &me.id)).collect::<Result<Vec<_>>>()?;
        let round = FridgeRound {
            game,
            title: larder.both(&format!("fridge-game-{}", game.as_str()), &[]),
            today: iso(today),
            work_lang: larder.work().to_string(),
            home_lang: larder.home().to_string(),
            questions,
        };
        let scored = vec![None; round.questions.len()];
        *self.fridge_round.lock().unwrap_or_else(|e| e.into_inner()) =
            Some(RoundInPlay { person_id: me.id.clone(), round: round.clone(), answers, scored });
        Ok(round)
    }

    /// She and two other people of the café, in a shuffled order.
    fn makers_for(&self, me: &crate::people::Person, rng: &mut ChaCha8Rng) -> Result<Vec<Maker>> {
        let maker = |p: &crate::people::Person| Maker {
            id: p.id.clone(),
            name: p.name.clone(),
            initials: initials(&p.name),
            photo_thumb: p.photo_thumb.clone(),
        };
        let others: Vec<crate::people::Person> = self.people()?.into_iter().filter(|p| p.id != me.id).collect();
        let mut makers: Vec<Maker> = others.choose_multiple(rng, 2).map(maker).collect();
        makers.push(maker(me));
        makers.shuffle(rng);
        Ok(makers)
    }

    /// Check her answer to question `index` of the round she is playing.
    pub fn answer_fridge_practice(&self, index: u32, answer: FridgeAnswer) -> Result<FridgeFeedback> {
        let me = self.require_signed_in()?.person.clone();
        let larder = self.larder(&me.home_lang)?;
        let mut kept = self.fridge_round.lock().unwrap_or_else(|e| e.into_inner());
        let play =
            kept.as_mut().filter(|p| p.person_id == me.id).ok_or_else(|| Error::new(ErrorKind::NotFound, "no round is being played"))?;
        let i = index as usize;
        let (Some(question), Some(right)) = (play.round.questions.get(i), play.answers.get(i)) else {
            return Err(Error::new(ErrorKind::InvalidInput, "no such question"));
        };
        let today = parse_day(&play.round.today).unwrap_or_else(|| kitchen_date(self.now_ms(), larder.country));
        if let (FridgeQuestion::FirstInFirstOut { boxes, .. }, FridgeAnswer::FirstInFirstOut { expired, order }) = (question, &answer) {
            // Every box once: thrown out, or on the shelf.
            let mut all: Vec<u32> = order.clone();
            all.push(*expired);
            all.sort_unstable();
            if all != (0..boxes.len() as u32).collect::<Vec<_>>() {
                return Err(Error::new(ErrorKind::InvalidInput, "every box goes on the shelf or in the bin, once"));
            }
        }
        let feedback = larder.check(question, &answer, right, today)?;
        let missed = (!feedback.right).then(|| question_item(question)).flatten();
        // The first answer counts; trying again after hearing why is practice.
        if play.scored[i].is_none() {
            play.scored[i] = Some((feedback.points, feedback.of, missed));
        }
        Ok(feedback)
    }

    /// End the round: her result is stored (her evidence) and the round is over.
    pub fn finish_fridge_practice(&mut self) -> Result<FridgeResult> {
        let me = self.require_signed_in()?.person.clone();
        let play = {
            let mut kept = self.fridge_round.lock().unwrap_or_else(|e| e.into_inner());
            match kept.take() {
                Some(play) if play.person_id == me.id => play,
                other => {
                    *kept = other;
                    return Err(Error::new(ErrorKind::NotFound, "no round is being played"));
                }
            }
        };
        let answered: Vec<&(u32, u32, Option<String>)> = play.scored.iter().flatten().collect();
        if answered.is_empty() {
            return Err(Error::new(ErrorKind::InvalidInput, "no question was answered"));
        }
        let right: u32 = answered.iter().map(|s| s.0).sum();
        let total: u32 = answered.iter().map(|s| s.1).sum();
        let missed: Vec<&str> = answered.iter().filter_map(|s| s.2.as_deref()).collect();
        let game = play.round.game;
        let id = crate::new_id();
        let larder = self.larder(&me.home_lang)?;
        let said =
            larder.both("fridge-result", &[("right", FluentArg::from(f64::from(right))), ("total", FluentArg::from(f64::from(total)))]);
        let country = larder.country.as_str();
        drop(larder);
        if me.role == crate::people::Role::Trainee {
            self.record(vec![FridgePracticeDraft::new(&id, &me.id)
                .game(game)
                .points(i64::from(right))
                .total(i64::from(total))
                .missed(missed.join(" "))
                .aim(game.aim())
                .country(country)
                .day(play.round.today.clone())
                .done_ms(self.now_ms())
                .into()])?;
        }
        Ok(FridgeResult { id, game, right, total, aim: game.aim().to_string(), said })
    }

    /// A trainee's finished fridge rounds, newest first: her evidence (she and her mentors).
    pub fn fridge_evidence(&self, person_id: &str) -> Result<Vec<FridgeEvidence>> {
        self.may_read_diary_of(person_id)?;
        Ok(self
            .store()
            .fridge_practice_of(person_id)?
            .into_iter()
            .map(|r| FridgeEvidence {
                id: r.id,
                person_id: r.owner,
                game: r.game,
                aim: r.aim,
                day: r.day,
                right: u32::try_from(r.points).unwrap_or(0),
                total: u32::try_from(r.total).unwrap_or(0),
                missed: r.missed.split_whitespace().map(str::to_string).collect(),
            })
            .collect())
    }
}

/// The item a question is about, or its topic (hot holding, cooling): what she
/// practises next when she missed it.
fn question_item(question: &FridgeQuestion) -> Option<String> {
    match question {
        FridgeQuestion::WhereDoesItGo { food, .. } | FridgeQuestion::WriteTheLabel { food, .. } => Some(food.key.clone()),
        FridgeQuestion::HowCold { food: Some(food), .. } => Some(food.key.clone()),
        FridgeQuestion::HowCold { case, .. } => Some(case.as_str().to_string()),
        FridgeQuestion::FirstInFirstOut { boxes, .. } => boxes.first().map(|b| b.food.key.clone()),
    }
}
