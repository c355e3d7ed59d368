// The fridge of the in-memory mock backend: the real catalogue and Norwegian rule pack
// (assets/fridge, read as files, not copied), rounds of the four games made and scored by
// the same rules as the core (in small: the core's are tested in Rust), labels that are
// "saved" but never printed, the morning readings in memory, and the café's own foods
// (and the ones it hides) beside the catalogue.

import type {
  Allergen, AllergenView, Bilingual, FoodCard, FoodEvent, FoodInput, FoodItemView, FridgeAnswer, FridgeCheckView, FridgeEvidence, FridgeFeedback,
  FridgeGame, FridgeQuestion, FridgeResult, FridgeRound, LabelPreview, LabelRequest, LabelView, Maker, MessageId, Person, PrintedLabel,
  ReadingSaved, ReadingView, RecipeCard, RulesView, ShelfBox, Zone,
} from '../generated/types';
import { ALLERGENS, READING_RANGE } from '../generated/constants';
import { plain } from './i18n.svelte';
import { parseFtl } from './mockWords';

interface Listing {
  rules: { country: string; source: string; zones: { zone: Zone; max_c: number; source: string }[]; hot_holding_min_c: number; hot_holding_source: string;
    cooling_to_c: number; cooling_within_h: number; cooling_source: string; classes: { class: string; max_c?: number; keeps_days: number; source: string }[] }[];
  items: { key: string; picture: string; zone: Zone; class: string; after: FoodEvent; allergens?: string }[];
}
const listing = Object.values(import.meta.glob('../../../assets/fridge/pack.json', { eager: true, import: 'default' }))[0] as Listing;
const names = Object.fromEntries(Object.entries(import.meta.glob('../../../assets/fridge/*.ftl', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>)
  .map(([path, source]) => [path.split('/').at(-1)!.replace('.ftl', ''), parseFtl(source)]));
const rules = listing.rules.find((r) => r.country === 'NO')!;
/** What a picture looks like (the Noto Emoji it came from): two foods of one look are never offered side by side. */
const looks = Object.assign({}, ...Object.values(import.meta.glob('../../../assets/{words,recipes}/pictures/SOURCES.json', { eager: true, import: 'default' }))) as Record<string, string>;
const look = (picture: string) => (looks[picture] && looks[picture] !== 'drawn for Mestre' ? looks[picture] : picture);
const QUESTIONS: Record<FridgeGame, number> = { 'where-does-it-go': 6, 'how-cold': 5, 'write-the-label': 2, 'first-in-first-out': 3 };
const AIM: Record<FridgeGame, string> = { 'where-does-it-go': 'RMF1-01.4', 'how-cold': 'RMF1-01.4', 'write-the-label': 'RMF1-01.9', 'first-in-first-out': 'RMF1-01.9' };
type Item = Listing['items'][number] & { names?: Record<string, string>; own?: boolean };

const shuffle = <T>(all: T[]): T[] => all.map((x) => [Math.random(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};
const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 3).map((w) => w[0].toUpperCase()).join('');

export function mockFridge(opts: {
  me: () => Person | null; requireSignedIn: () => Person; requireMentor: () => Person; people: () => Person[];
  recipes: () => Promise<RecipeCard[]>; fail: (code: 'not-found' | 'invalid-input' | 'reading-out-of-range' | 'not-allowed') => never;
}) {
  const routines = new Map<string, { days: number; note: string }>();
  /** The café's own foods (with their names by language) and the foods it hides. */
  const own: Item[] = [];
  const hidden = new Set<string>();
  const all = (): Item[] => [...listing.items, ...own];
  const offered = (): Item[] => all().filter((i) => !hidden.has(i.key));
  const labels: (LabelView & { owner: string })[] = [];
  const readings: (ReadingView & { owner: string })[] = [];
  const results: FridgeEvidence[] = [];
  let playing: { person: string; round: FridgeRound; answers: FridgeAnswer[]; scored: ([number, number, string | null] | null)[] } | null = null;
  let made = 0;

  const today = () => new Date().toISOString().slice(0, 10);
  const home = () => opts.me()?.home_lang ?? 'nb';
  const name = (key: string, lang: string) => {
    const mine = own.find((i) => i.key === key);
    if (mine) return mine.names?.[lang] || mine.names?.nb || key;
    return names[lang]?.[key] ?? names.nb[key] ?? key;
  };
  const both = (id: string, args: (lang: string) => Record<string, string | number> = () => ({})): Bilingual =>
    ({ work: plain(id as MessageId, args('nb') as never, 'nb'), home: plain(id as MessageId, args(home()) as never, home()) });
  const named = (key: string): Bilingual => ({ work: name(key, 'nb'), home: name(key, home()) });
  const item = (key: string): Item => all().find((i) => i.key === key) ?? opts.fail('not-found');
  const cls = (i: Item) => rules.classes.find((c) => c.class === i.class)!;
  const maxC = (i: Item): number | null => (i.zone === 'dry' ? null : cls(i).max_c ?? rules.zones.find((z) => z.zone === i.zone)!.max_c);
  const keeps = (i: Item) => routines.get(i.key)?.days ?? cls(i).keeps_days;
  const temp = (tenths: number, lang: string) => plain('format-temperature', { value: tenths / 10 }, lang);
  const date = (day: string, lang: string) => {
    const [y, m, d] = day.split('-');
    return plain('format-date', { day: d, month: m, year: y }, lang);
  };
  const card = (i: Item): FoodCard => ({ key: i.key, name: named(i.key), picture: i.picture });
  const allergensOf = (codes: string): Allergen[] => ALLERGENS.filter((a) => codes.split(' ').some((c) => c.split(':')[0] === a));
  const allergenViews = (list: Allergen[]): AllergenView[] =>
    list.map((a) => ({ allergen: a, kinds: [], name: both(`allergen-${a}`) }));
  const view = (i: Item): FoodItemView => ({
    key: i.key, name: named(i.key), picture: i.picture, zone: i.zone, zone_name: both(`fridge-zone-${i.zone}`), max_c: maxC(i), keeps_days: keeps(i),
    after: i.after, after_name: both(`fridge-event-${i.after}`), allergens: allergenViews(allergensOf(i.allergens ?? '')),
    source: routines.get(i.key)?.note ?? cls(i).source, own_routine: routines.has(i.key),
    class: i.class, own: !!i.own, hidden: hidden.has(i.key),
    texts: Object.entries(i.names ?? {}).filter(([lang, text]) => lang !== 'nb' && text).map(([lang, text]) => ({ lang, text })).sort((a, b) => a.lang.localeCompare(b.lang)),
  });
  const labelItems = () => offered().filter((i) => i.zone !== 'dry' && keeps(i) <= 6);

  function coldOptions(q: { case: 'keep' | 'hot-holding' | 'cooling'; food: FoodCard | null }): number[] {
    if (q.case === 'hot-holding') return [rules.hot_holding_min_c + 5, rules.hot_holding_min_c - 5, rules.hot_holding_min_c - 20].map((d) => d * 10);
    if (q.case === 'cooling') return [rules.cooling_to_c - 3, rules.cooling_to_c + 8, rules.cooling_to_c + 25].map((d) => d * 10);
    const i = item(q.food!.key);
    if (i.zone === 'freezer') return [-200, -120, -50];
    const max = maxC(i) ?? 4;
    return [Math.max(0, max - 2), max + 3, max + 8].map((d) => d * 10);
  }

  function questions(game: FridgeGame, me: Person): FridgeQuestion[] {
    const about = (id: string, i: Item, more: Record<string, string | number> = {}) => both(id, (l) => ({ food: name(i.key, l), ...more }));
    if (game === 'where-does-it-go') {
      const picked = (['fridge', 'freezer', 'dry'] as Zone[]).flatMap((z) => shuffle(offered().filter((i) => i.zone === z)).slice(0, 2));
      return shuffle(picked).map((i) => ({ kind: 'where-does-it-go', food: card(i), ask: about('fridge-ask-zone', i) }));
    }
    if (game === 'how-cold') {
      const kept = shuffle(offered().filter((i) => i.zone !== 'dry')).slice(0, 3);
      const qs: FridgeQuestion[] = kept.map((i) => ({ kind: 'how-cold', case: 'keep', food: card(i), zone: i.zone, ask: about('fridge-ask-cold', i, { zone: i.zone }),
        options: shuffle(coldOptions({ case: 'keep', food: card(i) })) }));
      qs.push({ kind: 'how-cold', case: 'hot-holding', food: null, zone: null, ask: both('fridge-ask-hot'), options: shuffle(coldOptions({ case: 'hot-holding', food: null })) });
      qs.push({ kind: 'how-cold', case: 'cooling', food: null, zone: null, ask: both('fridge-ask-cooling', () => ({ hours: rules.cooling_within_h })),
        options: shuffle(coldOptions({ case: 'cooling', food: null })) });
      return shuffle(qs);
    }
    if (game === 'write-the-label') {
      const items = labelItems();
      const days = [-2, -1, 0, 1, 2, 3, 4, 5, 6].map((n) => addDays(today(), n));
      const others = shuffle(opts.people().filter((p) => p.id !== me.id)).slice(0, 2);
      const makers: Maker[] = shuffle([...others, me].map((p) => ({ id: p.id, name: p.name, initials: initials(p.name), photo_thumb: p.photo_thumb })));
      return shuffle(items).slice(0, 2).map((i) => ({
        kind: 'write-the-label', food: card(i), event: i.after, ask: about(`fridge-ask-label-${i.after}`, i), days, makers,
        products: shuffle(shuffle(items).reduce((picked, o) => (picked.length < 4 && !picked.some((p) => look(p.picture) === look(o.picture)) ? [...picked, card(o)] : picked), [card(i)])),
      }));
    }
    return [0, 1, 2].map(() => {
      const items = labelItems().filter((i) => keeps(i) >= 1);
      const longest = Math.min(6, Math.max(...items.map(keeps)));
      const wanted = [-1 - Math.floor(Math.random() * 2)];
      while (wanted.length < 4) {
        const d = Math.floor(Math.random() * (longest + 1));
        if (!wanted.includes(d)) wanted.push(d);
      }
      const boxes: ShelfBox[] = wanted.map((useByIn) => {
        const fit = items.filter((i) => keeps(i) >= useByIn);
        const i = fit[Math.floor(Math.random() * fit.length)];
        const useBy = addDays(today(), useByIn);
        return { food: card(i), made_day: addDays(useBy, -keeps(i)), use_by_day: useBy };
      });
      return { kind: 'first-in-first-out', ask: both('fridge-ask-shelf'), boxes: shuffle(boxes) };
    });
  }

  function rightAnswer(q: FridgeQuestion, me: string): FridgeAnswer {
    switch (q.kind) {
      case 'where-does-it-go': return { kind: 'where-does-it-go', zone: item(q.food.key).zone };
      case 'how-cold': return { kind: 'how-cold', tenths: coldOptions(q)[0] };
      case 'write-the-label': {
        const i = item(q.food.key);
        return { kind: 'write-the-label', product: i.key, made_day: today(), use_by_day: addDays(today(), keeps(i)), allergens: allergensOf(i.allergens ?? ''), maker: me };
      }
      case 'first-in-first-out': {
        const sorted = q.boxes.map((b, i) => [b.use_by_day, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
        const expired = sorted.find(([d]) => d < today())?.[1] ?? 0;
        return { kind: 'first-in-first-out', expired, order: sorted.map(([, i]) => i).filter((i) => i !== expired) };
      }
    }
  }

  function check(q: FridgeQuestion, given: FridgeAnswer, right: FridgeAnswer): FridgeFeedback {
    const parts: { part: string; right: boolean }[] = [];
    const why: Bilingual[] = [];
    const zoneWhy = (i: Item) => {
      const max = maxC(i);
      return max === null ? both('fridge-why-zone-dry', (l) => ({ food: name(i.key, l), zone: i.zone }))
        : both('fridge-why-zone-cold', (l) => ({ food: name(i.key, l), zone: i.zone, max: temp(max * 10, l) }));
    };
    if (q.kind === 'where-does-it-go' && given.kind === 'where-does-it-go' && right.kind === 'where-does-it-go') {
      parts.push({ part: 'zone', right: given.zone === right.zone });
      why.push(zoneWhy(item(q.food.key)));
    } else if (q.kind === 'how-cold' && given.kind === 'how-cold') {
      if (q.case === 'keep') {
        const i = item(q.food!.key);
        parts.push({ part: 'reading', right: given.tenths <= (maxC(i) ?? 0) * 10 });
        why.push(zoneWhy(i));
      } else if (q.case === 'hot-holding') {
        parts.push({ part: 'reading', right: given.tenths >= rules.hot_holding_min_c * 10 });
        why.push(both('fridge-why-hot', (l) => ({ min: temp(rules.hot_holding_min_c * 10, l) })));
      } else {
        parts.push({ part: 'reading', right: given.tenths < rules.cooling_to_c * 10 });
        why.push(both('fridge-why-cooling', (l) => ({ to: temp(rules.cooling_to_c * 10, l), hours: rules.cooling_within_h })));
      }
    } else if (q.kind === 'write-the-label' && given.kind === 'write-the-label' && right.kind === 'write-the-label') {
      const i = item(q.food.key);
      const same = (a: Allergen[], b: Allergen[]) => a.length === b.length && a.every((x) => b.includes(x));
      parts.push({ part: 'product', right: given.product === right.product }, { part: 'made', right: given.made_day === right.made_day },
        { part: 'use-by', right: given.use_by_day === right.use_by_day }, { part: 'allergens', right: same(given.allergens, right.allergens) },
        { part: 'maker', right: given.maker === right.maker });
      if (!parts[0].right) why.push(both('fridge-why-product', (l) => ({ food: name(i.key, l) })));
      if (!parts[1].right) why.push(both('fridge-why-made', (l) => ({ event: q.event, date: date(today(), l) })));
      why.push(both('fridge-why-use-by', (l) => ({ food: name(i.key, l), days: keeps(i), event: i.after, made: date(today(), l), date: date(right.use_by_day, l) })));
      if (!parts[3].right) {
        why.push(right.allergens.length ? both('fridge-why-allergens', (l) => ({ food: name(i.key, l), list: right.allergens.map((a) => plain(`allergen-${a}` as MessageId, undefined as never, l)).join(', ') }))
          : both('fridge-why-no-allergens', (l) => ({ food: name(i.key, l) })));
      }
      if (!parts[4].right) why.push(both('fridge-why-maker'));
    } else if (q.kind === 'first-in-first-out' && given.kind === 'first-in-first-out' && right.kind === 'first-in-first-out') {
      const all = [...given.order, given.expired].sort((a, b) => a - b);
      if (all.join() !== q.boxes.map((_, i) => i).join()) opts.fail('invalid-input');
      parts.push({ part: 'expired', right: given.expired === right.expired }, { part: 'order', right: given.order.join() === right.order.join() });
      const old = q.boxes[right.expired];
      why.push(both('fridge-why-expired', (l) => ({ food: name(old.food.key, l), date: date(old.use_by_day, l) })), both('fridge-why-order'));
    } else opts.fail('invalid-input');
    const points = parts.filter((p) => p.right).length;
    const said = points === parts.length ? both('fridge-right') : points === 0 ? both('fridge-wrong') : both('fridge-partly', () => ({ right: points, total: parts.length }));
    const join = (k: 'work' | 'home') => why.map((b) => b[k]).join(' ');
    return { right: points === parts.length, points, of: parts.length, parts, said, why: { work: join('work'), home: join('home') }, answer: right };
  }

  const labelView = (l: LabelView): LabelView => ({ ...l });
  const readingView = (r: ReadingView): ReadingView => ({ ...r, too_warm: r.tenths > r.limit_tenths });
  const checkView = (): FridgeCheckView => {
    const since = addDays(today(), -29);
    const log = readings.filter((r) => r.day >= since).map(readingView);
    return {
      today: today(), limits: [['fridge', rules.zones[0].max_c * 10], ['freezer', rules.zones[1].max_c * 10]],
      today_readings: (['fridge', 'freezer'] as Zone[]).map((z) => log.filter((r) => r.zone === z && r.day === today()).at(-1)).filter((r): r is ReadingView => !!r),
      log,
    };
  };

  async function preview(r: LabelRequest): Promise<LabelPreview & { codes: Allergen[] }> {
    const me = opts.requireSignedIn();
    const i = item(r.item);
    const madeDay = r.made_day || today();
    if (madeDay > today() || madeDay < addDays(today(), -30)) opts.fail('invalid-input');
    let product = named(i.key);
    let codes = allergensOf(i.allergens ?? '');
    if (r.recipe_id) {
      const recipe = (await opts.recipes()).find((c) => c.id === r.recipe_id) ?? opts.fail('not-found');
      product = recipe.title;
      codes = recipe.allergens.map((a) => a.allergen);
    }
    const event = r.event ?? i.after;
    const max = maxC(i);
    return {
      item: i.key, picture: i.picture, product, event, event_name: both(`fridge-event-${event}`), made_day: madeDay, use_by_day: addDays(madeDay, keeps(i)),
      keeps_days: keeps(i), allergens: allergenViews(codes), initials: initials(me.name), size: r.size, codes,
      keep: max === null ? both(`fridge-zone-${i.zone}`) : both('fridge-label-keep', (l) => ({ zone: i.zone, max: temp(max * 10, l) })),
    };
  }

  function printLabel(p: LabelPreview & { codes: Allergen[] }, reprint: boolean, send: boolean): PrintedLabel {
    const me = opts.requireSignedIn();
    const label = { id: `label-${++made}`, item: p.item, picture: p.picture, product: p.product, event: p.event, event_name: p.event_name, made_day: p.made_day,
      use_by_day: p.use_by_day, allergens: p.codes, initials: p.initials, made_by: me.name, size: p.size, printed_ms: Date.now(), reprint, owner: me.id };
    labels.unshift(label);
    const path = `/home/mentor/.local/share/Mestre/prints/${p.product.work.toLowerCase().replace(/\s+/g, '-')}-${p.made_day}.pdf`;
    return { label: labelView(label), pdf: { path, sent: false, problem: send ? plain('error-printer-unavailable') : '' } };
  }

  /** A class of food named by the catalogue's foods of it. */
  const foodsOf = (cls: string) => listing.items.filter((i) => i.class === cls).map((i) => name(i.key, 'nb')).join(', ') || cls;

  return {
    async fridgeItems() {
      const me = opts.requireSignedIn();
      const shown = me.role === 'mentor' ? all() : offered();
      return (['fridge', 'freezer', 'dry'] as Zone[]).flatMap((z) => shown.filter((i) => i.zone === z).map(view));
    },
    async saveOwnFood(food: FoodInput): Promise<FoodItemView> {
      opts.requireMentor();
      const zone = listing.items.find((i) => i.class === food.class)?.zone;
      if (!food.name.trim() || !zone || !food.picture) opts.fail('invalid-input');
      const names = Object.fromEntries([['nb', food.name.trim()], ...food.names.map((t) => [t.lang, t.text.trim()])]);
      const key = food.id ?? `cafe-${own.length + 1}`;
      const existing = own.find((i) => i.key === key);
      if (food.id && !existing) opts.fail('not-found');
      const row: Item = { key, picture: food.picture, zone, class: food.class, after: food.after, allergens: food.allergens.join(' '), names, own: true };
      if (existing) Object.assign(existing, row);
      else own.push(row);
      return view(item(key));
    },
    async setFoodHidden(key: string, yes: boolean): Promise<FoodItemView> {
      opts.requireMentor();
      const i = item(key);
      if (yes) hidden.add(key);
      else hidden.delete(key);
      return view(i);
    },
    async fridgeRules(): Promise<RulesView> {
      opts.requireSignedIn();
      return {
        country: 'NO', source: rules.source, fridge_max_c: rules.zones[0].max_c, freezer_max_c: rules.zones[1].max_c, hot_holding_min_c: rules.hot_holding_min_c,
        cooling_to_c: rules.cooling_to_c, cooling_within_h: rules.cooling_within_h,
        notes: [...rules.zones.map((z) => [plain(`fridge-zone-${z.zone}` as MessageId, undefined as never, 'nb'), z.source] as [string, string]), ...rules.classes.map((c) => [foodsOf(c.class), c.source] as [string, string])],
        classes: rules.classes.map((c) => {
          const zone = listing.items.find((i) => i.class === c.class)!.zone;
          const max = zone === 'dry' ? null : c.max_c ?? rules.zones.find((z) => z.zone === zone)!.max_c;
          return { class: c.class, zone, foods: foodsOf(c.class), keeps_days: c.keeps_days, max_c: max };
        }),
      };
    },
    async setFridgeRoutine(key: string, days: number | null, note: string) {
      opts.requireMentor();
      const i = item(key);
      if (days !== null && (days < 0 || days > 730 || !Number.isInteger(days))) opts.fail('invalid-input');
      if (days === null) routines.delete(key);
      else routines.set(key, { days, note: note.trim() });
      return view(i);
    },
    async startFridgePractice(game: FridgeGame): Promise<FridgeRound> {
      const me = opts.requireSignedIn();
      const qs = questions(game, me).slice(0, QUESTIONS[game]);
      const round: FridgeRound = { game, title: both(`fridge-game-${game}`), today: today(), work_lang: 'nb', home_lang: home(), questions: qs };
      playing = { person: me.id, round, answers: qs.map((q) => rightAnswer(q, me.id)), scored: qs.map(() => null) };
      return round;
    },
    async answerFridgePractice(index: number, answer: FridgeAnswer) {
      const me = opts.requireSignedIn();
      if (!playing || playing.person !== me.id) opts.fail('not-found');
      const q = playing.round.questions[index] ?? opts.fail('invalid-input');
      const feedback = check(q, answer, playing.answers[index]);
      if (!playing.scored[index]) playing.scored[index] = [feedback.points, feedback.of, feedback.right ? null : ('food' in q && q.food ? q.food.key : q.kind)];
      return feedback;
    },
    async finishFridgePractice(): Promise<FridgeResult> {
      const me = opts.requireSignedIn();
      if (!playing || playing.person !== me.id) opts.fail('not-found');
      const scored = playing.scored.filter((s): s is [number, number, string | null] => !!s);
      if (scored.length === 0) opts.fail('invalid-input');
      const right = scored.reduce((n, s) => n + s[0], 0);
      const total = scored.reduce((n, s) => n + s[1], 0);
      const game = playing.round.game;
      const id = `practice-${++made}`;
      if (me.role === 'trainee') {
        results.unshift({ id, person_id: me.id, game, aim: AIM[game], day: today(), right, total, missed: scored.map((s) => s[2]).filter((k): k is string => !!k) });
      }
      playing = null;
      return { id, game, right, total, aim: AIM[game], said: both('fridge-result', () => ({ right, total })) };
    },
    async fridgeEvidence(personId: string) {
      const me = opts.requireSignedIn();
      if (me.role !== 'mentor' && me.id !== personId) opts.fail('not-allowed');
      return results.filter((r) => r.person_id === personId);
    },
    async previewFridgeLabel(r: LabelRequest) { const { codes: _codes, ...shown } = await preview(r); return shown; },
    async printFridgeLabel(r: LabelRequest, send: boolean) { return printLabel(await preview(r), false, send); },
    async reprintFridgeLabel(id: string, send: boolean) {
      const l = labels.find((x) => x.id === id) ?? opts.fail('not-found');
      const p = await preview({ item: l.item, recipe_id: null, event: l.event, made_day: null, size: l.size });
      return printLabel({ ...p, product: l.product, made_day: l.made_day, use_by_day: l.use_by_day, initials: l.initials, codes: l.allergens }, true, send);
    },
    async fridgeLabels() { opts.requireSignedIn(); return labels.slice(0, 50).map(labelView); },
    async fridgeCheck() { opts.requireSignedIn(); return checkView(); },
    async recordFridgeReading(zone: Zone, unit: string, tenths: number): Promise<ReadingSaved> {
      const me = opts.requireSignedIn();
      if (zone === 'dry') opts.fail('invalid-input');
      if (tenths < READING_RANGE.min || tenths > READING_RANGE.max) opts.fail('reading-out-of-range');
      const limit = (zone === 'fridge' ? rules.zones[0].max_c : rules.zones[1].max_c) * 10;
      const reading = readingView({ id: `reading-${++made}`, zone, unit, day: today(), read_ms: Date.now(), tenths, limit_tenths: limit, too_warm: false, by: me.name });
      readings.push({ ...reading, owner: me.id });
      const warning = reading.too_warm ? both(`fridge-too-warm-${zone}`, (l) => ({ reading: temp(tenths, l), max: temp(limit, l) })) : null;
      return { reading, warning, check: checkView() };
    },
  };
}
