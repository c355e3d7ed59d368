// The café's own content in the in-memory mock backend: task cards (Mestre's, the café's
// own, the hidden ones), its own aims, the studio's list of content by language with
// recordings and texts, and speech that plays a recording before the synthetic voice.
// A small stand-in for the screens; the core's rules are tested in Rust.

import type {
  ContentKind, LangText, OwnAimInput, OwnAims, Person, RecipeCard, Speech, StudioContent, StudioItem, TaskCard, TaskCardInput,
} from '../generated/types';
import { CONTENT_KINDS, LOCALES, LOCALES_WITHOUT_VOICE, TASKS } from '../generated/constants';

export function mockContent(opts: {
  me: () => Person | null; requireMentor: () => Person; recipes: () => Promise<RecipeCard[]>; tone: string;
  fail: (code: 'not-found' | 'invalid-input' | 'not-allowed') => never;
}) {
  interface OwnCard { id: string; area: TaskCard['area']; text: string; picture: string | null; photo: string | null; thumb: string | null; texts: LangText[] }
  const own: OwnCard[] = [];
  const hidden = new Set<string>();
  const aims: OwnAimInput[] = [];
  /** Recordings and texts by `<lang>/<item>`. */
  const voices = new Map<string, string>();
  const texts = new Map<string, string>();

  const written = (list: LangText[]) => list.filter((t) => t.text.trim()).map((t) => ({ lang: t.lang, text: t.text.trim() }));
  function cards(): TaskCard[] {
    const home = opts.me()?.home_lang ?? 'nb';
    return [
      ...TASKS.map((t) => ({ id: t.id, area: t.area, name: null, picture: `task-${t.id}`, photo: null, photo_thumb: null, own: false, hidden: hidden.has(t.id), texts: [] })),
      ...own.map((c) => ({
        id: c.id, area: c.area, picture: c.thumb ? null : c.picture, photo: c.photo, photo_thumb: c.thumb, own: true, hidden: hidden.has(c.id), texts: c.texts,
        name: { work: c.text, home: (home !== 'nb' && (texts.get(`${home}/task:${c.id}`) ?? c.texts.find((t) => t.lang === home)?.text)) || c.text },
      })),
    ];
  }
  const item = (kind: ContentKind, id: string, text: string, work: string, picture: string | null, writable: boolean, lang: string): StudioItem => {
    const key = `${kind}:${id}`;
    return { item: key, text: texts.get(`${lang}/${key}`) ?? text, work_text: work, picture, photo_thumb: null, recorded: voices.has(`${lang}/${key}`), writable };
  };

  return {
    isTask: (id: string) => TASKS.some((t) => t.id === id) || own.some((c) => c.id === id),
    async diaryTasks() {
      if (!opts.me()) opts.fail('not-allowed');
      return cards();
    },
    async saveTaskCard(card: TaskCardInput) {
      opts.requireMentor();
      const text = card.text.trim().replace(/\s+/g, ' ');
      if (!text || text.length > 120 || (!card.photo && !card.picture)) opts.fail('invalid-input');
      const id = card.id ?? `cafe-${own.length + 1}`;
      const row: OwnCard = { id, area: card.area, text, picture: card.photo ? null : card.picture, photo: card.photo?.photo ?? null, thumb: card.photo?.thumb ?? null, texts: written(card.texts) };
      const at = own.findIndex((c) => c.id === id);
      if (card.id && at < 0) opts.fail('not-found');
      if (at >= 0) own[at] = row;
      else own.push(row);
      return cards();
    },
    async setTaskCardHidden(id: string, yes: boolean) {
      opts.requireMentor();
      if (!TASKS.some((t) => t.id === id) && !own.some((c) => c.id === id)) opts.fail('not-found');
      if (yes) hidden.add(id);
      else hidden.delete(id);
      return cards();
    },
    async ownAims(): Promise<OwnAims> {
      opts.requireMentor();
      const highest = Math.max(0, ...aims.map((a) => Number(a.code.replace(/^KAFE-/, '')) || 0));
      return { aims: aims.map((a) => ({ ...a })), next_code: `KAFE-${highest + 1}` };
    },
    async saveOwnAim(aim: OwnAimInput): Promise<OwnAims> {
      opts.requireMentor();
      if (!aim.title.trim() || !aim.plain.trim()) opts.fail('invalid-input');
      const id = aim.id ?? `cafe-aim-${aims.length + 1}`;
      const row = { ...aim, id, title: aim.title.trim(), plain: aim.plain.trim(), titles: written(aim.titles), plains: written(aim.plains) };
      const at = aims.findIndex((a) => a.id === id);
      if (at >= 0) aims[at] = row;
      else aims.push(row);
      return this.ownAims();
    },
    async studioContent(lang: string, kind: ContentKind): Promise<StudioContent> {
      opts.requireMentor();
      if (!LOCALES.some((l) => l.tag === lang)) opts.fail('invalid-input');
      const other = lang !== 'nb';
      const recipes = await opts.recipes();
      const byKind: Record<ContentKind, StudioItem[]> = {
        task: own.filter((c) => !hidden.has(c.id)).map((c) => ({ ...item('task', c.id, other ? c.texts.find((t) => t.lang === lang)?.text ?? '' : c.text, c.text, c.picture, other, lang), photo_thumb: c.thumb })),
        food: [],
        aim: aims.filter((a) => !a.hidden).map((a) => item('aim', a.id!, other ? a.titles.find((t) => t.lang === lang)?.text ?? '' : a.title, a.title, a.picture, other, lang)),
        'aim-plain': aims.filter((a) => !a.hidden).map((a) => item('aim-plain', a.id!, other ? a.plains.find((t) => t.lang === lang)?.text ?? '' : a.plain, a.plain, a.picture, other, lang)),
        recipe: recipes.map((r) => ({ ...item('recipe', r.id, r.from_pack || !other ? r.title.work : '', r.title.work, r.picture, false, lang), photo_thumb: r.photo_thumb })),
        step: [],
      };
      return {
        lang,
        groups: CONTENT_KINDS.map((k) => {
          const items = [...byKind[k]].sort((a, b) => Number(a.recorded) - Number(b.recorded));
          return { kind: k, recorded: items.filter((i) => i.recorded).length, total: items.length, items: k === kind ? items : [] };
        }),
      };
    },
    async saveContentClip(lang: string, item: string, clip: { voice: string }) {
      opts.requireMentor();
      if (!item.includes(':')) opts.fail('invalid-input');
      voices.set(`${lang}/${item}`, clip.voice);
    },
    async setContentText(lang: string, item: string, text: string) {
      opts.requireMentor();
      if (!/^(task|food|aim|aim-plain):cafe-/.test(item)) opts.fail('invalid-input');
      texts.set(`${lang}/${item}`, text.trim());
    },
    async speakContent(item: string, lang: string, text: string): Promise<Speech> {
      if (voices.has(`${lang}/${item}`)) return { text, spoken_lang: lang, audio_base64: opts.tone, mime: 'audio/wav' };
      if (LOCALES_WITHOUT_VOICE.includes(lang)) return { text, spoken_lang: null, audio_base64: null, mime: 'audio/wav' };
      return { text, spoken_lang: lang, audio_base64: opts.tone, mime: 'audio/wav' };
    },
  };
}
