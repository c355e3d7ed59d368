//! Reads of recipes, their steps and ingredient lines, the café's ingredients and the
//! week menu.

use super::Store;
use crate::error::Result;
use crate::recipes::{IngredientRow, MenuDishRow, RecipeIngredientRow, RecipeRow, RecipeStepRow};

/// A step as the studio lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepText {
    pub id: String,
    pub text: String,
    pub photo_thumb: Option<String>,
}

impl Store {
    /// A number that grows whenever a recipe, an ingredient line or an ingredient is
    /// written, here or by a sync (kept by triggers: see migration 008).
    pub fn recipe_book_version(&self) -> Result<i64> {
        Ok(self.conn().prepare_cached("SELECT n FROM recipe_book_version WHERE id = 1")?.query_row([], |r| r.get(0))?)
    }

    /// The café's recipes, not removed, newest first.
    pub fn recipe_rows(&self) -> Result<Vec<RecipeRow>> {
        self.select("WHERE deleted = 0 ORDER BY created_ms DESC, id", [])
    }

    pub fn recipe_row(&self, id: &str) -> Result<Option<RecipeRow>> {
        self.get(id)
    }

    /// A recipe's steps in order (ties, from two people who put a step at the same
    /// place, broken by id so every device shows the same order).
    pub fn recipe_steps(&self, recipe_id: &str) -> Result<Vec<RecipeStepRow>> {
        self.select("WHERE recipe_id = ?1 AND deleted = 0 ORDER BY position, id", [recipe_id])
    }

    /// The ids of the café's recipes, not removed.
    pub fn recipe_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached("SELECT id FROM recipe WHERE deleted = 0 ORDER BY created_ms DESC, id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// The ids of every step of the café's recipes that are not removed (counting them).
    pub fn live_recipe_step_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT s.id FROM recipe_step s JOIN recipe r ON r.id = s.recipe_id WHERE s.deleted = 0 AND r.deleted = 0")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Every step of the café's recipes that are not removed, each recipe's in its order:
    /// only what the studio lists of a step.
    pub fn live_recipe_steps(&self) -> Result<Vec<StepText>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT s.id, s.text, s.photo_thumb FROM recipe_step s JOIN recipe r ON r.id = s.recipe_id \
             WHERE s.deleted = 0 AND r.deleted = 0 ORDER BY s.recipe_id, s.position",
        )?;
        let steps = stmt
            .query_map([], |r| Ok(StepText { id: r.get(0)?, text: r.get(1)?, photo_thumb: r.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(steps)
    }

    pub fn recipe_step(&self, id: &str) -> Result<Option<RecipeStepRow>> {
        self.get(id)
    }

    /// A recipe's ingredient lines in order.
    pub fn recipe_lines(&self, recipe_id: &str) -> Result<Vec<RecipeIngredientRow>> {
        self.select("WHERE recipe_id = ?1 AND deleted = 0 ORDER BY position, id", [recipe_id])
    }

    pub fn recipe_line(&self, id: &str) -> Result<Option<RecipeIngredientRow>> {
        self.get(id)
    }

    /// (recipe id, ingredient id) of every line of every recipe: the recipe cards' allergens.
    pub fn all_recipe_ingredients(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare_cached("SELECT recipe_id, ingredient_id FROM recipe_ingredient WHERE deleted = 0")?;
        let pairs = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(pairs)
    }

    /// The café's ingredients and its corrections of starter ones.
    pub fn ingredient_rows(&self) -> Result<Vec<IngredientRow>> {
        self.select("WHERE deleted = 0", [])
    }

    pub fn ingredient_row(&self, id: &str) -> Result<Option<IngredientRow>> {
        self.get(id)
    }

    /// The dishes on the menu from `first` to `last` (YYYY-MM-DD, both included).
    pub fn menu_dishes(&self, first: &str, last: &str) -> Result<Vec<MenuDishRow>> {
        self.select("WHERE day >= ?1 AND day <= ?2 AND deleted = 0 ORDER BY day, position, id", [first, last])
    }

    pub fn menu_dish(&self, id: &str) -> Result<Option<MenuDishRow>> {
        self.get(id)
    }
}
