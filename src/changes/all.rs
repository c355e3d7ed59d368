//! Every synced table, each declared in its own domain's folder. Adding one is one line
//! here (a test fails when a migrated table with sync columns is missing from the list).

use super::SyncedTable;
use crate::cafe::CafeRow;
use crate::competence::{CompetenceAimRow, CompetenceEvidenceRow, CompetenceMarkRow, CompetencePlanRow, CompetenceRatingRow};
use crate::content::ContentLanguageRow;
use crate::diary::{DiaryCommentRow, DiaryDayRow, DiaryItemRow, TaskCardRow};
use crate::fridge::{FridgeFoodRow, FridgeLabelRow, FridgePracticeRow, FridgeReadingRow, FridgeRoutineRow};
use crate::media::MediaRow;
use crate::people::{CredentialRow, PersonRow};
use crate::privacy::ErasureRow;
use crate::recipes::{IngredientRow, MenuDishRow, RecipeIngredientRow, RecipeRow, RecipeStepRow};
use crate::review::{PracticeSuggestionRow, ReviewSeenRow};
use crate::speech::PromptClipRow;
use crate::trust::{DeviceIntroRow, MentorKeyRow};
use crate::words::{WordReviewRow, WordRow, WordTranslationRow};

/// In the order a new device would want them: who vouches for whom, the café and its
/// people first.
pub static ALL_TABLES: &[SyncedTable] = &[
    DeviceIntroRow::TABLE,
    MentorKeyRow::TABLE,
    CafeRow::TABLE,
    PersonRow::TABLE,
    CredentialRow::TABLE,
    MediaRow::TABLE,
    TaskCardRow::TABLE,
    DiaryDayRow::TABLE,
    DiaryItemRow::TABLE,
    DiaryCommentRow::TABLE,
    PromptClipRow::TABLE,
    WordRow::TABLE,
    WordTranslationRow::TABLE,
    WordReviewRow::TABLE,
    IngredientRow::TABLE,
    RecipeRow::TABLE,
    RecipeStepRow::TABLE,
    RecipeIngredientRow::TABLE,
    MenuDishRow::TABLE,
    FridgeFoodRow::TABLE,
    FridgeRoutineRow::TABLE,
    FridgePracticeRow::TABLE,
    FridgeLabelRow::TABLE,
    FridgeReadingRow::TABLE,
    CompetenceAimRow::TABLE,
    CompetencePlanRow::TABLE,
    CompetenceRatingRow::TABLE,
    CompetenceEvidenceRow::TABLE,
    CompetenceMarkRow::TABLE,
    ReviewSeenRow::TABLE,
    PracticeSuggestionRow::TABLE,
    ErasureRow::TABLE,
    ContentLanguageRow::TABLE,
];
