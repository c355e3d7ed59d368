// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.

export type AimDetail = { person_id: string, person_name: string, 
/**
 * Her language (the second of every text) and the working language.
 */
home_lang: string, work_lang: string, aim: AimView, area: Bilingual, curriculum: Bilingual, 
/**
 * Oldest first.
 */
marks: Array<MarkView>, 
/**
 * Oldest first: (day, level).
 */
ratings: Array<RatingView>, evidence: Array<EvidenceView>, suggestions: Array<EvidenceView>, 
/**
 * The marks the signed-in mentor may set now (empty for a trainee).
 */
next_marks: Array<Mark>, };

export type AimView = { 
/**
 * "RMF1-01.9" (the café's own aims: `cafe-…`).
 */
id: string, 
/**
 * The code a training book writes: "RMF1-01.9", or the café's own code.
 */
code: string, 
/**
 * "RMF1-01".
 */
curriculum: string, picture: string, 
/**
 * A short name, in both languages.
 */
title: Bilingual, 
/**
 * One or two plain sentences, in both languages (spoken on a tap).
 */
plain: Bilingual, 
/**
 * The curriculum's own words (Norwegian).
 */
official: string, in_plan: boolean, 
/**
 * Her newest rating of herself.
 */
level: Level | null, level_day: string | null, 
/**
 * Her mentor's newest mark.
 */
mark: MarkView | null, 
/**
 * Evidence linked to it.
 */
evidence_count: number, };

export type Allergen = "gluten" | "crustaceans" | "eggs" | "fish" | "peanuts" | "soy" | "milk" | "nuts" | "celery" | "mustard" | "sesame" | "sulphites" | "lupin" | "molluscs";

export type AllergenView = { allergen: Allergen, 
/**
 * "wheat", "oats" (gluten), "almond" (nuts): named in `name`.
 */
kinds: Array<string>, 
/**
 * "Gluten (hvete, havre)".
 */
name: Bilingual, };

export type AmountView = { work: string, home: string, };

export type Answer = { word_id: string, mode: PracticeMode, rating: Rating, 
/**
 * Her voice saying the word (see-and-say), kept with the review.
 */
recording: Clip | null, };

export type Answered = { due_ms: number, 
/**
 * Whole days until it comes back (0: again today).
 */
interval_days: number, progress: WordProgress, };

export type AppState = { 
/**
 * No café yet: the UI runs the first-run setup.
 */
setup_needed: boolean, cafe: Cafe | null, 
/**
 * The language of the shared screens on this device.
 */
device_lang: string, 
/**
 * Whether someone has chosen a language on this device yet.
 */
language_chosen: boolean, 
/**
 * The languages of captions on shared screens (before anyone signs in): this device's
 * language beside the working language.
 */
device_captions: Captions, locales: Array<LocaleInfo>, 
/**
 * Sign out by itself after this many minutes without a touch (0: never).
 */
idle_sign_out_minutes: number, pictures: Array<PictureId>, session: Session | null, };

export type Area = "kitchen" | "cleaning" | "serving";

export type AreaView = { key: string, title: Bilingual, aims: Array<AimView>, };

export type Attention = { "kind": "no-diary", days: number, } | { "kind": "low-mood", mood: Mood, days: number, } | { "kind": "practice-failing", again: number, answers: number, } | { "kind": "fridge-failing", rounds: number, } | { "kind": "waiting-for-mark", aims: number, };

export type Bilingual = { work: string, home: string, };

export type Cafe = { id: string, name: string, country: Country, 
/**
 * The languages the café offers; empty: every language Mestre has.
 */
languages: Array<string>, };

export type CafeSetup = { cafe_name: string, country: Country, mentor: NewMentor, };

export type Captions = { 
/**
 * The language written large, on top.
 */
first: string, 
/**
 * The language under it; none when both would be the same.
 */
second: string | null, };

export type Category = "kitchen-tools" | "ingredients" | "hygiene" | "cleaning" | "fridge" | "serving" | "working-life" | "new-words";

export type CategoryView = { category: Category, picture: string, words: number, };

export type Chart = { x: Array<string>, lines: Array<Line>, 
/**
 * A limit drawn across (the fridge's highest allowed temperature).
 */
limit: number | null, };

export type Clip = { voice: string, duration_ms: number, };

export type ColdCase = "keep" | "hot-holding" | "cooling";

export type CommentView = { id: string, author: string, text: string, voice: string | null, duration_ms: number, created_ms: number, 
/**
 * Not yet seen by the trainee.
 */
is_new: boolean, };

export type CompetenceProgress = { person_id: string, planned: number, 
/**
 * Oldest first, ending with this month.
 */
months: Array<MonthPoint>, };

export type Competences = { person_id: string, person_name: string, 
/**
 * Her language (the second of every caption).
 */
home_lang: string, work_lang: string, 
/**
 * For a trainee, only the aims of her plan; for a mentor, every aim.
 */
curricula: Array<CurriculumView>, totals: Totals, };

export type ContentKind = "task" | "food" | "aim" | "aim-plain" | "recipe" | "step";

export type Country = "NO" | "SE";

export type CurriculumView = { code: string, title: Bilingual, areas: Array<AreaView>, };

export type DaySummary = { id: string, day: string, tasks: Array<string>, mood: Mood | null, 
/**
 * The first photo of the day, if any, for the timeline picture.
 */
photo_thumb: string | null, items: number, new_comments: number, };

export type DayView = { id: string, owner: string, 
/**
 * The date, YYYY-MM-DD.
 */
day: string, tasks: Array<string>, mood: Mood | null, items: Array<ItemView>, comments: Array<CommentView>, };

export type DietMark = "vegan" | "vegetarian" | "halal" | "pork";

export type DietView = { mark: DietMark, name: Bilingual, };

export type ErasureDone = { name: string, 
/**
 * Her photos and recordings deleted from this device.
 */
files: number, };

export type ErrorKind = "login-failed" | "login-locked" | "not-allowed" | "invalid-input" | "image-unreadable" | "image-too-large" | "database-too-new" | "database-unavailable" | "not-found" | "setup-state" | "storage" | "peer-unreachable" | "not-paired" | "sync-interrupted" | "sync-refused" | "schema-mismatch" | "pairing-wrong-code" | "pairing-closed" | "recording-empty" | "audio-unreadable" | "microphone-missing" | "microphone-busy" | "voice-pack-unreadable" | "other-cafe" | "pairing-busy" | "mentor-key-missing" | "printer-unavailable" | "reading-out-of-range" | "aim-not-in-plan" | "mark-out-of-order" | "evidence-missing" | "comment-missing" | "aim-not-checked" | "credential-invalid";

export type ErrorPayload = { code: ErrorKind, message: string, message_id: string, minutes: number | null, 
/**
 * Seconds left of a lock-out, for the countdown on the picture PIN.
 */
seconds: number | null, };

export type EvidenceKind = "diary-day" | "photo" | "voice-note" | "fridge-practice" | "word-practice";

export type EvidenceView = { 
/**
 * Its row id once linked; the id it would get while only suggested.
 */
id: string, kind: EvidenceKind, ref_id: string, day: string, summary: Bilingual, photo_thumb: string | null, voice: string | null, linked: boolean, 
/**
 * Who linked it ("" while suggested).
 */
linked_by_name: string, };

export type ExportSummary = { path: string, rows: number, files: number, bytes: number, };

export type FoodCard = { key: string, name: Bilingual, picture: string, };

export type FoodClassView = { class: string, zone: Zone, 
/**
 * "Kokt ris, Kokt pasta": the pack's foods of the class, in the working language.
 */
foods: string, keeps_days: number, max_c: number | null, };

export type FoodEvent = "made" | "opened" | "thawed" | "delivered";

export type FoodInput = { id: string | null, 
/**
 * Its name in the working language.
 */
name: string, 
/**
 * A food picture (see `OWN_FOOD_PICTURES`).
 */
picture: string, 
/**
 * Its class of food (see the rules' `classes`).
 */
class: string, after: FoodEvent, 
/**
 * Allergen codes (`milk`, `gluten:wheat`).
 */
allergens: Array<string>, 
/**
 * Its name in other languages (an empty text: not written).
 */
names: Array<LangText>, };

export type FoodItemView = { key: string, name: Bilingual, 
/**
 * A picture of the word or recipe packs.
 */
picture: string, zone: Zone, zone_name: Bilingual, 
/**
 * The warmest it may be kept, in whole °C (none in the dry store).
 */
max_c: number | null, keeps_days: number, 
/**
 * What its days count from.
 */
after: FoodEvent, after_name: Bilingual, allergens: Array<AllergenView>, 
/**
 * The rule's source note, or the café's note when it has its own routine.
 */
source: string, 
/**
 * The café set its own number of days.
 */
own_routine: boolean, 
/**
 * Its class of food (what the rules count by).
 */
class: string, 
/**
 * One of the café's own foods.
 */
own: boolean, 
/**
 * The café hides it (mentors see it, to bring it back).
 */
hidden: boolean, 
/**
 * An own food's name in other languages, as written (for the mentor's form).
 */
texts: Array<LangText>, };

export type FoodKind = "plant" | "dairy" | "egg" | "fish" | "shellfish" | "meat" | "halal-meat" | "pork" | "alcohol" | "other-animal";

export type FridgeAnswer = { "kind": "where-does-it-go", zone: Zone, } | { "kind": "how-cold", tenths: number, } | { "kind": "write-the-label", product: string, made_day: string, use_by_day: string, allergens: Array<Allergen>, maker: string, } | { "kind": "first-in-first-out", 
/**
 * The box she threw out (from 0).
 */
expired: number, 
/**
 * The other boxes as she put them on the shelf, front first.
 */
order: Array<number>, };

export type FridgeCheckView = { today: string, 
/**
 * (zone, its limit in tenths) for every zone that is read.
 */
limits: Array<[Zone, number]>, 
/**
 * Today's newest reading of each zone, if read.
 */
today_readings: Array<ReadingView>, 
/**
 * Every reading of the last 30 days, oldest first (the chart).
 */
log: Array<ReadingView>, };

export type FridgeEvidence = { id: string, person_id: string, game: FridgeGame, aim: string, day: string, right: number, total: number, missed: Array<string>, };

export type FridgeFeedback = { right: boolean, points: number, of: number, parts: Array<PartChecked>, 
/**
 * "Riktig!" or "Ikke helt." (spoken at once).
 */
said: Bilingual, 
/**
 * Why: the rule, with the item's own numbers.
 */
why: Bilingual, 
/**
 * The right answer, to show.
 */
answer: FridgeAnswer, };

export type FridgeGame = "where-does-it-go" | "how-cold" | "write-the-label" | "first-in-first-out";

export type FridgeQuestion = { "kind": "where-does-it-go", food: FoodCard, ask: Bilingual, } | { "kind": "how-cold", case: ColdCase, food: FoodCard | null, zone: Zone | null, ask: Bilingual, 
/**
 * Thermometer readings to choose from, in tenths of a degree.
 */
options: Array<number>, } | { "kind": "write-the-label", food: FoodCard, event: FoodEvent, ask: Bilingual, 
/**
 * Products to choose the right picture from.
 */
products: Array<FoodCard>, 
/**
 * Dates to choose from (YYYY-MM-DD), for the made date and the use-by date.
 */
days: Array<string>, makers: Array<Maker>, } | { "kind": "first-in-first-out", ask: Bilingual, boxes: Array<ShelfBox>, };

export type FridgeResult = { id: string, game: FridgeGame, right: number, total: number, aim: string, said: Bilingual, };

export type FridgeRound = { game: FridgeGame, title: Bilingual, 
/**
 * The kitchen's date (YYYY-MM-DD): the games' "today".
 */
today: string, work_lang: string, home_lang: string, questions: Array<FridgeQuestion>, };

export type GroupCharts = { words_known: Chart, accuracy: Chart, diary_days: Chart, 
/**
 * °C, one line per fridge.
 */
fridge: Chart, };

export type IngredientLine = { 
/**
 * The recipe_ingredient row (for editing); the pack's own lines have "".
 */
id: string, ingredient_id: string, word_id: string, name: Bilingual, picture: string | null, photo_thumb: string | null, amount: AmountView, amount_milli: number, unit: Unit, step_id: string, allergens: Array<Allergen>, checked: boolean, };

export type IngredientView = { id: string, word_id: string, name: Bilingual, picture: string | null, photo_thumb: string | null, allergens: Array<Allergen>, 
/**
 * As codes (`gluten:wheat`), for editing.
 */
allergen_codes: Array<string>, kind: FoodKind, 
/**
 * Checked by a mentor (or curated in the pack).
 */
checked: boolean, 
/**
 * Where its allergens come from: the pack's source note, or the mentor who checked.
 */
source: string, };

export type IssuedCredential = { id: string, 
/**
 * The signed credential (JSON) and the badge picture with it baked in (PNG).
 */
json: string, png: string, };

export type ItemKind = "photo" | "voice" | "word";

export type ItemView = { id: string, kind: ItemKind, photo: string | null, photo_thumb: string | null, voice: string | null, duration_ms: number, 
/**
 * A new word's spelling, once the mentor has written it.
 */
text: string, created_ms: number, };

export type JobProgress = { done: number, total: number, };

export type KnownWord = { id: string, picture: string | null, photo_thumb: string | null, };

export type LabelPreview = { item: string, picture: string, product: Bilingual, event: FoodEvent, event_name: Bilingual, made_day: string, use_by_day: string, keeps_days: number, allergens: Array<AllergenView>, initials: string, size: LabelSize, 
/**
 * "Kjøleskap, høyst 4,0 °C", in both languages.
 */
keep: Bilingual, };

export type LabelRequest = { item: string, 
/**
 * The café's (or a starter) recipe it was made from.
 */
recipe_id: string | null, 
/**
 * Made, opened, thawed, delivered (the item's own when none).
 */
event: FoodEvent | null, 
/**
 * The day (YYYY-MM-DD; today when none).
 */
made_day: string | null, size: LabelSize, };

export type LabelSize = "62mm" | "57x32mm";

export type LabelView = { id: string, item: string, picture: string, 
/**
 * The product in the working language (as printed) and hers.
 */
product: Bilingual, event: FoodEvent, event_name: Bilingual, made_day: string, use_by_day: string, allergens: Array<Allergen>, initials: string, made_by: string, size: LabelSize, printed_ms: number, reprint: boolean, };

export type LangText = { lang: string, text: string, };

export type LanguageProgress = { tag: string, 
/**
 * Prompts recorded in the app for this language.
 */
recorded: number, 
/**
 * Prompts that can be recorded.
 */
total: number, 
/**
 * Whether a synthetic voice can read this language when nothing is recorded.
 */
has_synthetic_voice: boolean, };

export type Level = "cant-yet" | "with-help" | "on-my-own";

export type Line = { 
/**
 * What the line is (a fridge's name); empty for a chart's only line.
 */
label: string, values: Array<number | null>, };

export type LocaleInfo = { 
/**
 * BCP-47 tag, also the folder name in `locales/`.
 */
tag: string, 
/**
 * The language's name in its own script, as shown on its card.
 */
native_name: string, 
/**
 * The name in English, for logs and the mentor's settings.
 */
english_name: string, 
/**
 * Written right to left.
 */
rtl: boolean, };

export type Maker = { id: string, name: string, initials: string, photo_thumb: string | null, };

export type Mark = "started" | "completed" | "checked";

export type MarkRequest = { person_id: string, aim: string, mark: Mark, comment: string, voice: Clip | null, };

export type MarkView = { id: string, mark: Mark, 
/**
 * P, F or K.
 */
letter: string, name: Bilingual, day: string, 
/**
 * The date as her language writes it.
 */
date: Bilingual, mentor_id: string, mentor_name: string, comment: string, voice: string | null, duration_ms: number, 
/**
 * How many pieces of evidence she saw when she signed.
 */
evidence_count: number, 
/**
 * Whether the mentor's signature on the change that wrote it checks out with her key:
 * checked on the aim's own page (none: not checked in this list).
 */
signature_valid: boolean | null, };

export type MenuDay = { 
/**
 * YYYY-MM-DD
 */
day: string, 
/**
 * "mandag" / her language.
 */
weekday: Bilingual, 
/**
 * The date as people write it in each language.
 */
date: Bilingual, dishes: Array<MenuDish>, };

export type MenuDish = { id: string, recipe: RecipeCard, };

export type MenuWeek = { monday: string, 
/**
 * The ISO week number ("uke 48").
 */
week: number, days: Array<MenuDay>, 
/**
 * Every allergen of the week's dishes.
 */
allergens: Array<AllergenView>, };

export type MonthPoint = { 
/**
 * "2026-11".
 */
month: string, started: number, completed: number, checked: number, on_my_own: number, };

export type Mood = "great" | "good" | "ok" | "tired" | "hard";

export type NewMentor = { name: string, password: string, ui_lang: string, };

export type NewRecipe = { title: string, country: string, cook: string, portions: number, photo: PhotoRef | null, title_voice: Clip | null, };

export type NewStep = { recipe_id: string, text: string, photo: PhotoRef | null, voice: Clip | null, 
/**
 * The language the step is explained in (hers, or Norwegian).
 */
voice_lang: string, timer_s: number, };

export type NewTrainee = { name: string, 
/**
 * A photo imported earlier with `import_photo`.
 */
photo: PhotoRef | null, ui_lang: string, home_lang: string, pin: Array<PictureId>, };

export type NewWord = { category: Category, 
/**
 * The word in the working language, with its article ("en kniv"), if known.
 */
text: string, photo: PhotoRef | null, 
/**
 * How it sounds in the working language.
 */
voice: Clip | null, 
/**
 * The word in another language (usually the trainee's), if known.
 */
other_lang: string | null, other_text: string, other_voice: Clip | null, };

export type NewWork = { days: number, photos: number, voice_notes: number, words: number, 
/**
 * Answers in word practice.
 */
practice: number, fridge_rounds: number, 
/**
 * Aims she rated herself on (waiting for her mentor's mark).
 */
ratings: number, };

export type OwnAimInput = { id: string | null, 
/**
 * "KAFE-1": what a training book writes.
 */
code: string, title: string, plain: string, official: string, 
/**
 * One of [`own_aim_pictures`].
 */
picture: string, 
/**
 * Diary task cards whose days show it.
 */
tasks: Array<string>, fridge: boolean, words: boolean, 
/**
 * Its short name in other languages (an empty text: not written).
 */
titles: Array<LangText>, 
/**
 * Its plain explanation in other languages.
 */
plains: Array<LangText>, 
/**
 * No longer offered for plans.
 */
hidden: boolean, };

export type OwnAims = { aims: Array<OwnAimInput>, 
/**
 * "KAFE-<n>", one past the café's highest.
 */
next_code: string, };

export type PairingView = { code: string, expires_ms: number, addresses: Array<string>, 
/**
 * The QR code (an SVG) a tablet can scan instead of typing.
 */
qr_svg: string, };

export type PartChecked = { 
/**
 * "zone", "reading", "product", "made", "use-by", "allergens", "maker", "expired", "order".
 */
part: string, right: boolean, };

export type PeerView = { id: string, name: string, paired_ms: number, last_sync_ms: number | null, last_address: string | null, 
/**
 * When it was unpaired (it is refused from then on); none while paired.
 */
unpaired_ms: number | null, };

export type Person = { id: string, name: string, role: Role, 
/**
 * Content hash of the photo (full size) and its thumbnail, if she has one.
 */
photo: string | null, photo_thumb: string | null, 
/**
 * The language the app speaks to her.
 */
ui_lang: string, 
/**
 * The language shown beside Norwegian in words and recipes.
 */
home_lang: string, 
/**
 * Her captions show Norwegian (the working language) first.
 */
work_language_first: boolean, 
/**
 * The languages every caption she sees is in: hers and the working language.
 */
captions: Captions, 
/**
 * She left the café: kept, but not on the wall or the dashboard.
 */
archived: boolean, };

export type Phase = "rows" | "media";

export type PhotoRef = { photo: string, thumb: string, };

export type PictureId = "apple" | "fish" | "sun" | "cat" | "car" | "flower" | "house" | "star" | "cup" | "tree" | "bread" | "heart";

export type PracticeCard = { word: WordView, mode: PracticeMode, 
/**
 * The first time she meets the word: show it whole before asking.
 */
is_new: boolean, 
/**
 * For hear-and-find and match: the word and three others, in the order to show.
 */
choices: Array<WordView>, };

export type PracticeDay = { day: string, answers: number, again: number, };

export type PracticeMode = "hear-and-find" | "see-and-say" | "match";

export type PracticeSession = { cards: Array<PracticeCard>, progress: WordProgress, };

export type PrintedLabel = { label: LabelView, pdf: PrintedPdf, };

export type PrintedPdf = { path: string, 
/**
 * A printer took it (CUPS answered).
 */
sent: boolean, 
/**
 * Why it was not printed, in the reader's language ("" when printed or not asked).
 */
problem: string, };

export type Progress = { phase: Phase, done: number, total: number, };

export type PromptStatus = { id: string, recorded: boolean, heard: number, };

export type Quarantine = { count: number, entries: Array<QuarantineEntry>, };

export type QuarantineEntry = { 
/**
 * Who it says made it: a person's name, or the id it named if she is not known here.
 */
who: string, 
/**
 * The device it came from: its name if it was introduced, else its log id.
 */
device: string, 
/**
 * What it tried to change, in her language ("A person", "A comment").
 */
what: string, 
/**
 * When it was made, by its own stamp (for one set aside, whose stamp may be
 * anything: when it arrived).
 */
when_ms: number, 
/**
 * Why it was refused, in her language.
 */
why: string, reason: Refusal, 
/**
 * The exact reason, for whoever looks into it.
 */
detail: string, 
/**
 * Not kept in the change log (it could not be shown to be its device's).
 */
set_aside: boolean, };

export type Rating = "again" | "hard" | "good" | "easy";

export type RatingView = { day: string, level: Level, name: Bilingual, };

export type ReadingSaved = { reading: ReadingView, 
/**
 * "Too warm! …" and what to do, in both languages; empty when all is well.
 */
warning: Bilingual | null, check: FridgeCheckView, };

export type ReadingView = { id: string, zone: Zone, unit: string, day: string, read_ms: number, 
/**
 * Tenths of a degree.
 */
tenths: number, limit_tenths: number, 
/**
 * Warmer than the limit.
 */
too_warm: boolean, by: string, };

export type RecipeCard = { id: string, title: Bilingual, 
/**
 * "Fatimas linsesuppe" / her language: the title with the cook's name, when known.
 */
proud_title: Bilingual, 
/**
 * A picture of the pack (`assets/recipes/pictures/<name>.svg`).
 */
picture: string | null, photo_thumb: string | null, 
/**
 * Where the dish comes from (ISO 3166 code) and that country's name in both languages.
 */
country: string, country_name: Bilingual, cook: string, allergens: Array<AllergenView>, diet: Array<DietView>, from_pack: boolean, 
/**
 * Some ingredient's allergens are not checked by a mentor yet.
 */
unchecked: boolean, };

export type RecipeEdit = { id: string, title: string | null, country: string | null, cook: string | null, portions: number | null, photo: PhotoRef | null, title_voice: Clip | null, };

export type RecipeView = { card: RecipeCard, work_lang: string, home_lang: string, 
/**
 * The portions the recipe is written for, and the portions shown.
 */
portions: number, shown_portions: number, photo: string | null, title_voice: string | null, ingredients: Array<IngredientLine>, steps: Array<StepView>, };

export type Refusal = "unsigned" | "unknown-device" | "bad-signature" | "stamp-out-of-range" | "device-retired" | "invalid" | "unknown-author" | "not-owner" | "owner-changed" | "needs-mentor" | "unknown-mentor-key" | "bad-mentor-signature" | "mentor-key-revoked" | "append-only";

export type Role = "trainee" | "mentor";

export type RulesView = { country: string, source: string, fridge_max_c: number, freezer_max_c: number, hot_holding_min_c: number, cooling_to_c: number, cooling_within_h: number, 
/**
 * (what, source) for every rule of the pack.
 */
notes: Array<[string, string]>, 
/**
 * Every class of food, for the café's own foods.
 */
classes: Array<FoodClassView>, };

export type SavedReport = { pdf: string, csv: string, 
/**
 * How many trainees it covers.
 */
trainees: number, };

export type Session = { person: Person, };

export type ShelfBox = { food: FoodCard, made_day: string, use_by_day: string, };

export type Speech = { 
/**
 * The sentence in the language asked for: shown as the hint.
 */
text: string, 
/**
 * The language the audio is in (may be `nb` when hers has no voice), if any audio.
 */
spoken_lang: string | null, 
/**
 * WAV audio, base64; none when nothing could speak.
 */
audio_base64: string | null, mime: string, };

export type SpeechRequest = { id: string, lang: string, 
/**
 * Text arguments of the message, e.g. `name`.
 */
args: Array<[string, string]>, };

export type StepEdit = { id: string, text: string | null, photo: PhotoRef | null, voice: Clip | null, voice_lang: string | null, timer_s: number | null, };

export type StepView = { id: string, number: number, text: Bilingual, 
/**
 * A picture of the pack for the step (the pot, the oven), when there is no photo.
 */
picture: string | null, photo: string | null, photo_thumb: string | null, voice: string | null, voice_ms: number, voice_lang: string, timer_s: number, ingredients: Array<IngredientLine>, };

export type StudioContent = { lang: string, groups: Array<StudioGroup>, };

export type StudioGroup = { kind: ContentKind, recorded: number, total: number, 
/**
 * The kind asked for: missing first, then in the order the café shows them (the
 * other kinds: empty, their counts only).
 */
items: Array<StudioItem>, };

export type StudioItem = { 
/**
 * `task:cafe-…`, `food:cooked-rice`, `step:pack:fiskesuppe/2`, …
 */
item: string, 
/**
 * Its text in the studio's language ("" when nobody has written it there).
 */
text: string, 
/**
 * Its text in the working language: what the one recording says, when hers is empty.
 */
work_text: string, 
/**
 * One of Mestre's pictures of its kind (a task, food, aim or recipe picture).
 */
picture: string | null, photo_thumb: string | null, recorded: boolean, 
/**
 * The café writes its text here (its own items, in a language besides the working one).
 */
writable: boolean, };

export type StudioWord = { id: string, 
/**
 * The word in the studio's language (empty when nobody has written it yet).
 */
text: string, 
/**
 * The Norwegian, so the one recording knows which word it is.
 */
work_text: string, picture: string | null, photo_thumb: string | null, recorded: boolean, };

export type StudioWords = { lang: string, recorded: number, total: number, 
/**
 * Missing first, then in the bank's order.
 */
words: Array<StudioWord>, };

export type SuggestionKind = "word" | "recipe";

export type SuggestionView = { id: string, kind: SuggestionKind, ref_id: string, 
/**
 * The word (Norwegian) or the recipe's name.
 */
title: Bilingual, picture: string | null, photo_thumb: string | null, mentor: string, suggested_ms: number, };

export type SyncEvent = { "kind": "started", peer: string, } | { "kind": "progress", peer: string, progress: Progress, } | { "kind": "done", peer: string, report: SyncReport, at_ms: number, } | { "kind": "failed", peer: string, code: ErrorKind, detail: string, };

export type SyncReport = { rows_received: number, rows_sent: number, 
/**
 * Changes received that were refused here (quarantined or set aside).
 */
rows_refused: number, media_received: number, media_sent: number, media_bytes: number, };

export type SyncStatus = { device_name: string, 
/**
 * Where this device listens, if it does.
 */
listening: string | null, peers: Array<PeerView>, };

export type Task = { id: string, area: Area, };

export type TaskCard = { id: string, area: Area, 
/**
 * The café's own card's name, in the working language and the reader's (a starter
 * card's words are the message `task-<id>`).
 */
name: Bilingual | null, 
/**
 * One of Mestre's pictures (`task-wash-hands`, `kitchen`), when it has no photo.
 */
picture: string | null, photo: string | null, photo_thumb: string | null, 
/**
 * One of the café's own.
 */
own: boolean, 
/**
 * Off the cards she chooses from.
 */
hidden: boolean, 
/**
 * An own card's name in other languages, as written (for the mentor's form).
 */
texts: Array<LangText>, };

export type TaskCardInput = { id: string | null, area: Area, 
/**
 * Its name in the working language.
 */
text: string, 
/**
 * One of Mestre's pictures, when there is no photo.
 */
picture: string | null, photo: PhotoRef | null, 
/**
 * Its name in other languages (an empty text: not written).
 */
texts: Array<LangText>, };

export type Today = { today: string, trainees: Array<TraineeToday>, };

export type Totals = { planned: number, 
/**
 * Aims whose newest mark is P (F, K).
 */
started: number, completed: number, checked: number, 
/**
 * Aims she rates "on my own".
 */
on_my_own: number, };

export type TraineeCharts = { words_known: Chart, 
/**
 * Per cent right.
 */
accuracy: Chart, diary_days: Chart, };

export type TraineeReview = { person: Person, seen_ms: number | null, today: string, 
/**
 * Her days, newest first, with photos, voice notes, words and comments.
 */
days: Array<DayView>, words: WordProgress, practice: Array<PracticeDay>, fridge: Array<FridgeEvidence>, competence: Totals, suggestions: Array<SuggestionView>, attention: Array<Attention>, };

export type TraineeStanding = { person_id: string, name: string, photo_thumb: string | null, totals: Totals, };

export type TraineeToday = { person: Person, 
/**
 * When this mentor last marked her work seen (none: never).
 */
seen_ms: number | null, new: NewWork, last_day: string | null, 
/**
 * Most pressing first.
 */
attention: Array<Attention>, 
/**
 * Higher needs her sooner; the list is sorted by it.
 */
score: number, };

export type Unit = "g" | "kg" | "ml" | "dl" | "l" | "tsp" | "tbsp" | "piece" | "pinch" | "to-taste";

export type VoicePackExport = { lang: string, 
/**
 * Where the file was saved (the Downloads folder when there is one).
 */
path: string, clips: number, };

export type VoicePackImport = { lang: string, 
/**
 * Prompts that now have a voice they did not have.
 */
added: number, 
/**
 * Clips this device already had.
 */
already_here: number, 
/**
 * Prompts this café recorded itself: its own recording stays.
 */
kept_own: number, 
/**
 * Clips that were damaged, too long, or for prompts this version does not have.
 */
skipped: number, };

export type WordEdit = { id: string, category: Category | null, text: string | null, photo: PhotoRef | null, voice: Clip | null, 
/**
 * The language `other_text` and `other_voice` are in.
 */
other_lang: string | null, other_text: string | null, other_voice: Clip | null, };

export type WordProgress = { 
/**
 * Days in a row she practised, up to today (or yesterday, if not yet today).
 */
streak_days: number, practised_today: boolean, 
/**
 * The words she has learnt (out of learning steps), newest first: pictures to show.
 */
known: Array<KnownWord>, known_count: number, 
/**
 * Words waiting now.
 */
due_now: number, };

export type WordSide = { lang: string, 
/**
 * The word as written; empty when nobody has written it in this language yet.
 */
text: string, 
/**
 * Its article when the language has them and the word has one ("en", "ei", "et", "ett").
 */
article: string, 
/**
 * The text without its article, the word itself.
 */
bare: string, 
/**
 * A recording made in the café, if any (else the app speaks it, or shows the hint).
 */
voice: WordVoice | null, };

export type WordView = { id: string, category: Category, 
/**
 * A picture of the pack (`assets/words/pictures/<name>.svg`), when it has one.
 */
picture: string | null, 
/**
 * A photo taken in the café (shown instead of the picture).
 */
photo: string | null, photo_thumb: string | null, 
/**
 * The working language (Norwegian).
 */
work: WordSide, 
/**
 * Her language (the person's home language); the same as `work` for a Norwegian speaker.
 */
home: WordSide, 
/**
 * A starter word (its texts may be changed, it cannot be removed from the pack).
 */
from_pack: boolean, };

export type WordVoice = { voice: string, duration_ms: number, };

export type Zone = "fridge" | "freezer" | "dry";

/// Every Fluent message id, with the variables it takes.
export interface MessageArgs {
  "allergen-celery": {  };
  "allergen-crustaceans": {  };
  "allergen-eggs": {  };
  "allergen-fish": {  };
  "allergen-gluten": {  };
  "allergen-kind-almond": {  };
  "allergen-kind-barley": {  };
  "allergen-kind-brazil-nut": {  };
  "allergen-kind-cashew": {  };
  "allergen-kind-hazelnut": {  };
  "allergen-kind-kamut": {  };
  "allergen-kind-macadamia": {  };
  "allergen-kind-oats": {  };
  "allergen-kind-pecan": {  };
  "allergen-kind-pistachio": {  };
  "allergen-kind-rye": {  };
  "allergen-kind-spelt": {  };
  "allergen-kind-walnut": {  };
  "allergen-kind-wheat": {  };
  "allergen-lupin": {  };
  "allergen-milk": {  };
  "allergen-molluscs": {  };
  "allergen-mustard": {  };
  "allergen-nuts": {  };
  "allergen-peanuts": {  };
  "allergen-sesame": {  };
  "allergen-soy": {  };
  "allergen-sulphites": {  };
  "app-name": {  };
  "attention-fridge-failing": { rounds: string | number };
  "attention-low-mood-hard": { days: string | number };
  "attention-low-mood-tired": { days: string | number };
  "attention-no-diary": { days: string | number };
  "attention-practice-failing": { again: string | number; answers: string | number };
  "attention-waiting-for-mark": { aims: string | number };
  "book-empty": {  };
  "book-start": {  };
  "book-title": {  };
  "camera-unavailable": {  };
  "certificate-checked-on": { date: string | number };
  "certificate-evidence": { list: string | number };
  "certificate-evidence-item": { count: string | number; kind: string | number };
  "certificate-file": {  };
  "certificate-intro": { cafe: string | number; name: string | number };
  "certificate-key": { key: string | number };
  "certificate-none": {  };
  "certificate-signed": { date: string | number; mentor: string | number };
  "certificate-title": {  };
  "chart-aims-by-status": {  };
  "chart-diary-activity": {  };
  "chart-fridge-temperatures": {  };
  "chart-no-data": {  };
  "chart-practice-accuracy": {  };
  "chart-week-of": { date: string | number };
  "chart-words-known": {  };
  "chart-words-known-group": {  };
  "charts-group": {  };
  "charts-title": {  };
  "comment-new": {  };
  "comment-record": {  };
  "comment-send": {  };
  "comment-write": {  };
  "competence-back-needs-comment": {  };
  "competence-badge-saved": { json: string | number; png: string | number };
  "competence-certificate-saved": { path: string | number };
  "competence-chart-checked": {  };
  "competence-chart-completed": {  };
  "competence-chart-own": {  };
  "competence-chart-started": {  };
  "competence-chart-title": {  };
  "competence-comment": {  };
  "competence-evidence": {  };
  "competence-evidence-diary-day": {  };
  "competence-evidence-fridge-practice": {  };
  "competence-evidence-photo": {  };
  "competence-evidence-voice-note": {  };
  "competence-evidence-word-practice": {  };
  "competence-group": {  };
  "competence-her-rating": {  };
  "competence-history": {  };
  "competence-issue-badge": {  };
  "competence-level-cant-yet": {  };
  "competence-level-on-my-own": {  };
  "competence-level-with-help": {  };
  "competence-link": {  };
  "competence-mark-by": { date: string | number; mark: string | number; mentor: string | number };
  "competence-mark-checked": {  };
  "competence-mark-completed": {  };
  "competence-mark-none": {  };
  "competence-mark-started": {  };
  "competence-mentor-title": {  };
  "competence-monthly-report": {  };
  "competence-needs-evidence": {  };
  "competence-no-evidence": {  };
  "competence-no-suggestions": {  };
  "competence-official": {  };
  "competence-open-aim": {  };
  "competence-own-area": {  };
  "competence-own-curriculum": {  };
  "competence-plan-empty": {  };
  "competence-plan-toggle": { name: string | number };
  "competence-print-certificate": {  };
  "competence-rate-question": {  };
  "competence-rated": {  };
  "competence-report-month": {  };
  "competence-report-saved": { csv: string | number; pdf: string | number };
  "competence-sign": { letter: string | number };
  "competence-signature-invalid": {  };
  "competence-signature-valid": {  };
  "competence-suggestions": {  };
  "competence-summary-day": { date: string | number; tasks: string | number };
  "competence-summary-fridge": { date: string | number; game: string | number; right: string | number; total: string | number };
  "competence-summary-photo": { date: string | number };
  "competence-summary-voice": { date: string | number };
  "competence-summary-words": { count: string | number; date: string | number; right: string | number };
  "competence-totals": { checked: string | number; planned: string | number };
  "competence-unlink": {  };
  "connect-laptop": {  };
  "connect-tablet": {  };
  "content-aim-add": {  };
  "content-aim-code": {  };
  "content-aim-fridge": {  };
  "content-aim-hidden": {  };
  "content-aim-official": {  };
  "content-aim-plain": {  };
  "content-aim-tasks": {  };
  "content-aim-title": {  };
  "content-aim-words": {  };
  "content-aims-lead": {  };
  "content-area": {  };
  "content-cancel": {  };
  "content-edit": {  };
  "content-food-add": {  };
  "content-food-after": {  };
  "content-food-allergens": {  };
  "content-food-class": {  };
  "content-food-class-option": { days: string | number; foods: string | number; zone: string | number };
  "content-foods-lead": {  };
  "content-hidden": {  };
  "content-hide": {  };
  "content-in-language": { language: string | number };
  "content-lead": {  };
  "content-name-work": { language: string | number };
  "content-names-other": {  };
  "content-none": {  };
  "content-open": {  };
  "content-own": {  };
  "content-photo": {  };
  "content-photo-chosen": {  };
  "content-photo-remove": {  };
  "content-picture": {  };
  "content-plains-other": {  };
  "content-save": {  };
  "content-saved": {  };
  "content-show": {  };
  "content-tab-aims": {  };
  "content-tab-foods": {  };
  "content-tab-tasks": {  };
  "content-task-add": {  };
  "content-tasks-lead": {  };
  "content-title": {  };
  "cook-back": {  };
  "cook-done": {  };
  "cook-hear-step": {  };
  "cook-next": {  };
  "cook-start": {  };
  "cook-step": { count: string | number; number: string | number };
  "cook-timer-start": { minutes: string | number };
  "cook-title": {  };
  "country-af": {  };
  "country-er": {  };
  "country-et": {  };
  "country-iq": {  };
  "country-ir": {  };
  "country-no": {  };
  "country-ps": {  };
  "country-sd": {  };
  "country-se": {  };
  "country-so": {  };
  "country-sy": {  };
  "country-tr": {  };
  "country-ua": {  };
  "day-add-photo": {  };
  "day-add-voice": {  };
  "day-add-word": {  };
  "day-area-cleaning": {  };
  "day-area-kitchen": {  };
  "day-area-serving": {  };
  "day-comments": {  };
  "day-done": {  };
  "day-mood-title": {  };
  "day-nothing-yet": {  };
  "day-photo": {  };
  "day-saved": {  };
  "day-summary-title": {  };
  "day-tasks-title": {  };
  "day-voice-note": {  };
  "day-word": {  };
  "diet-halal": {  };
  "diet-pork": {  };
  "diet-vegan": {  };
  "diet-vegetarian": {  };
  "erase-confirm": {  };
  "erase-confirm-label": {  };
  "erase-done": { files: string | number; name: string | number };
  "erase-explain": { name: string | number };
  "erase-start": {  };
  "error-aim-not-checked": {  };
  "error-aim-not-in-plan": {  };
  "error-audio-unreadable": {  };
  "error-comment-missing": {  };
  "error-credential-invalid": {  };
  "error-database-too-new": {  };
  "error-database-unavailable": {  };
  "error-evidence-missing": {  };
  "error-image-too-large": {  };
  "error-image-unreadable": {  };
  "error-invalid-input": {  };
  "error-login-failed": {  };
  "error-login-locked": { minutes: string | number };
  "error-mark-out-of-order": {  };
  "error-mentor-key-missing": {  };
  "error-microphone-busy": {  };
  "error-microphone-missing": {  };
  "error-not-allowed": {  };
  "error-not-found": {  };
  "error-not-paired": {  };
  "error-other-cafe": {  };
  "error-pairing-busy": {  };
  "error-pairing-closed": {  };
  "error-pairing-wrong-code": {  };
  "error-peer-unreachable": {  };
  "error-printer-unavailable": {  };
  "error-reading-out-of-range": {  };
  "error-recording-empty": {  };
  "error-schema-mismatch": {  };
  "error-setup-state": {  };
  "error-storage": {  };
  "error-sync-interrupted": {  };
  "error-sync-refused": {  };
  "error-voice-pack-unreadable": {  };
  "export-done": { path: string | number };
  "export-progress": { done: string | number; total: string | number };
  "export-start": {  };
  "food-kind-alcohol": {  };
  "food-kind-dairy": {  };
  "food-kind-egg": {  };
  "food-kind-fish": {  };
  "food-kind-halal-meat": {  };
  "food-kind-meat": {  };
  "food-kind-other-animal": {  };
  "food-kind-plant": {  };
  "food-kind-pork": {  };
  "food-kind-shellfish": {  };
  "form-name-missing": {  };
  "form-password-short": { min: string | number };
  "format-date": { day: string | number; month: string | number; year: string | number };
  "format-temperature": { value: string | number };
  "fridge-ask-cold": { food: string | number; zone: string | number };
  "fridge-ask-cooling": { hours: string | number };
  "fridge-ask-hot": {  };
  "fridge-ask-label-delivered": { food: string | number };
  "fridge-ask-label-made": { food: string | number };
  "fridge-ask-label-opened": { food: string | number };
  "fridge-ask-label-thawed": { food: string | number };
  "fridge-ask-shelf": {  };
  "fridge-ask-zone": { food: string | number };
  "fridge-catalogue": {  };
  "fridge-check": {  };
  "fridge-check-chart": {  };
  "fridge-check-colder": {  };
  "fridge-check-empty": {  };
  "fridge-check-label": {  };
  "fridge-check-limit": { max: string | number };
  "fridge-check-missing": {  };
  "fridge-check-ok": {  };
  "fridge-check-save": {  };
  "fridge-check-title": {  };
  "fridge-check-today": {  };
  "fridge-check-type": {  };
  "fridge-check-warmer": {  };
  "fridge-choose-game": {  };
  "fridge-cooling": {  };
  "fridge-event-delivered": {  };
  "fridge-event-made": {  };
  "fridge-event-opened": {  };
  "fridge-event-thawed": {  };
  "fridge-evidence-saved": { aim: string | number };
  "fridge-finish": {  };
  "fridge-game-first-in-first-out": {  };
  "fridge-game-how-cold": {  };
  "fridge-game-where-does-it-go": {  };
  "fridge-game-write-the-label": {  };
  "fridge-hot-holding": {  };
  "fridge-keeps": { days: string | number };
  "fridge-label-allergens": {  };
  "fridge-label-keep": { max: string | number; zone: string | number };
  "fridge-label-log": {  };
  "fridge-label-log-empty": {  };
  "fridge-label-made-by": { initials: string | number };
  "fridge-label-no-allergens": {  };
  "fridge-label-reprint-mark": {  };
  "fridge-label-use-by": {  };
  "fridge-labels": {  };
  "fridge-max": { max: string | number };
  "fridge-own-routine": {  };
  "fridge-partly": { right: string | number; total: string | number };
  "fridge-pick-allergens": {  };
  "fridge-pick-made": {  };
  "fridge-pick-maker": {  };
  "fridge-pick-product": {  };
  "fridge-pick-reading": {  };
  "fridge-pick-use-by": {  };
  "fridge-play-again": {  };
  "fridge-practice": {  };
  "fridge-practice-hint": {  };
  "fridge-print": {  };
  "fridge-print-day": {  };
  "fridge-print-item": {  };
  "fridge-print-no-recipe": {  };
  "fridge-print-recipe": {  };
  "fridge-print-size": {  };
  "fridge-print-title": {  };
  "fridge-print-today": {  };
  "fridge-print-yesterday": {  };
  "fridge-printed": {  };
  "fridge-question": { n: string | number; total: string | number };
  "fridge-reprint": {  };
  "fridge-result": { right: string | number; total: string | number };
  "fridge-right": {  };
  "fridge-routine-days": {  };
  "fridge-routine-note": {  };
  "fridge-routine-reset": {  };
  "fridge-routine-save": {  };
  "fridge-rules-source": {  };
  "fridge-rules-title": {  };
  "fridge-save-pdf": {  };
  "fridge-saved": { path: string | number };
  "fridge-shelf-again": {  };
  "fridge-shelf-back": {  };
  "fridge-shelf-bin": {  };
  "fridge-shelf-front": {  };
  "fridge-shelf-step-bin": {  };
  "fridge-shelf-step-order": {  };
  "fridge-size-57x32mm": {  };
  "fridge-size-62mm": {  };
  "fridge-title": {  };
  "fridge-too-warm-freezer": { max: string | number; reading: string | number };
  "fridge-too-warm-fridge": { max: string | number; reading: string | number };
  "fridge-why-allergens": { food: string | number; list: string | number };
  "fridge-why-cooling": { hours: string | number; to: string | number };
  "fridge-why-expired": { date: string | number; food: string | number };
  "fridge-why-hot": { min: string | number };
  "fridge-why-made": { date: string | number; event: string | number };
  "fridge-why-maker": {  };
  "fridge-why-no-allergens": { food: string | number };
  "fridge-why-order": {  };
  "fridge-why-product": { food: string | number };
  "fridge-why-use-by": { date: string | number; days: string | number; event: string | number; food: string | number; made: string | number };
  "fridge-why-zone-cold": { food: string | number; max: string | number; zone: string | number };
  "fridge-why-zone-dry": { food: string | number };
  "fridge-wrong": {  };
  "fridge-zone-dry": {  };
  "fridge-zone-freezer": {  };
  "fridge-zone-fridge": {  };
  "home-greeting": { name: string | number };
  "idle-stay": {  };
  "idle-still-here": {  };
  "import-photos": {  };
  "import-photos-done": { count: string | number };
  "import-photos-progress": { done: string | number; total: string | number };
  "ingredient-add": {  };
  "ingredient-amount": {  };
  "ingredient-check": {  };
  "ingredient-check-save": {  };
  "ingredient-find": {  };
  "ingredient-food-kind": {  };
  "ingredient-for-step": {  };
  "ingredient-remove": {  };
  "ingredient-whole-recipe": {  };
  "language-change": {  };
  "language-choose-title": {  };
  "language-greeting": {  };
  "language-name": {  };
  "loading": {  };
  "logout": {  };
  "manage-archive": {  };
  "manage-archived": {  };
  "manage-archived-note": {  };
  "manage-restore": {  };
  "manage-title": {  };
  "mentor-add-trainee": {  };
  "mentor-caption-order": { language: string | number };
  "mentor-diaries": {  };
  "mentor-idle": {  };
  "mentor-idle-minutes": { minutes: string | number };
  "mentor-idle-never": {  };
  "mentor-languages": { home: string | number; ui: string | number };
  "mentor-no-trainees": {  };
  "mentor-tablet-settings": {  };
  "mentor-title": { name: string | number };
  "mentor-trainees": {  };
  "mentors-add-submit": {  };
  "mentors-add-title": {  };
  "mentors-added": { name: string | number };
  "mentors-cancel": {  };
  "mentors-change-submit": {  };
  "mentors-change-title": {  };
  "mentors-changed": {  };
  "mentors-first-password": {  };
  "mentors-manage": {  };
  "mentors-new-password": {  };
  "mentors-old-password": {  };
  "mentors-reset": {  };
  "mentors-reset-done": { name: string | number };
  "mentors-reset-submit": {  };
  "mentors-retire": {  };
  "mentors-retire-confirm": { name: string | number };
  "mentors-retired": { name: string | number };
  "mentors-you": { name: string | number };
  "menu-add-dish": {  };
  "menu-choose-dish": {  };
  "menu-no-allergens": {  };
  "menu-open": {  };
  "menu-remove-dish": {  };
  "menu-title": {  };
  "menu-week": { week: string | number };
  "menu-week-after": {  };
  "menu-week-before": {  };
  "mood-good": {  };
  "mood-great": {  };
  "mood-hard": {  };
  "mood-ok": {  };
  "mood-tired": {  };
  "nav-back": {  };
  "nav-home": {  };
  "nav-next": {  };
  "new-days": { count: string | number };
  "new-fridge": { count: string | number };
  "new-photos": { count: string | number };
  "new-practice": { count: string | number };
  "new-ratings": { count: string | number };
  "new-voice-notes": { count: string | number };
  "new-words": { count: string | number };
  "pair-address": {  };
  "pair-code-expires": { minutes: string | number };
  "pair-code-help": {  };
  "pair-code-label": {  };
  "pair-code-title": {  };
  "pair-done": { name: string | number };
  "pair-join-submit": {  };
  "pair-none": {  };
  "pair-scan": {  };
  "paired-devices": {  };
  "password-label": {  };
  "password-submit": {  };
  "password-title": {  };
  "picture-apple": {  };
  "picture-bread": {  };
  "picture-car": {  };
  "picture-cat": {  };
  "picture-cup": {  };
  "picture-fish": {  };
  "picture-flower": {  };
  "picture-heart": {  };
  "picture-house": {  };
  "picture-star": {  };
  "picture-sun": {  };
  "picture-tree": {  };
  "pin-clear": {  };
  "pin-progress": { count: string | number };
  "pin-title": {  };
  "play-clip": {  };
  "practice-done": {  };
  "practice-hear-and-find": {  };
  "practice-listen-both": {  };
  "practice-match": {  };
  "practice-new-word": {  };
  "practice-next": {  };
  "practice-nothing": {  };
  "practice-right": {  };
  "practice-said-again": {  };
  "practice-said-well": {  };
  "practice-see-and-say": {  };
  "practice-title": {  };
  "practice-wrong": {  };
  "print-allergens": {  };
  "print-ask-staff": {  };
  "print-ingredients": {  };
  "print-menu-empty": {  };
  "print-menu-file": { week: string | number };
  "print-menu-title": { week: string | number };
  "print-no-allergens": {  };
  "print-portions": { portions: string | number };
  "print-save": {  };
  "print-saved": { path: string | number };
  "print-second-language": {  };
  "print-send": {  };
  "print-sent": { path: string | number };
  "print-steps": {  };
  "print-week-allergens": {  };
  "privacy-title": {  };
  "quarantine-count": { count: string | number };
  "quarantine-from": { device: string | number; who: string | number };
  "quarantine-help": {  };
  "quarantine-none": {  };
  "quarantine-open": {  };
  "quarantine-set-aside": {  };
  "quarantine-title": {  };
  "recipe-allergens": {  };
  "recipe-copy": {  };
  "recipe-done": {  };
  "recipe-edit": {  };
  "recipe-fewer": {  };
  "recipe-from": {  };
  "recipe-hear-name": {  };
  "recipe-ingredients": {  };
  "recipe-more": {  };
  "recipe-name-written": {  };
  "recipe-new": {  };
  "recipe-no-allergens": {  };
  "recipe-portions": { portions: string | number };
  "recipe-proud-title": { cook: string | number; title: string | number };
  "recipe-record-name": {  };
  "recipe-record-photo": {  };
  "recipe-say-name": {  };
  "recipe-start": {  };
  "recipe-steps": {  };
  "recipe-title": {  };
  "recipe-unchecked": {  };
  "recipe-unit-dl": {  };
  "recipe-unit-g": {  };
  "recipe-unit-kg": {  };
  "recipe-unit-l": {  };
  "recipe-unit-ml": {  };
  "recipe-unit-piece": {  };
  "recipe-unit-pinch": {  };
  "recipe-unit-tbsp": {  };
  "recipe-unit-to-taste": {  };
  "recipe-unit-tsp": {  };
  "recipe-unknown-ingredient": {  };
  "recipe-untitled": {  };
  "recipes-title": {  };
  "record-cafe": {  };
  "record-competence-aim": {  };
  "record-competence-evidence": {  };
  "record-competence-mark": {  };
  "record-competence-plan": {  };
  "record-competence-rating": {  };
  "record-content-language": {  };
  "record-credential": {  };
  "record-device-intro": {  };
  "record-diary-comment": {  };
  "record-diary-day": {  };
  "record-diary-item": {  };
  "record-erasure": {  };
  "record-fridge-food": {  };
  "record-fridge-label": {  };
  "record-fridge-practice": {  };
  "record-fridge-reading": {  };
  "record-fridge-routine": {  };
  "record-ingredient": {  };
  "record-keep": {  };
  "record-listen": {  };
  "record-media": {  };
  "record-mentor-key": {  };
  "record-menu-dish": {  };
  "record-person": {  };
  "record-practice-suggestion": {  };
  "record-prompt-clip": {  };
  "record-recipe": {  };
  "record-recipe-ingredient": {  };
  "record-recipe-step": {  };
  "record-redo": {  };
  "record-review-seen": {  };
  "record-start": {  };
  "record-stop": {  };
  "record-task-card": {  };
  "record-word": {  };
  "record-word-review": {  };
  "record-word-translation": {  };
  "recording-kept": {  };
  "recording-now": {  };
  "refusal-append-only": {  };
  "refusal-bad-mentor-signature": {  };
  "refusal-bad-signature": {  };
  "refusal-device-retired": {  };
  "refusal-invalid": {  };
  "refusal-mentor-key-revoked": {  };
  "refusal-needs-mentor": {  };
  "refusal-not-owner": {  };
  "refusal-owner-changed": {  };
  "refusal-stamp-out-of-range": {  };
  "refusal-unknown-author": {  };
  "refusal-unknown-device": {  };
  "refusal-unknown-mentor-key": {  };
  "refusal-unsigned": {  };
  "report-added": { photos: string | number; voice: string | number; words: string | number };
  "report-aims-marked": {  };
  "report-chart-days": {  };
  "report-chart-plan": {  };
  "report-col-added": {  };
  "report-col-days": {  };
  "report-col-fridge": {  };
  "report-col-marks": {  };
  "report-col-plan": {  };
  "report-col-ratings": {  };
  "report-col-trainee": {  };
  "report-col-word-practice": {  };
  "report-file": {  };
  "report-made": { cafe: string | number; date: string | number; mentor: string | number };
  "report-none": {  };
  "report-plan": { checked: string | number; planned: string | number };
  "report-practice": { count: string | number; right: string | number };
  "report-title": { month: string | number };
  "review-competence-totals": { checked: string | number; completed: string | number; planned: string | number; started: string | number };
  "review-days": {  };
  "review-fridge": {  };
  "review-keys": {  };
  "review-mark-seen": {  };
  "review-marked-seen": {  };
  "review-new": {  };
  "review-no-days": {  };
  "review-no-fridge": {  };
  "review-no-practice": {  };
  "review-practice": {  };
  "review-practice-day": { answers: string | number; date: string | number; right: string | number };
  "review-timeline": {  };
  "review-title": { name: string | number };
  "review-words": {  };
  "review-words-known": { count: string | number; due: string | number; streak: string | number };
  "saved": {  };
  "say-name": { name: string | number };
  "section-competence": {  };
  "section-fridge": {  };
  "section-my-book": {  };
  "section-my-day": {  };
  "section-recipes": {  };
  "section-words": {  };
  "settings-country": {  };
  "settings-languages": {  };
  "settings-save": {  };
  "settings-saved": {  };
  "settings-title": {  };
  "setup-cafe-name": {  };
  "setup-country": {  };
  "setup-intro": {  };
  "setup-mentor-name": {  };
  "setup-mentor-password": {  };
  "setup-password-rule": { min: string | number };
  "setup-submit": {  };
  "setup-title": {  };
  "speaker-play": {  };
  "speech-failed": {  };
  "speech-no-voice": {  };
  "step-add": {  };
  "step-add-title": { number: string | number };
  "step-down": {  };
  "step-explain": {  };
  "step-no-timer": {  };
  "step-remove": {  };
  "step-text": {  };
  "step-timer": {  };
  "step-timer-minutes": { minutes: string | number };
  "step-up": {  };
  "studio-content-none": {  };
  "studio-content-progress": { language: string | number; recorded: string | number; total: string | number };
  "studio-export": {  };
  "studio-exported": { count: string | number; path: string | number };
  "studio-heard": { count: string | number };
  "studio-import": {  };
  "studio-imported": { added: string | number; kept: string | number; same: string | number; skipped: string | number };
  "studio-kind-aim": {  };
  "studio-kind-aim-plain": {  };
  "studio-kind-food": {  };
  "studio-kind-recipe": {  };
  "studio-kind-step": {  };
  "studio-kind-task": {  };
  "studio-lang": {  };
  "studio-missing": {  };
  "studio-no-synthetic": {  };
  "studio-only-missing": {  };
  "studio-open": {  };
  "studio-progress": { language: string | number; recorded: string | number; total: string | number };
  "studio-recorded": {  };
  "studio-show-more": { count: string | number; left: string | number };
  "studio-synthetic": {  };
  "studio-tab-content": {  };
  "studio-tab-prompts": {  };
  "studio-tab-words": {  };
  "studio-text-saved": {  };
  "studio-title": {  };
  "studio-words-progress": { language: string | number; recorded: string | number; total: string | number };
  "studio-write-label": { language: string | number };
  "studio-write-save": {  };
  "suggest-done": {  };
  "suggest-recipe": {  };
  "suggest-send": {  };
  "suggest-title": {  };
  "suggest-word": {  };
  "suggestion-from": { mentor: string | number };
  "suggestions-for-you": {  };
  "sync-done": {  };
  "sync-last": { when: string | number };
  "sync-media": { done: string | number; total: string | number };
  "sync-never": {  };
  "sync-now": {  };
  "sync-photo-coming": {  };
  "sync-rows": { done: string | number; total: string | number };
  "sync-running": {  };
  "task-bake-bread": {  };
  "task-bake-cakes": {  };
  "task-check-temperature": {  };
  "task-clean-surfaces": {  };
  "task-clean-toilet": {  };
  "task-clear-tables": {  };
  "task-cook-rice": {  };
  "task-cut-vegetables": {  };
  "task-fill-display": {  };
  "task-fill-fridge": {  };
  "task-greet-customer": {  };
  "task-label-food": {  };
  "task-load-dishwasher": {  };
  "task-make-coffee": {  };
  "task-make-salad": {  };
  "task-make-sandwiches": {  };
  "task-make-soup": {  };
  "task-make-waffles": {  };
  "task-mop-floor": {  };
  "task-peel-potatoes": {  };
  "task-receive-goods": {  };
  "task-serve-customer": {  };
  "task-set-tables": {  };
  "task-sort-recycling": {  };
  "task-sweep-floor": {  };
  "task-take-order": {  };
  "task-take-out-rubbish": {  };
  "task-team-meeting": {  };
  "task-use-till": {  };
  "task-wash-dishes": {  };
  "task-wash-hands": {  };
  "task-weigh-ingredients": {  };
  "timer-done": {  };
  "timer-stop": {  };
  "trainee-home-lang": {  };
  "trainee-name": {  };
  "trainee-new-pin": {  };
  "trainee-new-pin-saved": { name: string | number };
  "trainee-new-title": {  };
  "trainee-photo": {  };
  "trainee-photo-camera": {  };
  "trainee-photo-file": {  };
  "trainee-photo-remove": {  };
  "trainee-photo-take": {  };
  "trainee-pin": {  };
  "trainee-pin-done": {  };
  "trainee-pin-mismatch": {  };
  "trainee-pin-repeat": {  };
  "trainee-save": {  };
  "trainee-saved": { name: string | number };
  "trainee-ui-lang": {  };
  "unpair": {  };
  "wall-empty": {  };
  "wall-mentors": {  };
  "wall-title": {  };
  "wall-trainees": {  };
  "weekday-fri": {  };
  "weekday-mon": {  };
  "weekday-sat": {  };
  "weekday-sun": {  };
  "weekday-thu": {  };
  "weekday-tue": {  };
  "weekday-wed": {  };
  "word-category": {  };
  "word-edit": {  };
  "word-edit-title": {  };
  "word-new-title": {  };
  "word-other-lang": {  };
  "word-other-text": {  };
  "word-record-other": {  };
  "word-record-work": {  };
  "word-remove": {  };
  "word-save": {  };
  "word-saved": {  };
  "word-say-it": {  };
  "word-spelling": {  };
  "word-spelling-save": {  };
  "word-take-picture": {  };
  "word-text": {  };
  "words-add": {  };
  "words-category-cleaning": {  };
  "words-category-fridge": {  };
  "words-category-hygiene": {  };
  "words-category-ingredients": {  };
  "words-category-kitchen-tools": {  };
  "words-category-new-words": {  };
  "words-category-serving": {  };
  "words-category-working-life": {  };
  "words-known": { count: string | number };
  "words-practise": {  };
  "words-search": {  };
  "words-search-none": {  };
  "words-title": {  };
  "workspace-calm": {  };
  "workspace-last-day": { date: string | number };
  "workspace-never-seen": {  };
  "workspace-no-day": {  };
  "workspace-review": {  };
  "workspace-seen": { date: string | number };
  "workspace-today": {  };
  "workspace-today-lead": {  };
}

export type MessageId = keyof MessageArgs;

/** Every command of the core, as the UI calls it (listed once in src/api/commands.rs). */
export interface Commands {
  /** Everything the first screen needs in one call. */
  appState(): Promise<AppState>;
  /** The UI shows its first screen and can be touched (logged for the start-up benchmark). */
  firstScreenShown(screen: string, pageMs: number): Promise<void>;
  /** Choose the language of the shared screens. */
  setDeviceLanguage(tag: string): Promise<void>;
  /** First run: create the café and its first mentor (signed in at once). */
  setupCafe(setup: CafeSetup): Promise<Session>;
  /** Everyone on the wall of faces. */
  people(): Promise<Array<Person>>;
  /** A trainee signs in with her three pictures. */
  loginWithPin(personId: string, pin: Array<PictureId>): Promise<Session>;
  /** A mentor signs in with her password. */
  loginWithPassword(personId: string, password: string): Promise<Session>;
  /** The signed-in person chooses the language the app speaks to her. */
  setMyLanguage(tag: string): Promise<Session>;
  logout(): Promise<void>;
  /** A mentor adds a trainee (photo imported first). */
  addTrainee(trainee: NewTrainee): Promise<Person>;
  /** A mentor gives a trainee a new picture PIN (she forgot hers). */
  setPicturePin(personId: string, pin: Array<PictureId>): Promise<void>;
  /** The audio (or the sentence) for a prompt. */
  speak(request: SpeechRequest): Promise<Speech>;
  /** A written text read aloud (a mentor's comment). */
  speakText(lang: string, text: string): Promise<Speech>;
  /** Which language a trainee's captions show first (mentors). */
  setCaptionOrder(personId: string, workLanguageFirst: boolean): Promise<Person>;
  /** Minutes without a touch before this device signs out by itself (mentors; 0: never). */
  setIdleSignOut(minutes: number): Promise<void>;
  /** This device's name, where it listens, and the paired devices. */
  syncStatus(): Promise<SyncStatus>;
  /** "Connect a tablet": a six-digit code and a QR code. */
  openPairing(): Promise<PairingView>;
  closePairing(): Promise<void>;
  /** Join the device at `address` with the code it shows. */
  pairWith(address: string, code: string): Promise<PeerView>;
  /** Unpair a device (a lost tablet); with a mentor signed in, retire it from the café. */
  unpair(peerId: string): Promise<void>;
  /** The changes other devices sent that were refused here: who, what, when, why (mentors). */
  quarantine(): Promise<Quarantine>;
  /** A mentor adds a mentor with a first password. */
  addMentor(mentor: NewMentor): Promise<Person>;
  /** The signed-in mentor changes her password (her key is sealed again). */
  changeMyPassword(oldPassword: string, newPassword: string): Promise<void>;
  /** A mentor gives another mentor a new password (and a new key). */
  resetMentorPassword(personId: string, password: string): Promise<void>;
  /** A mentor leaves the café: she can no longer sign in; her keys are withdrawn. */
  retireMentor(personId: string): Promise<void>;
  /** Every task card (the starter cards and the café's own), hidden or not. */
  diaryTasks(): Promise<Array<TaskCard>>;
  /** Add one of the café's own task cards, or change one (mentors with their key). */
  saveTaskCard(card: TaskCardInput): Promise<Array<TaskCard>>;
  /** Take a task card off her choices, or put it back (mentors with their key). */
  setTaskCardHidden(id: string, hidden: boolean): Promise<Array<TaskCard>>;
  /** Today's page for the signed-in trainee. */
  myDay(): Promise<DayView>;
  setMyTasks(tasks: Array<string>): Promise<DayView>;
  setMyMood(mood: Mood): Promise<DayView>;
  /** Record from the microphone (natively in the app). */
  startRecording(): Promise<void>;
  /** Seconds recorded so far (null when not recording), for the timer. */
  recordingSeconds(): Promise<number | null>;
  stopRecording(): Promise<Clip>;
  addMyVoiceNote(clip: Clip): Promise<DayView>;
  addMyWord(photo: PhotoRef | null, clip: Clip): Promise<DayView>;
  /** A trainee's earlier days, newest first. */
  diaryDays(personId: string): Promise<Array<DaySummary>>;
  diaryDay(dayId: string): Promise<DayView>;
  markCommentsSeen(dayId: string): Promise<void>;
  /** A mentor comments on a day, in words, with a voice note, or both. */
  addComment(dayId: string, text: string, clip: Clip | null): Promise<DayView>;
  /** A mentor writes the spelling of a new word. */
  setWordText(itemId: string, text: string): Promise<void>;
  /** The word bank's category cards. */
  wordCategories(): Promise<Array<CategoryView>>;
  /** The words of one category, in the working language and the reader's own. */
  wordsIn(category: Category): Promise<Array<WordView>>;
  word(id: string): Promise<WordView>;
  /** One word with `lang` as its second language (a mentor editing a translation). */
  wordIn(id: string, lang: string): Promise<WordView>;
  /** Words whose text in either language answers what was typed. */
  findWords(query: string): Promise<Array<WordView>>;
  /** A mentor or trainee adds a word (photo and recordings stored first). */
  addWord(word: NewWord): Promise<WordView>;
  /** Change a word's text, group, photo or recordings, in the working language or another. */
  editWord(edit: WordEdit): Promise<WordView>;
  /** A mentor removes a word from the bank (diaries keep what they show). */
  removeWord(id: string): Promise<void>;
  /** A trainee's competences: every aim for a mentor, the aims of her plan for herself. */
  competences(personId: string): Promise<Competences>;
  /** The signed-in trainee's own competences. */
  myCompetences(): Promise<Competences>;
  /** One aim of a trainee's in full: marks (signatures checked), ratings, evidence, suggestions. */
  competenceAim(personId: string, aim: string): Promise<AimDetail>;
  /** A mentor puts an aim in a trainee's plan or takes it out. */
  setPlan(personId: string, aim: string, inPlan: boolean): Promise<Competences>;
  /** The signed-in trainee rates herself on an aim of her plan. */
  rateAim(aim: string, level: Level): Promise<AimView>;
  /** Link a piece of her work to an aim as evidence (she herself, or a mentor). */
  linkEvidence(personId: string, aim: string, kind: EvidenceKind, refId: string): Promise<AimDetail>;
  unlinkEvidence(evidenceId: string): Promise<AimDetail>;
  /** A mentor signs P, F or K on an aim, with her key. */
  markAim(request: MarkRequest): Promise<AimDetail>;
  /** Her aims by mark at the end of each of the last twelve months. */
  competenceProgress(personId: string): Promise<CompetenceProgress>;
  /** Every trainee's totals (mentors). */
  groupCompetences(): Promise<Array<TraineeStanding>>;
  /** The monthly report to NAV ("YYYY-MM"), of one trainee or the group, saved as PDF and CSV (mentors). */
  monthlyReport(month: string, personId: string | null): Promise<SavedReport>;
  /** An aim she holds at K as a signed Open Badges 3.0 credential, saved as JSON and a baked PNG (mentors). */
  issueCredential(personId: string, aim: string): Promise<IssuedCredential>;
  /** Save a trainee's certificate of competence as a PDF, and print it when asked (mentors). */
  printCertificate(personId: string, send: boolean): Promise<PrintedPdf>;
  /** The signed-in trainee's practice session now. */
  practiceSession(): Promise<PracticeSession>;
  /** Her answer to one practice card. */
  answerPractice(answer: Answer): Promise<Answered>;
  /** Her streak, the words she knows, what is waiting. */
  wordProgress(): Promise<WordProgress>;
  /** Every recipe as a picture card: the café's own, then the starter recipes. */
  recipes(): Promise<Array<RecipeCard>>;
  /** One recipe for a number of portions (its own number when none). */
  recipe(id: string, portions: number | null): Promise<RecipeView>;
  /** The ingredients to pick by picture, with their allergens. */
  ingredients(): Promise<Array<IngredientView>>;
  /** Make a food word an ingredient, with the allergens she thinks it has. */
  addIngredient(wordId: string, allergens: Array<string>, kind: FoodKind): Promise<IngredientView>;
  /** A mentor checks or corrects an ingredient's allergens. */
  checkIngredient(id: string, allergens: Array<string>, kind: FoodKind): Promise<IngredientView>;
  /** Start a recipe (photo and spoken name first; text may come later). */
  addRecipe(recipe: NewRecipe): Promise<RecipeView>;
  editRecipe(edit: RecipeEdit): Promise<RecipeView>;
  /** A mentor removes one of the café's recipes. */
  removeRecipe(id: string): Promise<void>;
  /** Make a starter recipe the café's own, to change it. */
  copyRecipe(id: string): Promise<RecipeView>;
  /** A step at the end of a recipe: photo, voice, text, timer. */
  addStep(step: NewStep): Promise<RecipeView>;
  editStep(edit: StepEdit): Promise<RecipeView>;
  /** Move a step to another place (from 0). */
  moveStep(id: string, to: number): Promise<RecipeView>;
  removeStep(id: string): Promise<RecipeView>;
  /** Add an ingredient with how much of it, to the recipe or one of its steps. */
  addRecipeIngredient(recipeId: string, ingredientId: string, amount: number, unit: Unit, stepId: string | null): Promise<RecipeView>;
  removeRecipeIngredient(id: string): Promise<RecipeView>;
  /** The week menu of the week a day is in ("" for this week). */
  menuWeek(day: string): Promise<MenuWeek>;
  addToMenu(day: string, recipeId: string): Promise<MenuWeek>;
  removeFromMenu(dishId: string): Promise<MenuWeek>;
  /** Save the week menu as a PDF (with a second language if one is given), and print it if asked. */
  printWeekMenu(day: string, secondLang: string | null, send: boolean): Promise<PrintedPdf>;
  /** Save a recipe card as a PDF, and print it if asked. */
  printRecipeCard(id: string, portions: number | null, secondLang: string | null, send: boolean): Promise<PrintedPdf>;
  /** The food catalogue as picture cards: zone, temperature, days, allergens. */
  fridgeItems(): Promise<Array<FoodItemView>>;
  /** The rule pack of the café's country, with every rule's source. */
  fridgeRules(): Promise<RulesView>;
  /** A mentor sets how many days an item keeps in this café (null: the rule pack's). */
  setFridgeRoutine(item: string, keepsDays: number | null, note: string): Promise<FoodItemView>;
  /** Start a round of a fridge game. */
  startFridgePractice(game: FridgeGame): Promise<FridgeRound>;
  /** Her answer to one question of the round: right or not, and why. */
  answerFridgePractice(index: number, answer: FridgeAnswer): Promise<FridgeFeedback>;
  /** End the round: her result is stored as evidence. */
  finishFridgePractice(): Promise<FridgeResult>;
  /** A trainee's finished fridge rounds (she and her mentors). */
  fridgeEvidence(personId: string): Promise<Array<FridgeEvidence>>;
  /** What a label will say, before it is printed. */
  previewFridgeLabel(request: LabelRequest): Promise<LabelPreview>;
  /** Print a prep label (logged; saved as a PDF of the label's size; sent to the printer if asked). */
  printFridgeLabel(request: LabelRequest, send: boolean): Promise<PrintedLabel>;
  reprintFridgeLabel(id: string, send: boolean): Promise<PrintedLabel>;
  /** The labels printed, newest first. */
  fridgeLabels(): Promise<Array<LabelView>>;
  /** The morning check: today's readings, the limits, the last 30 days. */
  fridgeCheck(): Promise<FridgeCheckView>;
  /** Record a thermometer reading in tenths of a degree. */
  recordFridgeReading(zone: Zone, unit: string, tenths: number): Promise<ReadingSaved>;
  /** Every prompt of the recording studio, and whether `lang` has it recorded. */
  studioPrompts(lang: string): Promise<Array<PromptStatus>>;
  savePromptClip(lang: string, messageId: string, clip: Clip): Promise<void>;
  /** Every word of the bank and whether it is recorded in `lang`, missing first. */
  studioWords(lang: string): Promise<StudioWords>;
  /** The café's content in `lang`: every kind's progress, the items of `kind` recorded and written or not, missing first (mentors). */
  studioContent(lang: string, kind: ContentKind): Promise<StudioContent>;
  /** Record how a content item sounds in a language (mentors). */
  saveContentClip(lang: string, item: string, clip: Clip): Promise<void>;
  /** Write one of the café's own items in another language (mentors). */
  setContentText(lang: string, item: string, text: string): Promise<void>;
  /** Say a content item: the café's recording of it in `lang`, else `text` read aloud. */
  speakContent(item: string, lang: string, text: string): Promise<Speech>;
  /** Every language: prompts recorded in the app, of how many. */
  studioProgress(): Promise<Array<LanguageProgress>>;
  /** Save a language's recorded prompts as one file. */
  exportVoicePack(lang: string): Promise<VoicePackExport>;
  /** Archive a trainee who left, or bring her back (mentors). */
  setArchived(personId: string, archived: boolean): Promise<Person>;
  /** The café's country (its fridge rules) and the languages it offers (mentors with their key). */
  setCafeSettings(country: Country, languages: Array<string>): Promise<Cafe>;
  /** Add one of the café's own foods, or change one (mentors with their key). */
  saveOwnFood(food: FoodInput): Promise<FoodItemView>;
  /** Hide a food the café never uses, or bring it back (mentors with their key). */
  setFoodHidden(key: string, hidden: boolean): Promise<FoodItemView>;
  /** The café's own curriculum aims, and the code a new one is offered (mentors). */
  ownAims(): Promise<OwnAims>;
  /** Add one of the café's own aims, or change one (mentors with their key). */
  saveOwnAim(aim: OwnAimInput): Promise<OwnAims>;
  /** Today at a glance: every trainee with what is new, who needs the mentor first. */
  mentorToday(): Promise<Today>;
  /** One trainee's last days of work on one page (mentors). */
  reviewTrainee(personId: string, days: number): Promise<TraineeReview>;
  /** The mentor has seen everything of this trainee's until now. */
  markSeen(personId: string): Promise<void>;
  /** Suggest a word or a recipe for a trainee to practise next. */
  suggestPractice(personId: string, kind: SuggestionKind, refId: string): Promise<Array<SuggestionView>>;
  /** A trainee's charts: words she knows, right answers, days in her book, week by week. */
  traineeCharts(personId: string): Promise<TraineeCharts>;
  /** The group's charts, and the fridges' temperatures. */
  groupCharts(): Promise<GroupCharts>;
  /** What her mentors suggest the signed-in trainee practises. */
  mySuggestions(): Promise<Array<SuggestionView>>;
  /** Erase a trainee from this café, here and on every paired device (mentors with their key). */
  eraseTrainee(personId: string): Promise<ErasureDone>;
  /** A photo for a person's picture (mentors). */
  importPhoto(bytes: Uint8Array): Promise<PhotoRef>;
  /** A photo of what she made today. */
  addMyPhoto(bytes: Uint8Array): Promise<DayView>;
  /** A photo of hers kept for later (the picture of a new word). */
  importMyPhoto(bytes: Uint8Array): Promise<PhotoRef>;
  /** A WAV or Ogg/Opus recording made elsewhere. */
  importRecording(bytes: Uint8Array): Promise<Clip>;
  /** A voice pack made by this or another café (mentors). */
  importVoicePack(bytes: Uint8Array): Promise<VoicePackImport>;
  /** Start a sync in the background; its progress arrives as `sync` events. */
  syncNow(peerId: string | null): Promise<void>;
  /** Export everything about a trainee as a ZIP in Downloads; progress arrives as `progress` events. */
  exportTrainee(personId: string): Promise<ExportSummary>;
}
