// Generated from the Rust core by `cargo test` (MESTRE_BLESS=1 rewrites it). Do not edit.

import type { Allergen, Area, ContentKind, EvidenceKind, FoodEvent, FoodKind, FridgeGame, LabelSize, Level, LocaleInfo, Mark, Mood, PictureId, Task, Unit, Zone } from './types';

/** The locales Mestre ships, in the order of the language screen. */
export const LOCALES: readonly LocaleInfo[] = [
  {"tag":"nb","native_name":"Norsk bokmål","english_name":"Norwegian Bokmål","rtl":false},
  {"tag":"nn","native_name":"Norsk nynorsk","english_name":"Norwegian Nynorsk","rtl":false},
  {"tag":"sv","native_name":"Svenska","english_name":"Swedish","rtl":false},
  {"tag":"en","native_name":"English","english_name":"English","rtl":false},
  {"tag":"ar","native_name":"العربية","english_name":"Arabic","rtl":true},
  {"tag":"so","native_name":"Soomaali","english_name":"Somali","rtl":false},
  {"tag":"ti","native_name":"ትግርኛ","english_name":"Tigrinya","rtl":false},
  {"tag":"prs","native_name":"دری","english_name":"Dari","rtl":true},
  {"tag":"fa","native_name":"فارسی","english_name":"Persian","rtl":true},
  {"tag":"ps","native_name":"پښتو","english_name":"Pashto","rtl":true},
  {"tag":"uk","native_name":"Українська","english_name":"Ukrainian","rtl":false},
  {"tag":"ku","native_name":"Kurdî (Kurmancî)","english_name":"Kurdish (Kurmanji)","rtl":false},
];

/** Locales written right to left. */
export const RTL_LOCALES: readonly string[] = ["ar", "prs", "fa", "ps"];

/** Locales no synthetic voice can read: Norwegian speaks until someone records them. */
export const LOCALES_WITHOUT_VOICE: readonly string[] = ["so", "ti", "ps"];

/** The twelve pictures of the picture PIN, in grid order. */
export const PICTURES: readonly PictureId[] = ["apple", "fish", "sun", "cat", "car", "flower", "house", "star", "cup", "tree", "bread", "heart"];

/** The task cards of "my day". */
export const TASKS: readonly Task[] = [
  {"id":"wash-hands","area":"kitchen"},
  {"id":"cut-vegetables","area":"kitchen"},
  {"id":"peel-potatoes","area":"kitchen"},
  {"id":"bake-bread","area":"kitchen"},
  {"id":"bake-cakes","area":"kitchen"},
  {"id":"make-soup","area":"kitchen"},
  {"id":"make-salad","area":"kitchen"},
  {"id":"cook-rice","area":"kitchen"},
  {"id":"make-sandwiches","area":"kitchen"},
  {"id":"make-coffee","area":"kitchen"},
  {"id":"weigh-ingredients","area":"kitchen"},
  {"id":"check-temperature","area":"kitchen"},
  {"id":"label-food","area":"kitchen"},
  {"id":"fill-fridge","area":"kitchen"},
  {"id":"receive-goods","area":"kitchen"},
  {"id":"make-waffles","area":"kitchen"},
  {"id":"wash-dishes","area":"cleaning"},
  {"id":"load-dishwasher","area":"cleaning"},
  {"id":"clean-surfaces","area":"cleaning"},
  {"id":"sweep-floor","area":"cleaning"},
  {"id":"mop-floor","area":"cleaning"},
  {"id":"take-out-rubbish","area":"cleaning"},
  {"id":"sort-recycling","area":"cleaning"},
  {"id":"clean-toilet","area":"cleaning"},
  {"id":"serve-customer","area":"serving"},
  {"id":"take-order","area":"serving"},
  {"id":"use-till","area":"serving"},
  {"id":"set-tables","area":"serving"},
  {"id":"clear-tables","area":"serving"},
  {"id":"greet-customer","area":"serving"},
  {"id":"fill-display","area":"serving"},
  {"id":"team-meeting","area":"serving"},
];

/** Where tasks happen: the groups of task cards, in order. */
export const AREAS: readonly Area[] = ["kitchen", "cleaning", "serving"];

/** How the day felt, as faces. */
export const MOODS: readonly Mood[] = ["great", "good", "ok", "tired", "hard"];

/** Wrong tries before a lock-out, and the minutes of the 1st, 2nd, 3rd and later lock-outs. */
export const LOCKOUT = { triesBeforeLock: 5, minutes: [1, 5, 15, 60] } as const;

/** The shortest password a mentor may choose. */
export const MIN_PASSWORD_CHARS = 8;

/** The countries a recipe can come from (ISO 3166 codes). */
export const COUNTRIES: readonly string[] = ["NO", "SE", "ER", "ET", "SO", "SY", "AF", "UA", "IQ", "IR", "SD", "PS", "TR"];

/** The 14 allergens of EU 1169/2011 Annex II, in its order. */
export const ALLERGENS: readonly Allergen[] = ["gluten", "crustaceans", "eggs", "fish", "peanuts", "soy", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs"];

/** The kinds the law asks to name (cereals with gluten, nuts). */
export const ALLERGEN_KINDS: Partial<Record<Allergen, readonly string[]>> = { gluten: ["wheat", "rye", "barley", "oats", "spelt", "kamut"], nuts: ["almond", "hazelnut", "walnut", "cashew", "pecan", "brazil-nut", "pistachio", "macadamia"] };

/** What kind of food an ingredient is. */
export const FOOD_KINDS: readonly FoodKind[] = ["plant", "dairy", "egg", "fish", "shellfish", "meat", "halal-meat", "pork", "alcohol", "other-animal"];

/** The units an amount can be written in. */
export const UNITS: readonly Unit[] = ["g", "kg", "ml", "dl", "l", "tsp", "tbsp", "piece", "pinch", "to-taste"];

/** Where food is kept. */
export const ZONES: readonly Zone[] = ["fridge", "freezer", "dry"];

/** The zones read in the morning check. */
export const READ_ZONES: readonly Zone[] = ["fridge", "freezer"];

/** The coldest and warmest reading accepted, in tenths of a degree. */
export const READING_RANGE = { min: -500, max: 1000 } as const;

/** What starts an item's days. */
export const FOOD_EVENTS: readonly FoodEvent[] = ["made", "opened", "thawed", "delivered"];

/** The four fridge games, in the order they are offered. */
export const FRIDGE_GAMES: readonly FridgeGame[] = ["where-does-it-go", "how-cold", "write-the-label", "first-in-first-out"];

/** The label sizes Mestre prints. */
export const LABEL_SIZES: readonly LabelSize[] = ["62mm", "57x32mm"];

/** How she rates herself, as three faces, from "can't yet" to "on my own". */
export const LEVELS: readonly Level[] = ["cant-yet", "with-help", "on-my-own"];

/** A mentor's marks, in their order: P, F, K. */
export const MARKS: readonly Mark[] = ["started", "completed", "checked"];

/** The letter a training book writes for each mark. */
export const MARK_LETTERS: Readonly<Record<Mark, string>> = { "started": "P", "completed": "F", "checked": "K" };

/** What may be linked to an aim as evidence. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ["diary-day", "photo", "voice-note", "fridge-practice", "word-practice"];

/** The pictures a task card of the café's own may have (a photo is the other choice). */
export const OWN_TASK_PICTURES: readonly string[] = ["task-wash-hands", "task-cut-vegetables", "task-peel-potatoes", "task-bake-bread", "task-bake-cakes", "task-make-soup", "task-make-salad", "task-cook-rice", "task-make-sandwiches", "task-make-coffee", "task-weigh-ingredients", "task-check-temperature", "task-label-food", "task-fill-fridge", "task-receive-goods", "task-make-waffles", "task-wash-dishes", "task-load-dishwasher", "task-clean-surfaces", "task-sweep-floor", "task-mop-floor", "task-take-out-rubbish", "task-sort-recycling", "task-clean-toilet", "task-serve-customer", "task-take-order", "task-use-till", "task-set-tables", "task-clear-tables", "task-greet-customer", "task-fill-display", "task-team-meeting", "kitchen", "cleaning", "serving"];

/** The pictures a food of the café's own may have (word and recipe pictures). */
export const OWN_FOOD_PICTURES: readonly string[] = ["chicken", "minced-meat", "meat", "lamb", "sausage", "bacon", "fish", "shrimps", "cooked-rice", "soup", "stew", "curry", "pasta", "potato", "lentils", "egg", "falafel", "stock", "tomato", "yoghurt", "chickpeas", "oil", "milk", "cream", "sour-cream", "cheese", "butter", "carrot", "salad", "melon", "herbs", "sandwich", "wrap", "layer-cake", "cupcake", "waffle", "pancakes", "tin", "coconut", "juice", "jam", "peas", "ice-cream", "blueberries", "baguette", "flour", "rice", "sugar", "oats", "cumin", "coffee", "honey", "onion", "bread", "apple", "aubergine", "avocado", "bagel", "banana", "beans", "beetroot", "bell-pepper", "broccoli", "cabbage", "cardamom", "celery", "cherries", "chili", "chocolate", "cinnamon", "corn", "croissant", "cucumber", "garlic", "ginger", "grapes", "green-apple", "kiwi", "lemon", "lime", "mango", "mushroom", "mustard", "naan", "olive", "orange", "peach", "peanuts", "pear", "pepper", "pineapple", "salt", "sesame", "spinach", "strawberry", "sweet-potato", "water", "watermelon", "yeast"];

/** The pictures an aim of the café's own may have. */
export const OWN_AIM_PICTURES: readonly string[] = ["task-wash-hands", "task-wash-dishes", "aim-gloves", "task-check-temperature", "task-receive-goods", "aim-recipe", "aim-food-culture", "task-make-salad", "task-label-food", "task-fill-display", "aim-first-aid", "task-serve-customer", "aim-handshake", "aim-ruler", "laptop", "aim-clipboard", "aim-window", "aim-money", "aim-goggles", "aim-sponge", "aim-phone", "task-mop-floor", "aim-chemicals", "aim-microscope", "aim-soap", "aim-thermometer", "aim-bucket", "aim-calendar", "task-sort-recycling", "aim-safety-vest", "aim-rules", "aim-team", "aim-colleagues", "aim-scroll", "aim-family", "aim-history", "task-cut-vegetables", "task-peel-potatoes", "task-bake-bread", "task-bake-cakes", "task-make-soup", "task-cook-rice", "task-make-sandwiches", "task-make-coffee", "task-weigh-ingredients", "task-fill-fridge", "task-make-waffles", "task-load-dishwasher", "task-clean-surfaces", "task-sweep-floor", "task-take-out-rubbish", "task-clean-toilet", "task-take-order", "task-use-till", "task-set-tables", "task-clear-tables", "task-greet-customer", "task-team-meeting", "aim-medal", "aim-certificate"];

/** The kinds of content the studio lists, in its order. */
export const CONTENT_KINDS: readonly ContentKind[] = ["task", "food", "aim", "aim-plain", "recipe", "step"];
