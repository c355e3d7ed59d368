-- Schema v8: recipes, their steps and ingredients, the ingredient catalogue, the week menu.
--
-- Starter recipes and ingredients live in the content pack (assets/recipes), not here. A
-- recipe of the café is a `recipe` row with its steps and ingredient lines as rows of their
-- own, so two people who edit different steps both keep their change. Steps are ordered by
-- `position` (numbers with gaps: moving a step writes that step only). An `ingredient` row
-- is a word of the word bank with its allergens; a starter ingredient the café corrected has
-- id 'pack:<key>' and `pack_key`. All shared records, merged per field.

CREATE TABLE recipe (
    id             TEXT PRIMARY KEY,
    owner          TEXT NOT NULL,
    hlc            INTEGER NOT NULL DEFAULT 0,
    origin         TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0,
    title          TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    cook           TEXT NOT NULL DEFAULT '',
    portions       INTEGER NOT NULL DEFAULT 4,
    photo          TEXT,
    photo_thumb    TEXT,
    title_voice    TEXT,
    title_voice_ms INTEGER NOT NULL DEFAULT 0,
    based_on       TEXT NOT NULL DEFAULT '',
    created_ms     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE recipe_step (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL,
    hlc          INTEGER NOT NULL DEFAULT 0,
    origin       TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    recipe_id    TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL DEFAULT '',
    photo        TEXT,
    photo_thumb  TEXT,
    voice        TEXT,
    voice_ms     INTEGER NOT NULL DEFAULT 0,
    voice_lang   TEXT NOT NULL DEFAULT '',
    timer_s      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recipe_step_recipe ON recipe_step (recipe_id, position);

CREATE TABLE recipe_ingredient (
    id             TEXT PRIMARY KEY,
    owner          TEXT NOT NULL,
    hlc            INTEGER NOT NULL DEFAULT 0,
    origin         TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0,
    recipe_id      TEXT NOT NULL DEFAULT '',
    ingredient_id  TEXT NOT NULL DEFAULT '',
    step_id        TEXT NOT NULL DEFAULT '',
    amount_milli   INTEGER NOT NULL DEFAULT 0,
    unit           TEXT NOT NULL DEFAULT 'g',
    position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recipe_ingredient_recipe ON recipe_ingredient (recipe_id, position);

CREATE TABLE ingredient (
    id                 TEXT PRIMARY KEY,
    owner              TEXT NOT NULL,
    hlc                INTEGER NOT NULL DEFAULT 0,
    origin             TEXT NOT NULL DEFAULT '',
    deleted            INTEGER NOT NULL DEFAULT 0,
    pack_key           TEXT NOT NULL DEFAULT '',
    word_id            TEXT NOT NULL DEFAULT '',
    allergens          TEXT NOT NULL DEFAULT '',
    kind               TEXT NOT NULL DEFAULT 'plant',
    checked_allergens  TEXT,
    checked_kind       TEXT,
    checked_by         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE menu_dish (
    id         TEXT PRIMARY KEY,
    owner      TEXT NOT NULL,
    hlc        INTEGER NOT NULL DEFAULT 0,
    origin     TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0,
    day        TEXT NOT NULL DEFAULT '',
    recipe_id  TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX menu_dish_day ON menu_dish (day, position);

-- A number that grows whenever a recipe, an ingredient line or an ingredient is written,
-- here or by a sync: the recipe book kept in memory is made again only when it moved
-- (see recipes::book). Local, not synced.
CREATE TABLE recipe_book_version (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    n   INTEGER NOT NULL
);
INSERT INTO recipe_book_version (id, n) VALUES (1, 0);
CREATE TRIGGER recipe_book_recipe_inserted AFTER INSERT ON recipe BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_recipe_updated AFTER UPDATE ON recipe BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_recipe_deleted AFTER DELETE ON recipe BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_line_inserted AFTER INSERT ON recipe_ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_line_updated AFTER UPDATE ON recipe_ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_line_deleted AFTER DELETE ON recipe_ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_ingredient_inserted AFTER INSERT ON ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_ingredient_updated AFTER UPDATE ON ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
CREATE TRIGGER recipe_book_ingredient_deleted AFTER DELETE ON ingredient BEGIN UPDATE recipe_book_version SET n = n + 1; END;
