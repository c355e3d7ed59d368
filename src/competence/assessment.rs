//! She rates herself on an aim of her plan with three faces — "I can't yet", "with
//! help", "on my own" — after hearing the aim in her language. Every rating is kept in
//! her log, so she and her mentor see how it changed.

use super::{AimView, CompetenceRatingDraft, Level};
use crate::api::Mestre;
use crate::error::{Error, ErrorKind, Result};

impl Mestre {
    /// The signed-in trainee rates herself on an aim of her plan.
    pub fn rate_aim(&mut self, aim: &str, level: Level) -> Result<AimView> {
        let me = self.require_trainee()?.person.id;
        {
            let standing = self.standing(&me)?;
            standing.aim(aim)?;
            if !standing.plan.contains(aim) {
                return Err(Error::new(ErrorKind::AimNotInPlan, format!("{aim} is not in her plan")));
            }
        }
        let day = self.cafe_today()?;
        self.record(vec![CompetenceRatingDraft::new(crate::new_id(), &me).aim(aim).level(level).day(day).rated_ms(self.now_ms()).into()])?;
        let standing = self.standing(&me)?;
        Ok(standing.aim_view(standing.aim(aim)?))
    }
}
