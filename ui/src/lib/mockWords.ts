// The word bank of the in-memory mock backend: the real starter pack (assets/words,
// read as files, not copied) and a small scheduler in the shape of the core's (learning
// steps of minutes, then days that grow). Browser tests exercise the screens with it;
// the core's FSRS schedule is tested in Rust.

import type {
  Answer, Answered, Category, CategoryView, NewWord, Person, PracticeCard, PracticeMode, PracticeSession, StudioWords, WordEdit, WordProgress,
  WordSide, WordView,
} from '../generated/types';

const listing = import.meta.glob('../../../assets/words/pack.json', { eager: true, import: 'default' }) as Record<string, { words: { key: string; category: Category }[] }>;
const texts = import.meta.glob('../../../assets/words/*.ftl', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

const CATEGORIES: Category[] = ['kitchen-tools', 'ingredients', 'hygiene', 'cleaning', 'fridge', 'serving', 'working-life', 'new-words'];
const PICTURE: Record<Category, string> = {
  'kitchen-tools': 'kitchen-knife', ingredients: 'carrot', hygiene: 'soap', cleaning: 'broom', fridge: 'refrigerator',
  serving: 'coffee', 'working-life': 'work-schedule', 'new-words': 'new-word',
};
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Stored { id: string; category: Category; picture: string | null; photo: string | null; texts: Record<string, string>; voices: Record<string, { voice: string; duration_ms: number }>; pack: boolean }
interface Card { due: number; step: number; reviews: number; days: number; first: number }

/** `key = text` lines of a Fluent file (the packs' texts). */
export function parseFtl(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of source.split('\n')) {
    const m = /^([a-z0-9-]+)\s*=\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').toLowerCase().trim();
}

function side(lang: string, text: string, voice?: { voice: string; duration_ms: number }): WordSide {
  const m = /^(en|ei|et|ett|å|att) (.+)$/.exec(text);
  return { lang, text, article: m ? m[1] : '', bare: m ? m[2] : text, voice: voice ?? null };
}

export function mockWords(opts: { me: () => Person | null; requireTrainee: () => Person; requireMentor: () => Person; fail: (code: 'not-found' | 'invalid-input') => never }) {
  const byLang: Record<string, Record<string, string>> = {};
  for (const [path, source] of Object.entries(texts)) byLang[path.split('/').at(-1)!.replace('.ftl', '')] = parseFtl(source);
  const words: Stored[] = (Object.values(listing)[0]?.words ?? []).map((w) => ({
    id: `pack:${w.key}`, category: w.category, picture: w.key, photo: null, pack: true, voices: {},
    texts: Object.fromEntries(Object.entries(byLang).map(([lang, all]) => [lang, all[w.key] ?? ''])),
  }));
  const cards = new Map<string, Map<string, Card>>();
  const practiceDays = new Map<string, Set<string>>();
  let added = 0;

  const view = (w: Stored, home = opts.me()?.home_lang ?? 'nb'): WordView => {
    const work = side('nb', w.texts.nb ?? '', w.voices.nb);
    return {
      id: w.id, category: w.category, picture: w.picture, photo: w.photo, photo_thumb: w.photo, from_pack: w.pack,
      work, home: home === 'nb' ? work : side(home, w.texts[home] ?? '', w.voices[home]),
    };
  };
  const find = (id: string) => words.find((w) => w.id === id) ?? opts.fail('not-found');
  const cardsOf = (person: string) => cards.get(person) ?? cards.set(person, new Map()).get(person)!;
  const today = () => new Date().toISOString().slice(0, 10);

  const progress = (): WordProgress => {
    const me = opts.requireTrainee();
    const mine = cardsOf(me.id);
    const days = practiceDays.get(me.id) ?? new Set();
    let streak = 0;
    const d = new Date();
    if (!days.has(today())) d.setDate(d.getDate() - 1);
    while (days.has(d.toISOString().slice(0, 10))) { streak++; d.setDate(d.getDate() - 1); }
    const known = [...mine.entries()].filter(([, c]) => c.step === 0).map(([id]) => find(id));
    return {
      streak_days: streak, practised_today: days.has(today()), known_count: known.length,
      known: known.map((w) => ({ id: w.id, picture: w.picture, photo_thumb: w.photo })),
      due_now: [...mine.values()].filter((c) => c.due <= Date.now()).length,
    };
  };

  return {
    async wordCategories(): Promise<CategoryView[]> {
      return CATEGORIES.map((category) => ({ category, picture: PICTURE[category], words: words.filter((w) => w.category === category).length }))
        .filter((c) => c.words > 0 || c.category !== 'new-words');
    },
    async wordsIn(category: Category) { return words.filter((w) => w.category === category).map((w) => view(w)); },
    async word(id: string) { return view(find(id)); },
    async wordIn(id: string, lang: string) { return view(find(id), lang); },
    async findWords(query: string) {
      const q = fold(query);
      if (!q) return [];
      return words.map((w) => view(w)).filter((w) => [w.work.text, w.work.bare, w.home.text].some((t) => fold(t).includes(q))).slice(0, 50);
    },
    async addWord(w: NewWord) {
      const me = opts.me() ?? opts.fail('invalid-input');
      void me;
      if (!w.text.trim() && !w.photo && !w.voice) opts.fail('invalid-input');
      const stored: Stored = {
        id: `word${++added}`, category: w.category, picture: null, photo: w.photo?.thumb ?? null, pack: false,
        texts: { nb: w.text.trim().replace(/\s+/g, ' ') }, voices: {},
      };
      if (w.voice) stored.voices.nb = w.voice;
      if (w.other_lang) { stored.texts[w.other_lang] = w.other_text; if (w.other_voice) stored.voices[w.other_lang] = w.other_voice; }
      words.push(stored);
      return view(stored);
    },
    async editWord(e: WordEdit) {
      const w = find(e.id);
      if (e.text != null) w.texts.nb = e.text;
      if (e.category) w.category = e.category;
      if (e.photo) w.photo = e.photo.thumb;
      if (e.voice) w.voices.nb = e.voice;
      if (e.other_lang && e.other_text != null) w.texts[e.other_lang] = e.other_text;
      if (e.other_lang && e.other_voice) w.voices[e.other_lang] = e.other_voice;
      return view(w);
    },
    async studioWords(lang: string): Promise<StudioWords> {
      opts.requireMentor();
      const list = words.map((w) => ({ id: w.id, text: w.texts[lang] ?? '', work_text: w.texts.nb ?? '', picture: view(w).picture, photo_thumb: w.photo, recorded: !!w.voices[lang] }));
      return { lang, recorded: list.filter((w) => w.recorded).length, total: list.length, words: [...list.filter((w) => !w.recorded), ...list.filter((w) => w.recorded)] };
    },
    async removeWord(id: string) {
      opts.requireMentor();
      const at = words.findIndex((w) => w.id === id);
      if (at < 0) opts.fail('not-found');
      words.splice(at, 1);
    },
    async practiceSession(): Promise<PracticeSession> {
      const me = opts.requireTrainee();
      const mine = cardsOf(me.id);
      const now = Date.now();
      const usable = words.filter((w) => w.texts.nb && (w.picture || w.photo));
      const due = usable.filter((w) => (mine.get(w.id)?.due ?? Infinity) <= now + 20 * MINUTE);
      const newToday = [...mine.values()].filter((c) => now - c.first < DAY).length;
      const fresh = usable.filter((w) => !mine.has(w.id)).slice(0, Math.max(0, 10 - newToday));
      const modes: PracticeMode[] = ['hear-and-find', 'match', 'see-and-say'];
      const cardFor = (w: Stored, isNew: boolean, k: number): PracticeCard => {
        const reviews = mine.get(w.id)?.reviews ?? 0;
        const home = me.home_lang;
        const mode = modes[reviews % 3] === 'match' && (home === 'nb' || !w.texts[home]) ? 'see-and-say' : modes[reviews % 3];
        const others = usable.filter((o) => o.id !== w.id).sort((a, b) => (a.category === w.category ? 0 : 1) - (b.category === w.category ? 0 : 1)).slice(k % 3, k % 3 + 3);
        const choices = mode === 'see-and-say' ? [] : [...others, w].map((o) => view(o)).sort((a, b) => (a.id + k).localeCompare(b.id + k));
        return { word: view(w), mode, is_new: isNew, choices };
      };
      const cardsNow = [...due.map((w, k) => cardFor(w, false, k)), ...fresh.map((w, k) => cardFor(w, true, k + due.length))].slice(0, 20);
      return { cards: cardsNow, progress: progress() };
    },
    async answerPractice(a: Answer): Promise<Answered> {
      const me = opts.requireTrainee();
      find(a.word_id);
      const mine = cardsOf(me.id);
      const now = Date.now();
      const card = mine.get(a.word_id) ?? { due: now, step: 1, reviews: 0, days: 0, first: now };
      if (a.rating === 'again') { card.step = card.step === 0 ? -1 : 1; card.due = now + (card.step < 0 ? 10 : 1) * MINUTE; }
      else if (card.step === 1 && a.rating !== 'easy') { card.step = 2; card.due = now + 10 * MINUTE; }
      else { card.days = Math.max(1, Math.round(card.days * 2.5)); card.step = 0; card.due = now + card.days * DAY; }
      card.reviews += 1;
      mine.set(a.word_id, card);
      (practiceDays.get(me.id) ?? practiceDays.set(me.id, new Set()).get(me.id)!).add(today());
      return { due_ms: card.due, interval_days: Math.floor((card.due - now) / DAY), progress: progress() };
    },
    async wordProgress() { return progress(); },
  };
}
