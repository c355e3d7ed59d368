//! The curriculum aims every café begins with.
//!
//! `assets/competence/pack.json` lists the curricula of the Sandefjord guide (Vg1
//! restaurant- og matfag RMF1-01, renholdsoperatørfaget RH03-01, and the guide's own
//! working-life culture modules), their areas and aims: each aim's picture, the diary
//! tasks that show it, whether fridge or word practice is evidence for it, and the
//! curriculum's own Norwegian words. `assets/competence/<tag>.ftl` holds, in every
//! shipped language, each aim's short name (`aim-rmf1-01-9`) and plain explanation
//! (`aim-rmf1-01-9-plain`), and each area's and curriculum's name (the build fails
//! when a language lacks one). Aim ids are stable: `<code>.<n>`, numbered in the guide's
//! order — the fridge games name theirs ([`crate::fridge::FridgeGame::aim`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/competence_pack_sources.rs"));

/// One aim of a curriculum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aim {
    /// "RMF1-01.9"; the café's own aims have ids `cafe-…`.
    pub id: String,
    /// The code a training book writes: the id, or the code the café gave its own aim.
    pub code: String,
    pub curriculum: String,
    /// The area's key ("raw-materials").
    pub area: String,
    pub picture: String,
    /// Diary task ids whose days show it ("label-food").
    pub tasks: Vec<String>,
    /// A fridge game's result is evidence for it.
    pub fridge: bool,
    /// Word practice is evidence for it.
    pub words: bool,
    /// The curriculum's own words, Norwegian.
    pub official: String,
    /// One of the café's own aims it no longer offers (plans that have it keep it).
    pub hidden: bool,
}

impl Aim {
    /// The Fluent id of its short name: `aim-rmf1-01-9`.
    pub fn message_id(&self) -> String {
        message_key(&self.id)
    }
    /// The Fluent id of its plain explanation.
    pub fn plain_id(&self) -> String {
        format!("{}-plain", self.message_id())
    }
}

/// The code of the curriculum the café's own aims make, and of its one area.
pub const OWN_CURRICULUM: &str = "KAFE";
pub const OWN_AREA: &str = "own";

/// One of the café's own aims, with its texts, before it joins the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnAim {
    pub aim: Aim,
    /// Its short name and plain explanation in the working language…
    pub title: String,
    pub plain: String,
    /// …and in the other languages the café wrote them in.
    pub titles: HashMap<String, String>,
    pub plains: HashMap<String, String>,
}

/// `RMF1-01.9` → `aim-rmf1-01-9`.
fn message_key(id: &str) -> String {
    format!("aim-{}", id.to_lowercase().replace('.', "-"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub key: String,
    pub title_nb: String,
    pub aims: Vec<String>,
}

impl Area {
    /// The Fluent id of its name: `area-rmf1-01-raw-materials`.
    pub fn message_id(&self, curriculum: &str) -> String {
        format!("area-{}-{}", curriculum.to_lowercase(), self.key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curriculum {
    pub code: String,
    pub title_nb: String,
    pub areas: Vec<Area>,
}

impl Curriculum {
    /// The Fluent id of its name: `curriculum-rmf1-01`.
    pub fn message_id(&self) -> String {
        format!("curriculum-{}", self.code.to_lowercase())
    }
}

/// The whole pack, read once from the embedded files.
#[derive(Debug, Clone)]
pub struct CurriculumPack {
    pub source: String,
    pub curricula: Vec<Curriculum>,
    pub aims: Vec<Aim>,
    /// Texts by language: `texts[lang][message id]`.
    texts: HashMap<String, HashMap<String, String>>,
    aim_at: HashMap<String, usize>,
}

#[derive(Deserialize)]
struct Listing {
    source: String,
    curricula: Vec<ListedCurriculum>,
}

#[derive(Deserialize)]
struct ListedCurriculum {
    code: String,
    title_nb: String,
    areas: Vec<ListedArea>,
}

#[derive(Deserialize)]
struct ListedArea {
    key: String,
    title_nb: String,
    aims: Vec<ListedAim>,
}

#[derive(Deserialize)]
struct ListedAim {
    n: u32,
    picture: String,
    tasks: Vec<String>,
    #[serde(default)]
    fridge: bool,
    #[serde(default)]
    words: bool,
    text_nb: String,
}

impl CurriculumPack {
    /// The pack shipped in this binary.
    pub fn shipped() -> &'static CurriculumPack {
        static PACK: OnceLock<CurriculumPack> = OnceLock::new();
        PACK.get_or_init(|| {
            CurriculumPack::parse(COMPETENCE_PACK_LISTING, COMPETENCE_PACK_TEXTS).expect("assets/competence was checked by build.rs")
        })
    }

    /// Read a pack from its listing (JSON) and its texts (per locale, Fluent syntax).
    /// Refused: an aim listed twice, a task no diary has, a language lacking a text.
    pub fn parse(listing: &str, texts: &[(&str, &str)]) -> Result<CurriculumPack, String> {
        let listing: Listing = serde_json::from_str(listing).map_err(|e| format!("pack.json: {e}"))?;
        let mut curricula = Vec::new();
        let mut aims = Vec::new();
        let mut aim_at = HashMap::new();
        for c in listing.curricula {
            let mut areas = Vec::new();
            for a in c.areas {
                let mut ids = Vec::new();
                for aim in a.aims {
                    let id = format!("{}.{}", c.code, aim.n);
                    if let Some(task) = aim.tasks.iter().find(|t| !crate::diary::TASKS.iter().any(|known| known.id == t.as_str())) {
                        return Err(format!("{id}: no diary task {task}"));
                    }
                    if aim_at.insert(id.clone(), aims.len()).is_some() {
                        return Err(format!("aim {id} is listed twice"));
                    }
                    ids.push(id.clone());
                    aims.push(Aim {
                        code: id.clone(),
                        id,
                        curriculum: c.code.clone(),
                        area: a.key.clone(),
                        picture: aim.picture,
                        tasks: aim.tasks,
                        fridge: aim.fridge,
                        words: aim.words,
                        official: aim.text_nb,
                        hidden: false,
                    });
                }
                areas.push(Area { key: a.key, title_nb: a.title_nb, aims: ids });
            }
            curricula.push(Curriculum { code: c.code, title_nb: c.title_nb, areas });
        }
        let mut by_lang: HashMap<String, HashMap<String, String>> = HashMap::new();
        for (tag, source) in texts {
            let parsed = crate::words::pack::parse_texts(source).map_err(|e| format!("{tag}.ftl: {e}"))?;
            by_lang.insert(tag.to_string(), parsed.into_iter().collect());
        }
        let pack = CurriculumPack { source: listing.source, curricula, aims, texts: by_lang, aim_at };
        for (tag, texts) in &pack.texts {
            for id in pack.message_ids() {
                if !texts.contains_key(&id) {
                    return Err(format!("{tag}.ftl: missing {id}"));
                }
            }
        }
        Ok(pack)
    }

    /// Every text the pack needs in every language.
    fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for c in &self.curricula {
            ids.push(c.message_id());
            ids.extend(c.areas.iter().map(|a| a.message_id(&c.code)));
        }
        for aim in &self.aims {
            ids.push(aim.message_id());
            ids.push(aim.plain_id());
        }
        ids
    }

    /// The pack with the café's own aims as a curriculum of their own ([`OWN_CURRICULUM`],
    /// one area), their texts in every language of the pack (an own aim not written in a
    /// language reads as the working language's text). `names` gives the curriculum's and
    /// the area's names in a language.
    pub fn with_own(&self, own: Vec<OwnAim>, work: &str, names: impl Fn(&str, &str) -> String) -> CurriculumPack {
        let mut pack = self.clone();
        if own.is_empty() {
            return pack;
        }
        let curriculum =
            Curriculum { code: OWN_CURRICULUM.to_string(), title_nb: names(crate::i18n::locales::REFERENCE, "curriculum"), areas: vec![] };
        let area = Area { key: OWN_AREA.to_string(), title_nb: names(crate::i18n::locales::REFERENCE, "area"), aims: vec![] };
        let langs: Vec<String> = pack.texts.keys().cloned().collect();
        for lang in &langs {
            let texts = pack.texts.entry(lang.clone()).or_default();
            texts.insert(curriculum.message_id(), names(lang, "curriculum"));
            texts.insert(area.message_id(&curriculum.code), names(lang, "area"));
        }
        let mut curriculum = curriculum;
        let mut area = area;
        for aim in own {
            for lang in &langs {
                let texts = pack.texts.entry(lang.clone()).or_default();
                let in_lang = |by_lang: &HashMap<String, String>, work_text: &str| {
                    if lang == work {
                        work_text.to_string()
                    } else {
                        by_lang.get(lang).cloned().unwrap_or_else(|| work_text.to_string())
                    }
                };
                texts.insert(message_key(&aim.aim.id), in_lang(&aim.titles, &aim.title));
                texts.insert(format!("{}-plain", message_key(&aim.aim.id)), in_lang(&aim.plains, &aim.plain));
            }
            pack.aim_at.insert(aim.aim.id.clone(), pack.aims.len());
            area.aims.push(aim.aim.id.clone());
            pack.aims.push(Aim { curriculum: curriculum.code.clone(), area: area.key.clone(), ..aim.aim });
        }
        curriculum.areas.push(area);
        pack.curricula.push(curriculum);
        pack
    }

    pub fn aim(&self, id: &str) -> Option<&Aim> {
        self.aim_at.get(id).map(|&at| &self.aims[at])
    }

    pub fn area_of(&self, aim: &Aim) -> Option<&Area> {
        self.curricula.iter().find(|c| c.code == aim.curriculum)?.areas.iter().find(|a| a.key == aim.area)
    }

    /// A text of the pack in `lang`, or in Norwegian when that language lacks it.
    pub fn text(&self, id: &str, lang: &str) -> String {
        let text = |lang: &str| self.texts.get(lang).and_then(|t| t.get(id)).cloned();
        text(lang).or_else(|| text(crate::i18n::locales::REFERENCE)).unwrap_or_else(|| id.to_string())
    }
}
