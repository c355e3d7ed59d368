// Recipes of the in-memory mock backend: the real starter pack (assets/recipes and the
// word pack's names, read as files, not copied), the café's own recipes in memory, and
// the week menu. Amounts are scaled simply (the core's kitchen rounding is tested in
// Rust); allergens are derived from the pack's ingredients as the core does.

import type {
  Allergen, AllergenView, Bilingual, DietMark, DietView, FoodKind, IngredientLine, IngredientView, MenuDay, MenuWeek, NewRecipe,
  NewStep, Person, PrintedPdf, RecipeCard, RecipeEdit, RecipeView, StepEdit, StepView, Unit,
} from '../generated/types';
import { ALLERGENS } from '../generated/constants';
import { plain } from './i18n.svelte';
import { parseFtl } from './mockWords';

interface PackListing {
  ingredients: { key: string; word: string; allergens: string; kind: FoodKind }[];
  recipes: { key: string; origin: string; portions: number; picture: string; ingredients: [string, number, Unit, number][]; steps: [string, number][] }[];
}
const listing = Object.values(import.meta.glob('../../../assets/recipes/pack.json', { eager: true, import: 'default' }))[0] as PackListing;
const words = Object.values(import.meta.glob('../../../assets/words/pack.json', { eager: true, import: 'default' }))[0] as { words: { key: string; category: string }[] };
const recipeTexts = import.meta.glob('../../../assets/recipes/*.ftl', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;
const wordTexts = import.meta.glob('../../../assets/words/*.ftl', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

const byLang = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([path, source]) => [path.split('/').at(-1)!.replace('.ftl', ''), parseFtl(source)]));
const RECIPE_TEXT = byLang(recipeTexts);
const WORD_TEXT = byLang(wordTexts);
const bare = (text: string) => text.replace(/^(en|ei|et|ett) /, '');

interface Ingredient { id: string; word: string; codes: string[]; kind: FoodKind; checked: boolean; source: string }
interface Step { id: string; text: string; photo: string | null; voice: string | null; voice_ms: number; voice_lang: string; timer_s: number; picture: string | null }
interface Line { id: string; ingredient: string; amount: number; unit: Unit; step: string }
interface Recipe { id: string; title: Record<string, string>; country: string; cook: string; portions: number; picture: string | null; photo: string | null; voice: string | null; steps: Step[]; lines: Line[]; pack: boolean; stepTexts: Record<string, string>[] }

export function mockRecipes(opts: { me: () => Person | null; requireSignedIn: () => Person; requireMentor: () => Person; fail: (code: 'not-found' | 'invalid-input') => never }) {
  const ingredients = new Map<string, Ingredient>(listing.ingredients.map((i) => [`pack:${i.key}`, {
    id: `pack:${i.key}`, word: i.word, codes: i.allergens.split(' ').filter(Boolean), kind: i.kind, checked: true, source: 'Open Food Facts',
  }]));
  const recipes: Recipe[] = listing.recipes.map((r) => ({
    id: `pack:${r.key}`, country: r.origin, cook: '', portions: r.portions, picture: r.picture, photo: null, voice: null, pack: true,
    title: Object.fromEntries(Object.entries(RECIPE_TEXT).map(([lang, all]) => [lang, all[r.key] ?? ''])),
    stepTexts: r.steps.map((_, n) => Object.fromEntries(Object.entries(RECIPE_TEXT).map(([lang, all]) => [lang, all[`${r.key}-${n + 1}`] ?? '']))),
    steps: r.steps.map(([picture, timer], n) => ({ id: `pack:${r.key}/${n + 1}`, text: '', photo: null, voice: null, voice_ms: 0, voice_lang: '', timer_s: timer, picture: picture || null })),
    lines: r.ingredients.map(([ingredient, amount, unit, step], n) => ({ id: `${r.key}-l${n}`, ingredient: `pack:${ingredient}`, amount, unit, step: `pack:${r.key}/${step}` })),
  }));
  const menu: { id: string; day: string; recipe: string }[] = [];
  let made = 0;
  const newId = (what: string) => `${what}-${++made}`;

  const home = () => opts.me()?.home_lang ?? 'nb';
  const both = (id: string, lang = home()): Bilingual => ({ work: plain(id as 'recipe-title', undefined, 'nb'), home: plain(id as 'recipe-title', undefined, lang) });
  const allergenViews = (codes: string[], lang = home()): AllergenView[] => {
    const kinds = new Map<Allergen, string[]>();
    for (const code of codes) {
      const [a, kind] = code.split(':') as [Allergen, string | undefined];
      const have = kinds.get(a) ?? [];
      if (kind && !have.includes(kind)) have.push(kind);
      kinds.set(a, have);
    }
    return ALLERGENS.filter((a) => kinds.has(a)).map((a) => {
      const named = (l: string) => {
        const base = plain(`allergen-${a}` as 'recipe-title', undefined, l);
        const k = kinds.get(a)!;
        return k.length ? `${base} (${k.map((x) => plain(`allergen-kind-${x}` as 'recipe-title', undefined, l)).join(', ')})` : base;
      };
      return { allergen: a, kinds: kinds.get(a)!, name: { work: named('nb'), home: named(lang) } };
    });
  };
  const dietOf = (kinds: FoodKind[], lang = home()): DietView[] => {
    const meat = kinds.some((k) => ['fish', 'shellfish', 'meat', 'halal-meat', 'pork'].includes(k));
    const marks: DietMark[] = [];
    if (!meat && !kinds.some((k) => ['dairy', 'egg', 'other-animal'].includes(k))) marks.push('vegan');
    else if (!meat) marks.push('vegetarian');
    if (!kinds.some((k) => ['pork', 'alcohol', 'meat'].includes(k))) marks.push('halal');
    if (kinds.includes('pork')) marks.push('pork');
    return marks.map((mark) => ({ mark, name: both(`diet-${mark}`, lang) }));
  };
  const wordName = (ingredient: Ingredient | undefined, lang: string) => {
    const key = ingredient?.word.replace(/^pack:/, '') ?? '';
    return bare(WORD_TEXT[lang]?.[key] ?? WORD_TEXT.nb?.[key] ?? key);
  };
  const amountText = (amount: number, unit: Unit, lang: string) => {
    const u = plain(`recipe-unit-${unit}` as 'recipe-title', undefined, lang);
    if (unit === 'to-taste') return u;
    const n = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en', { maximumFractionDigits: 1 }).format(amount);
    return `${n} ${u}`;
  };
  const lineView = (r: Recipe, l: Line, portions: number): IngredientLine => {
    const ing = ingredients.get(l.ingredient);
    const amount = l.unit === 'to-taste' ? 0 : (l.amount * portions) / r.portions;
    return {
      id: r.pack ? '' : l.id, ingredient_id: l.ingredient, word_id: ing ? (ing.word.startsWith('pack:') ? ing.word : `pack:${ing.word}`) : '',
      name: { work: wordName(ing, 'nb'), home: wordName(ing, home()) }, picture: ing?.word.replace(/^pack:/, '') ?? null, photo_thumb: null,
      amount: { work: amountText(amount, l.unit, 'nb'), home: amountText(amount, l.unit, home()) }, amount_milli: Math.round(amount * 1000), unit: l.unit,
      step_id: l.step, allergens: [...new Set((ing?.codes ?? []).map((c) => c.split(':')[0] as Allergen))], checked: ing?.checked ?? false,
    };
  };
  const card = (r: Recipe): RecipeCard => {
    const used = r.lines.map((l) => ingredients.get(l.ingredient)).filter((i): i is Ingredient => !!i);
    const title = { work: r.title.nb || plain('recipe-untitled', undefined, 'nb'), home: r.title[home()] || r.title.nb || plain('recipe-untitled', undefined, home()) };
    const proud = (l: string, t: string) => (r.cook && !t.includes(r.cook) ? plain('recipe-proud-title', { cook: r.cook, title: t }, l) : t);
    return {
      id: r.id, title, proud_title: { work: proud('nb', title.work), home: proud(home(), title.home) }, picture: r.photo ? null : r.picture ?? 'cooking',
      photo_thumb: r.photo, country: r.country, country_name: r.country ? both(`country-${r.country.toLowerCase()}`) : { work: '', home: '' }, cook: r.cook,
      allergens: allergenViews(used.flatMap((i) => i.codes)), diet: dietOf(used.map((i) => i.kind)), from_pack: r.pack,
      unchecked: used.some((i) => !i.checked),
    };
  };
  const view = (r: Recipe, portions = r.portions): RecipeView => {
    if (!Number.isInteger(portions) || portions < 1 || portions > 500) opts.fail('invalid-input');
    const lines = r.lines.map((l) => lineView(r, l, portions));
    const steps: StepView[] = r.steps.map((s, n) => ({
      id: s.id, number: n + 1, picture: s.picture, photo: s.photo, photo_thumb: s.photo, voice: s.voice, voice_ms: s.voice_ms, voice_lang: s.voice_lang,
      timer_s: s.timer_s, ingredients: lines.filter((l) => l.step_id === s.id),
      text: r.pack ? { work: r.stepTexts[n].nb, home: r.stepTexts[n][home()] || r.stepTexts[n].nb } : { work: s.text, home: s.text },
    }));
    return { card: card(r), work_lang: 'nb', home_lang: home(), portions: r.portions, shown_portions: portions, photo: r.photo, title_voice: r.voice, ingredients: lines, steps };
  };
  const find = (id: string) => recipes.find((r) => r.id === id) ?? opts.fail('not-found');
  const own = (id: string) => {
    const r = find(id);
    if (r.pack) opts.fail('invalid-input');
    return r;
  };
  const stepOf = (id: string) => {
    const r = recipes.find((x) => x.steps.some((s) => s.id === id)) ?? opts.fail('not-found');
    return { r, at: r.steps.findIndex((s) => s.id === id) };
  };
  const monday = (day: string) => {
    const d = day ? new Date(`${day}T12:00:00Z`) : new Date();
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d;
  };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const week = (day: string): MenuWeek => {
    const first = monday(day);
    const days: MenuDay[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((name, i) => {
      const d = new Date(first);
      d.setUTCDate(first.getUTCDate() + i);
      const date = iso(d);
      return {
        day: date, weekday: both(`weekday-${name}`), date: { work: date.split('-').reverse().join('.'), home: date.split('-').reverse().join('.') },
        dishes: menu.filter((m) => m.day === date).flatMap((m) => {
          const r = recipes.find((x) => x.id === m.recipe);
          return r ? [{ id: m.id, recipe: card(r) }] : [];
        }),
      };
    });
    const jan4 = new Date(Date.UTC(first.getUTCFullYear(), 0, 4));
    const weekNo = 1 + Math.round((first.getTime() - monday(iso(jan4)).getTime()) / (7 * 86_400_000));
    const codes = days.flatMap((d) => d.dishes.flatMap((dish) => find(dish.recipe.id).lines.flatMap((l) => ingredients.get(l.ingredient)?.codes ?? [])));
    return { monday: iso(first), week: weekNo, days, allergens: allergenViews(codes) };
  };
  const printed = (name: string, send: boolean): PrintedPdf => ({
    path: `/home/mentor/.local/share/Mestre/prints/${name}.pdf`, sent: false, problem: send ? plain('error-printer-unavailable') : '',
  });

  return {
    async recipes() { opts.requireSignedIn(); return [...recipes.filter((r) => !r.pack).reverse(), ...recipes.filter((r) => r.pack)].map(card); },
    async recipe(id: string, portions: number | null) { opts.requireSignedIn(); const r = find(id); return view(r, portions ?? r.portions); },
    async ingredients(): Promise<IngredientView[]> {
      opts.requireSignedIn();
      // Food words that are no ingredient yet: picked, they become one for a mentor to check.
      const used = new Set([...ingredients.values()].map((i) => i.word.replace(/^pack:/, '')));
      const more = words.words.filter((w) => w.category === 'ingredients' && !used.has(w.key))
        .map((w): Ingredient => ({ id: `ing:pack:${w.key}`, word: w.key, codes: [], kind: 'plant', checked: false, source: '' }));
      return [...ingredients.values(), ...more].map((i) => ({
        id: i.id, word_id: i.word.startsWith('pack:') ? i.word : `pack:${i.word}`, name: { work: wordName(i, 'nb'), home: wordName(i, home()) },
        picture: i.word.replace(/^pack:/, ''), photo_thumb: null, allergens: [...new Set(i.codes.map((c) => c.split(':')[0] as Allergen))], allergen_codes: i.codes,
        kind: i.kind, checked: i.checked, source: i.source,
      })).sort((a, b) => a.name.work.localeCompare(b.name.work));
    },
    async addIngredient(wordId: string, allergens: string[], kind: FoodKind) {
      opts.requireSignedIn();
      const id = `ing:${wordId}`;
      if (!ingredients.has(id)) ingredients.set(id, { id, word: wordId, codes: allergens, kind, checked: false, source: '' });
      return (await this.ingredients()).find((i) => i.id === id)!;
    },
    async checkIngredient(id: string, allergens: string[], kind: FoodKind) {
      const mentor = opts.requireMentor();
      const ing = ingredients.get(id) ?? opts.fail('not-found');
      Object.assign(ing, { codes: allergens, kind, checked: true, source: mentor.name });
      return (await this.ingredients()).find((i) => i.id === id)!;
    },
    async addRecipe(recipe: NewRecipe) {
      const me = opts.requireSignedIn();
      const r: Recipe = {
        id: newId('recipe'), title: { nb: recipe.title.trim() }, country: recipe.country.toUpperCase(), cook: recipe.cook.trim() || me.name,
        portions: recipe.portions || 4, picture: 'cooking', photo: recipe.photo?.photo ?? null, voice: recipe.title_voice?.voice ?? null,
        steps: [], lines: [], pack: false, stepTexts: [],
      };
      recipes.push(r);
      return view(r);
    },
    async editRecipe(edit: RecipeEdit) {
      opts.requireSignedIn();
      const r = own(edit.id);
      if (edit.title != null) r.title = { nb: edit.title.trim() };
      if (edit.country != null) r.country = edit.country.toUpperCase();
      if (edit.cook != null) r.cook = edit.cook.trim();
      if (edit.portions != null) r.portions = edit.portions;
      if (edit.photo) r.photo = edit.photo.photo;
      if (edit.title_voice) r.voice = edit.title_voice.voice;
      return view(r);
    },
    async removeRecipe(id: string) { opts.requireMentor(); own(id); recipes.splice(recipes.findIndex((r) => r.id === id), 1); },
    async copyRecipe(id: string) {
      const me = opts.requireSignedIn();
      const from = view(find(id));
      const r: Recipe = {
        id: newId('recipe'), title: { nb: from.card.title.work }, country: from.card.country, cook: '', portions: from.portions, picture: find(id).picture,
        photo: null, voice: null, pack: false, stepTexts: [], lines: [],
        steps: from.steps.map((s) => ({ id: newId('step'), text: s.text.work, photo: null, voice: null, voice_ms: 0, voice_lang: '', timer_s: s.timer_s, picture: s.picture })),
      };
      r.lines = from.ingredients.map((l) => ({ id: newId('line'), ingredient: l.ingredient_id, amount: l.amount_milli / 1000, unit: l.unit, step: r.steps[from.steps.findIndex((s) => s.id === l.step_id)]?.id ?? '' }));
      void me;
      recipes.push(r);
      return view(r);
    },
    async addStep(step: NewStep) {
      const me = opts.requireSignedIn();
      const r = own(step.recipe_id);
      if (!step.text.trim() && !step.photo && !step.voice) opts.fail('invalid-input');
      if (step.timer_s < 0 || step.timer_s > 86_400) opts.fail('invalid-input');
      r.steps.push({ id: newId('step'), text: step.text.trim(), photo: step.photo?.photo ?? null, voice: step.voice?.voice ?? null, voice_ms: step.voice?.duration_ms ?? 0,
        voice_lang: step.voice ? step.voice_lang || me.home_lang : '', timer_s: step.timer_s, picture: null });
      return view(r);
    },
    async editStep(edit: StepEdit) {
      opts.requireSignedIn();
      const { r, at } = stepOf(edit.id);
      const s = r.steps[at];
      if (edit.text != null) s.text = edit.text.trim();
      if (edit.photo) s.photo = edit.photo.photo;
      if (edit.voice) { s.voice = edit.voice.voice; s.voice_ms = edit.voice.duration_ms; }
      if (edit.timer_s != null) s.timer_s = edit.timer_s;
      return view(r);
    },
    async moveStep(id: string, to: number) {
      opts.requireSignedIn();
      const { r, at } = stepOf(id);
      const [s] = r.steps.splice(at, 1);
      r.steps.splice(Math.min(to, r.steps.length), 0, s);
      return view(r);
    },
    async removeStep(id: string) {
      opts.requireSignedIn();
      const { r, at } = stepOf(id);
      r.steps.splice(at, 1);
      for (const l of r.lines) if (l.step === id) l.step = '';
      return view(r);
    },
    async addRecipeIngredient(recipeId: string, ingredientId: string, amount: number, unit: Unit, stepId: string | null) {
      opts.requireSignedIn();
      const r = own(recipeId);
      if (!ingredients.has(ingredientId)) {
        if (!ingredientId.startsWith('ing:pack:')) opts.fail('not-found');
        ingredients.set(ingredientId, { id: ingredientId, word: ingredientId.slice(4), codes: [], kind: 'plant', checked: false, source: '' });
      }
      if (!Number.isFinite(amount) || amount < 0) opts.fail('invalid-input');
      r.lines.push({ id: newId('line'), ingredient: ingredientId, amount, unit, step: stepId ?? '' });
      return view(r);
    },
    async removeRecipeIngredient(id: string) {
      opts.requireSignedIn();
      const r = recipes.find((x) => x.lines.some((l) => l.id === id)) ?? opts.fail('not-found');
      r.lines = r.lines.filter((l) => l.id !== id);
      return view(r);
    },
    async menuWeek(day: string) { opts.requireSignedIn(); return week(day); },
    async addToMenu(day: string, recipeId: string) {
      opts.requireSignedIn();
      find(recipeId);
      menu.push({ id: newId('dish'), day, recipe: recipeId });
      return week(day);
    },
    async removeFromMenu(dishId: string) {
      opts.requireSignedIn();
      const at = menu.findIndex((m) => m.id === dishId);
      if (at < 0) opts.fail('not-found');
      const [dish] = menu.splice(at, 1);
      return week(dish.day);
    },
    async printWeekMenu(day: string, _secondLang: string | null, send: boolean) { opts.requireMentor(); return printed(`meny-uke-${week(day).week}-${iso(monday(day))}`, send); },
    async printRecipeCard(id: string, _portions: number | null, _secondLang: string | null, send: boolean) { opts.requireMentor(); return printed(find(id).title.nb, send); },
  };
}
