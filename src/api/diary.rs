//! The trainee's day and the mentor's comments: tasks, mood, photos, voice notes and new
//! words; recording from the microphone; recorded prompts. A trainee writes only her own
//! days; mentors read every day, comment, and complete a new word's spelling.

use super::Mestre;
use crate::diary::{self, Clip, CommentView, DaySummary, DayView, ItemKind, ItemView, Mood, Task, TASKS};
use crate::error::{Error, ErrorKind, Result};
use crate::i18n::{locales, MESSAGE_IDS};
use crate::media::audio::{self, Pcm};
use crate::media::{recorder, PhotoRef};
use crate::people::{Role, Session};
use crate::storage::DayRow;
use crate::sync::{Draft, SyncedTable};

/// How many days the timeline shows.
const TIMELINE_DAYS: usize = 60;

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

impl Mestre {
    pub fn diary_tasks(&self) -> Vec<Task> {
        TASKS.to_vec()
    }

    fn require_trainee(&self) -> Result<Session> {
        match &self.session {
            Some(s) if s.person.role == Role::Trainee => Ok(s.clone()),
            _ => Err(Error::new(ErrorKind::NotAllowed, "a trainee must be signed in")),
        }
    }

    /// Today's date where the tablet is, YYYY-MM-DD.
    fn today(&self) -> String {
        use chrono::TimeZone;
        chrono::Local
            .timestamp_millis_opt(self.clock.now_ms())
            .single()
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "1970-01-01".into())
    }

    /// Today's page for the signed-in trainee (empty if she has not written yet).
    pub fn my_day(&self) -> Result<DayView> {
        let me = self.require_trainee()?;
        let id = diary::day_id(&me.person.id, &self.today());
        match self.store.diary_day(&id)? {
            Some(row) => self.day_view(row),
            None => Ok(DayView { id, owner: me.person.id, day: self.today(), tasks: vec![], mood: None, items: vec![], comments: vec![] }),
        }
    }

    /// Today's day row for her, created with the first thing she records.
    fn today_draft(&self, me: &Session) -> Result<(String, Vec<Draft>)> {
        let date = self.today();
        let id = diary::day_id(&me.person.id, &date);
        let mut drafts = Vec::new();
        if self.store.diary_day(&id)?.is_none() {
            drafts.push(Draft::new(SyncedTable::DiaryDay, &id, &me.person.id).set("day", date).set("created_ms", self.clock.now_ms()));
        }
        Ok((id, drafts))
    }

    /// The tasks she did today (the whole set, as the cards show it).
    pub fn set_my_tasks(&mut self, tasks: &[String]) -> Result<DayView> {
        let me = self.require_trainee()?;
        if let Some(bad) = tasks.iter().find(|t| !diary::is_task(t)) {
            return Err(Error::invalid(format!("no task {bad}")));
        }
        let mut unique: Vec<&String> = Vec::new();
        for t in tasks {
            if !unique.contains(&t) {
                unique.push(t);
            }
        }
        let (id, mut drafts) = self.today_draft(&me)?;
        drafts.push(Draft::new(SyncedTable::DiaryDay, &id, &me.person.id).set("tasks", serde_json::to_string(&unique)?));
        self.record(drafts)?;
        self.my_day()
    }

    pub fn set_my_mood(&mut self, mood: Mood) -> Result<DayView> {
        let me = self.require_trainee()?;
        let (id, mut drafts) = self.today_draft(&me)?;
        drafts.push(Draft::new(SyncedTable::DiaryDay, &id, &me.person.id).set("mood", mood.as_str()));
        self.record(drafts)?;
        self.my_day()
    }

    fn add_item(&mut self, kind: ItemKind, photo: Option<&PhotoRef>, clip: Option<&Clip>) -> Result<DayView> {
        let me = self.require_trainee()?;
        for hash in photo.iter().flat_map(|p| [&p.photo, &p.thumb]).chain(clip.map(|c| &c.voice)) {
            if self.store.media(hash)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "media not stored"));
            }
        }
        let (day, mut drafts) = self.today_draft(&me)?;
        drafts.push(
            Draft::new(SyncedTable::DiaryItem, new_id(), &me.person.id)
                .set("day_id", day)
                .set("kind", kind.as_str())
                .set("photo", photo.map(|p| p.photo.clone()))
                .set("photo_thumb", photo.map(|p| p.thumb.clone()))
                .set("voice", clip.map(|c| c.voice.clone()))
                .set("duration_ms", clip.map(|c| c.duration_ms).unwrap_or(0))
                .set("created_ms", self.clock.now_ms()),
        );
        self.record(drafts)?;
        self.my_day()
    }

    /// A photo of what she made today.
    pub fn add_my_photo(&mut self, bytes: &[u8]) -> Result<DayView> {
        let me = self.require_trainee()?;
        let photo = self.store_photo(&me.person.id, bytes)?;
        self.add_item(ItemKind::Photo, Some(&photo), None)
    }

    /// A voice note she recorded (and listened back to, and kept).
    pub fn add_my_voice_note(&mut self, clip: &Clip) -> Result<DayView> {
        self.add_item(ItemKind::Voice, None, Some(clip))
    }

    /// Store a photo of hers without adding it to the day yet (the picture of a new word).
    pub fn import_my_photo(&mut self, bytes: &[u8]) -> Result<PhotoRef> {
        let me = self.require_trainee()?;
        self.store_photo(&me.person.id, bytes)
    }

    /// A new word: a picture and her voice saying it; the mentor may add the spelling.
    pub fn add_my_word(&mut self, photo: Option<&PhotoRef>, clip: &Clip) -> Result<DayView> {
        self.add_item(ItemKind::Word, photo, Some(clip))
    }

    /// Start recording from the microphone (a voice note, a word, a comment, a prompt).
    pub fn start_recording(&mut self) -> Result<()> {
        if self.session.is_none() {
            return Err(Error::new(ErrorKind::NotAllowed, "sign in to record"));
        }
        if let Some(old) = self.recording.take() {
            let _ = old.stop();
        }
        self.recording = Some(recorder::start()?);
        Ok(())
    }

    /// Seconds recorded so far, or None when nothing is being recorded.
    pub fn recording_seconds(&self) -> Option<f64> {
        self.recording.as_ref().map(|r| r.seconds())
    }

    /// Stop, clean and store the recording; an empty or silent one is refused.
    pub fn stop_recording(&mut self) -> Result<Clip> {
        let recording = self.recording.take().ok_or_else(|| Error::new(ErrorKind::RecordingEmpty, "nothing was being recorded"))?;
        let pcm = recording.stop()?;
        self.store_recording(&pcm)
    }

    /// Store a recording made elsewhere (WAV or Ogg/Opus bytes), cleaned like a live one.
    pub fn import_recording(&mut self, bytes: &[u8]) -> Result<Clip> {
        if self.session.is_none() {
            return Err(Error::new(ErrorKind::NotAllowed, "sign in to record"));
        }
        if bytes.len() > crate::media::MAX_IMPORT_BYTES {
            return Err(Error::new(ErrorKind::InvalidInput, "recording too large"));
        }
        let pcm = if bytes.starts_with(b"OggS") { audio::decode_ogg_opus(bytes)? } else { audio::decode_wav(bytes)? };
        self.store_recording(&pcm)
    }

    fn store_recording(&mut self, pcm: &Pcm) -> Result<Clip> {
        let owner = self.session.as_ref().map(|s| s.person.id.clone()).unwrap_or_default();
        let clean = audio::clean(pcm)?;
        let bytes = audio::encode_ogg_opus(&clean)?;
        let hash = self.media.put(&bytes)?;
        if self.store.media(&hash)?.is_none() {
            self.record(vec![Draft::new(SyncedTable::Media, &hash, &owner).set("mime", "audio/ogg").set("byte_len", bytes.len() as i64)])?;
        }
        Ok(Clip { voice: hash, duration_ms: (clean.seconds() * 1000.0).round() as i64 })
    }

    fn may_read_diary_of(&self, owner: &str) -> Result<()> {
        match &self.session {
            Some(s) if s.person.role == Role::Mentor || s.person.id == owner => Ok(()),
            _ => Err(Error::new(ErrorKind::NotAllowed, "only she and her mentors read her diary")),
        }
    }

    /// Her earlier days, newest first, as the timeline shows them.
    pub fn diary_days(&self, person_id: &str) -> Result<Vec<DaySummary>> {
        self.may_read_diary_of(person_id)?;
        let mut out = Vec::new();
        for row in self.store.diary_days(person_id, TIMELINE_DAYS)? {
            let items = self.store.diary_items(&row.id)?;
            let comments = self.store.diary_comments(&row.id)?;
            out.push(DaySummary {
                photo_thumb: items.iter().find_map(|i| i.photo_thumb.clone()),
                items: items.len() as u32,
                new_comments: comments.iter().filter(|c| c.created_ms > row.comments_seen_ms).count() as u32,
                tasks: serde_json::from_str(&row.tasks).unwrap_or_default(),
                mood: row.mood.as_deref().and_then(Mood::parse),
                id: row.id,
                day: row.day,
            });
        }
        Ok(out)
    }

    pub fn diary_day(&self, day_id: &str) -> Result<DayView> {
        let row = self.store.diary_day(day_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such day"))?;
        self.may_read_diary_of(&row.owner)?;
        self.day_view(row)
    }

    fn day_view(&self, row: DayRow) -> Result<DayView> {
        let items = self
            .store
            .diary_items(&row.id)?
            .into_iter()
            .filter_map(|i| {
                Some(ItemView {
                    kind: ItemKind::parse(&i.kind)?,
                    id: i.id,
                    photo: i.photo,
                    photo_thumb: i.photo_thumb,
                    voice: i.voice,
                    duration_ms: i.duration_ms,
                    text: i.text,
                    created_ms: i.created_ms,
                })
            })
            .collect();
        let comments = self
            .store
            .diary_comments(&row.id)?
            .into_iter()
            .map(|c| CommentView {
                author: self.store.person(&c.owner).ok().flatten().map(|p| p.display_name).unwrap_or_default(),
                is_new: c.created_ms > row.comments_seen_ms,
                id: c.id,
                text: c.text,
                voice: c.voice,
                duration_ms: c.duration_ms,
                created_ms: c.created_ms,
            })
            .collect();
        Ok(DayView {
            tasks: serde_json::from_str(&row.tasks).unwrap_or_default(),
            mood: row.mood.as_deref().and_then(Mood::parse),
            id: row.id,
            owner: row.owner,
            day: row.day,
            items,
            comments,
        })
    }

    /// She has seen the comments on this day: the "new" badge goes away.
    pub fn mark_comments_seen(&mut self, day_id: &str) -> Result<()> {
        let me = self.require_trainee()?;
        let row = self.store.diary_day(day_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such day"))?;
        if row.owner != me.person.id {
            return Err(Error::new(ErrorKind::NotAllowed, "not her day"));
        }
        self.record(vec![Draft::new(SyncedTable::DiaryDay, day_id, &me.person.id).set("comments_seen_ms", self.clock.now_ms())])?;
        Ok(())
    }

    /// A mentor comments on a day, in words, with a voice note, or both.
    pub fn add_comment(&mut self, day_id: &str, text: &str, clip: Option<&Clip>) -> Result<DayView> {
        let mentor = self.require_mentor()?.person.id.clone();
        if self.store.diary_day(day_id)?.is_none() {
            return Err(Error::new(ErrorKind::NotFound, "no such day"));
        }
        let text = text.trim();
        if text.is_empty() && clip.is_none() {
            return Err(Error::invalid("an empty comment"));
        }
        if text.chars().count() > 2000 {
            return Err(Error::invalid("comment too long"));
        }
        if let Some(c) = clip {
            if self.store.media(&c.voice)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
            }
        }
        self.record(vec![Draft::new(SyncedTable::DiaryComment, new_id(), &mentor)
            .set("day_id", day_id)
            .set("text", text)
            .set("voice", clip.map(|c| c.voice.clone()))
            .set("duration_ms", clip.map(|c| c.duration_ms).unwrap_or(0))
            .set("created_ms", self.clock.now_ms())])?;
        self.diary_day(day_id)
    }

    /// A mentor writes the spelling of a new word the trainee said.
    pub fn set_word_text(&mut self, item_id: &str, text: &str) -> Result<()> {
        self.require_mentor()?;
        let item = self.store.diary_item(item_id)?.ok_or_else(|| Error::new(ErrorKind::NotFound, "no such word"))?;
        if item.kind != ItemKind::Word.as_str() {
            return Err(Error::invalid("not a word"));
        }
        let text = crate::people::clean_name(text)?;
        self.record(vec![Draft::new(SyncedTable::DiaryItem, item_id, &item.owner).set("text", text)])?;
        Ok(())
    }

    /// A mentor (or volunteer) records the clip for a prompt in a language.
    pub fn save_prompt_clip(&mut self, lang: &str, message_id: &str, clip: &Clip) -> Result<()> {
        let mentor = self.require_mentor()?.person.id.clone();
        if !locales::is_supported(lang) || !MESSAGE_IDS.contains(&message_id) {
            return Err(Error::invalid("no such prompt"));
        }
        if self.store.media(&clip.voice)?.is_none() {
            return Err(Error::new(ErrorKind::NotFound, "recording not stored"));
        }
        let cafe = self.store.cafe()?.map(|c| c.id).unwrap_or(mentor);
        self.record(vec![Draft::new(SyncedTable::PromptClip, format!("{lang}/{message_id}"), cafe)
            .set("voice", clip.voice.clone())
            .set("duration_ms", clip.duration_ms)
            .set("deleted", false)])?;
        Ok(())
    }

    /// Every prompt a voice can be recorded for (those without variables), and whether
    /// `lang` has one recorded in the app. Mentors only.
    pub fn studio_prompts(&self, lang: &str) -> Result<Vec<crate::diary::PromptStatus>> {
        self.require_mentor()?;
        let recorded = self.recorded_prompts(lang)?;
        Ok(crate::i18n::MESSAGE_VARIABLES
            .iter()
            .filter(|(id, vars)| vars.is_empty() && !id.starts_with("format-") && *id != "app-name")
            .map(|(id, _)| crate::diary::PromptStatus { id: id.to_string(), recorded: recorded.iter().any(|r| r == id) })
            .collect())
    }

    /// Message ids of `lang` that have a clip recorded in the app.
    pub fn recorded_prompts(&self, lang: &str) -> Result<Vec<String>> {
        Ok(self.store.prompt_clips(lang)?.into_iter().map(|(id, _)| id).collect())
    }

    /// The recorded clip (Ogg/Opus) for a prompt, if a mentor recorded one.
    pub(super) fn recorded_prompt(&self, lang: &str, message_id: &str) -> Option<Vec<u8>> {
        let hash = self.store.prompt_clip(&format!("{lang}/{message_id}")).ok()??;
        self.media.get(&hash).ok()
    }
}
