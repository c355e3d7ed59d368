//! Her page for today, written by her on the tablet: the task cards she chose, how the
//! day felt, and the photos, voice notes and new words she adds. A trainee writes only
//! her own days; the day row is created with the first thing she records.

use super::{day_id, DayView, DiaryDayDraft, DiaryItemDraft, ItemKind, Mood};
use crate::api::Mestre;
use crate::changes::Draft;
use crate::error::{Error, ErrorKind, Result};
use crate::media::{Clip, PhotoRef};
use crate::people::Session;
use crate::words::{Category, WordDraft};

impl Mestre {
    /// Today's date where the tablet is, YYYY-MM-DD.
    pub(crate) fn today(&self) -> String {
        self.local_date(self.now_ms())
    }

    /// Today's page for the signed-in trainee (empty if she has not written yet).
    pub fn my_day(&self) -> Result<DayView> {
        let me = self.require_trainee()?;
        let id = day_id(&me.person.id, &self.today());
        match self.store().diary_day(&id)? {
            Some(row) => self.day_view(row),
            None => Ok(DayView { id, owner: me.person.id, day: self.today(), tasks: vec![], mood: None, items: vec![], comments: vec![] }),
        }
    }

    /// Today's day id for her, and the draft that creates the day if it is new.
    fn today_draft(&self, me: &Session) -> Result<(String, Vec<Draft>)> {
        let date = self.today();
        let id = day_id(&me.person.id, &date);
        let mut drafts = Vec::new();
        if self.store().diary_day(&id)?.is_none() {
            drafts.push(DiaryDayDraft::new(&id, &me.person.id).day(date).created_ms(self.now_ms()).into());
        }
        Ok((id, drafts))
    }

    /// The tasks she did today (the whole set, as the cards show it).
    pub fn set_my_tasks(&mut self, tasks: &[String]) -> Result<DayView> {
        let me = self.require_trainee()?;
        for task in tasks {
            if !self.is_task(task)? {
                return Err(Error::invalid(format!("no task {task}")));
            }
        }
        let mut unique: Vec<String> = Vec::new();
        for t in tasks {
            if !unique.contains(t) {
                unique.push(t.clone());
            }
        }
        let (id, mut drafts) = self.today_draft(&me)?;
        drafts.push(DiaryDayDraft::new(&id, &me.person.id).tasks(unique).into());
        self.record(drafts)?;
        self.my_day()
    }

    /// How the day felt.
    pub fn set_my_mood(&mut self, mood: Mood) -> Result<DayView> {
        let me = self.require_trainee()?;
        let (id, mut drafts) = self.today_draft(&me)?;
        drafts.push(DiaryDayDraft::new(&id, &me.person.id).mood(mood).into());
        self.record(drafts)?;
        self.my_day()
    }

    fn add_item(&mut self, kind: ItemKind, photo: Option<&PhotoRef>, clip: Option<&Clip>) -> Result<DayView> {
        self.add_item_with(kind, photo, clip, |_| Vec::new())
    }

    /// Add an item to today's page, with more drafts made from its id in the same write.
    fn add_item_with(
        &mut self,
        kind: ItemKind,
        photo: Option<&PhotoRef>,
        clip: Option<&Clip>,
        also: impl FnOnce(&str) -> Vec<Draft>,
    ) -> Result<DayView> {
        let me = self.require_trainee()?;
        for hash in photo.iter().flat_map(|p| [&p.photo, &p.thumb]).chain(clip.map(|c| &c.voice)) {
            if self.store().media(hash)?.is_none() {
                return Err(Error::new(ErrorKind::NotFound, "media not stored"));
            }
        }
        let (day, mut drafts) = self.today_draft(&me)?;
        let id = crate::new_id();
        drafts.push(
            DiaryItemDraft::new(&id, &me.person.id)
                .day_id(day)
                .kind(kind)
                .photo(photo.map(|p| p.photo.clone()))
                .photo_thumb(photo.map(|p| p.thumb.clone()))
                .voice(clip.map(|c| c.voice.clone()))
                .duration_ms(clip.map_or(0, |c| c.duration_ms))
                .created_ms(self.now_ms())
                .into(),
        );
        drafts.extend(also(&id));
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

    /// A new word: a picture and her voice saying it; the mentor may add the spelling.
    /// It is a word of the bank too, with the same id (one notion of a word): she
    /// practises it, and the mentor spells it there.
    pub fn add_my_word(&mut self, photo: Option<&PhotoRef>, clip: &Clip) -> Result<DayView> {
        let (owner, now) = (self.require_trainee()?.person.id, self.now_ms());
        self.add_item_with(ItemKind::Word, photo, Some(clip), |id| {
            vec![WordDraft::new(id, owner)
                .category(Some(Category::NewWords))
                .photo(photo.map(|p| p.photo.clone()))
                .photo_thumb(photo.map(|p| p.thumb.clone()))
                .voice(Some(clip.voice.clone()))
                .voice_ms(clip.duration_ms)
                .created_ms(now)
                .into()]
        })
    }
}
