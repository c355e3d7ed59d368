// The mentor's workspace in the in-memory mock backend: today at a glance, a trainee's
// review, what a mentor has seen, suggestions, charts, archiving, café settings, export
// (with progress events) and erasure. The ranking here is a small copy of the idea for
// screens to show; the real ranking (and everything else) is tested in Rust.

import type {
  Attention, Cafe, Country, DayView, ErasureDone, ExportSummary, GroupCharts, Mood, NewWork, Person, SuggestionKind,
  SuggestionView, Today, TraineeCharts, TraineeReview, TraineeToday,
} from '../generated/types';

import type { ProgressEvent } from './backend';

type MockDay = DayView & { seen: number };

export function mockWorkspace(opts: {
  requireMentor: () => Person; requireTrainee: () => Person; people: () => Person[]; removePerson: (id: string) => void;
  days: () => MockDay[]; cafe: () => Cafe | null; setCafe: (c: Cafe) => void;
  word: (id: string) => Promise<{ work: { text: string }; home: { text: string }; picture: string | null; photo_thumb: string | null }>;
  recipe: (id: string) => Promise<{ card: { title: { work: string; home: string }; picture: string | null; photo_thumb: string | null } }>;
  fail: (code: 'not-found' | 'not-allowed' | 'invalid-input') => never;
}) {
  const seen = new Map<string, number>();
  const suggestions: (SuggestionView & { trainee: string })[] = [];
  const listeners = new Set<(e: ProgressEvent) => void>();
  const DAY = 86_400_000;
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const trainee = (id: string) => {
    const p = opts.people().find((x) => x.id === id && x.role === 'trainee');
    return p ?? opts.fail('not-found');
  };
  const daysOf = (id: string) => opts.days().filter((d) => d.owner === id && (d.tasks.length || d.items.length || d.mood)).sort((a, b) => b.day.localeCompare(a.day));

  function newWork(id: string, since: number): NewWork {
    const mine = daysOf(id);
    const items = mine.flatMap((d) => d.items).filter((i) => i.created_ms > since);
    return {
      days: mine.filter((d) => Date.parse(d.day) + DAY > since).length,
      photos: items.filter((i) => i.kind === 'photo').length, voice_notes: items.filter((i) => i.kind === 'voice').length,
      words: items.filter((i) => i.kind === 'word').length, practice: 0, fridge_rounds: 0, ratings: 0,
    };
  }

  function attention(id: string): { why: Attention[]; score: number } {
    const mine = daysOf(id);
    const why: Attention[] = [];
    let score = 0;
    const last = mine[0]?.day;
    const silent = last ? Math.floor((Date.now() - Date.parse(last)) / DAY) : 0;
    if (silent >= 7) { why.push({ kind: 'no-diary', days: silent }); score += 30 + Math.min(silent, 30); }
    const week = mine.filter((d) => Date.now() - Date.parse(d.day) < 7 * DAY && d.mood);
    const low = (m: Mood) => week.filter((d) => d.mood === m).length;
    if (low('hard')) { why.push({ kind: 'low-mood', mood: 'hard', days: low('hard') }); score += 25; }
    else if (low('tired') >= 2) { why.push({ kind: 'low-mood', mood: 'tired', days: low('tired') }); score += 10; }
    return { why, score };
  }

  function todayOf(p: Person): TraineeToday {
    const at = seen.get(p.id) ?? null;
    const fresh = newWork(p.id, at ?? Date.now() - 14 * DAY);
    const { why, score } = attention(p.id);
    const total = Object.values(fresh).reduce((a, b) => a + b, 0);
    return { person: p, seen_ms: at, new: fresh, last_day: daysOf(p.id)[0]?.day ?? null, attention: why, score: score + Math.min(total, 9) };
  }

  /** Her newest three, their titles in the reader's languages (as the core reads them). */
  async function mine(id: string): Promise<SuggestionView[]> {
    const newest = suggestions.filter((s) => s.trainee === id).sort((a, b) => b.suggested_ms - a.suggested_ms).slice(0, 3);
    return Promise.all(newest.map(async ({ trainee: _t, ...s }) => ({ ...s, ...(await titleOf(s.kind, s.ref_id)) })));
  }
  const titleOf = (kind: SuggestionKind, refId: string) => kind === 'word'
    ? opts.word(refId).then((w) => ({ title: { work: w.work.text, home: w.home.text }, picture: w.picture, photo_thumb: w.photo_thumb }))
    : opts.recipe(refId).then((r) => ({ title: r.card.title, picture: r.card.picture, photo_thumb: r.card.photo_thumb }));

  const weeks = () => Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.now() - (11 - i) * 7 * DAY);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  });
  const line = (values: (number | null)[]) => [{ label: '', values }];
  function weekly(ids: string[]): TraineeCharts {
    const x = weeks();
    const days = x.map((start, k) => ids.reduce((n, id) => n + daysOf(id).filter((d) => d.day >= start && (k === 11 || d.day < x[k + 1])).length, 0));
    // Words and answers come from practice the mock does not keep: a steady, plausible shape.
    const known = x.map((_, k) => ids.length * (4 + k * 3));
    const accuracy = x.map((_, k) => (k % 4 === 3 ? null : 60 + k * 2));
    return { words_known: { x, lines: line(known), limit: null }, accuracy: { x, lines: line(accuracy), limit: null }, diary_days: { x, lines: line(days), limit: null } };
  }

  return {
    async mentorToday(): Promise<Today> {
      opts.requireMentor();
      const trainees = opts.people().filter((p) => p.role === 'trainee' && !p.archived).map(todayOf)
        .sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
      return { today: date(Date.now()), trainees };
    },
    async reviewTrainee(personId: string, days: number): Promise<TraineeReview> {
      opts.requireMentor();
      const p = trainee(personId);
      const from = date(Date.now() - (Math.min(Math.max(days, 1), 62) - 1) * DAY);
      return {
        person: p, seen_ms: seen.get(p.id) ?? null, today: date(Date.now()),
        days: daysOf(p.id).filter((d) => d.day >= from).map((d) => ({ ...d, items: [...d.items], comments: d.comments.map((c) => ({ ...c })) })),
        words: { streak_days: 2, practised_today: false, known: [], known_count: 14, due_now: 3 },
        practice: [{ day: date(Date.now() - DAY), answers: 12, again: 3 }, { day: date(Date.now()), answers: 8, again: 1 }],
        fridge: [{ id: 'f1', person_id: p.id, game: 'where-does-it-go', aim: 'RMF1-01.9', day: date(Date.now() - 2 * DAY), right: 5, total: 6, missed: [] }],
        competence: { planned: 4, started: 2, completed: 1, checked: 0, on_my_own: 1 },
        suggestions: await mine(p.id), attention: attention(p.id).why,
      };
    },
    async markSeen(personId: string) { opts.requireMentor(); trainee(personId); seen.set(personId, Date.now()); },
    async suggestPractice(personId: string, kind: SuggestionKind, refId: string): Promise<SuggestionView[]> {
      const mentor = opts.requireMentor();
      trainee(personId);
      const found = await titleOf(kind, refId);
      suggestions.push({ id: `s${suggestions.length}`, trainee: personId, kind, ref_id: refId, mentor: mentor.name, suggested_ms: Date.now() + suggestions.length, ...found });
      return mine(personId);
    },
    async mySuggestions(): Promise<SuggestionView[]> { return mine(opts.requireTrainee().id); },
    async traineeCharts(personId: string): Promise<TraineeCharts> { opts.requireMentor(); trainee(personId); return weekly([personId]); },
    async groupCharts(): Promise<GroupCharts> {
      opts.requireMentor();
      const ids = opts.people().filter((p) => p.role === 'trainee' && !p.archived).map((p) => p.id);
      const x = Array.from({ length: 30 }, (_, i) => date(Date.now() - (29 - i) * DAY));
      const fridge = { x, lines: [{ label: 'Kjøleskap 1', values: x.map((_, i) => (i % 7 === 6 ? null : 3 + ((i * 7) % 10) / 10)) }], limit: 4 };
      return { ...weekly(ids), fridge };
    },
    async setArchived(personId: string, archived: boolean): Promise<Person> {
      opts.requireMentor();
      const p = trainee(personId);
      p.archived = archived;
      return p;
    },
    async setCafeSettings(country: Country, languages: string[]): Promise<Cafe> {
      opts.requireMentor();
      const c = opts.cafe() ?? opts.fail('not-found');
      const next = { ...c, country, languages: [...new Set(languages)] };
      opts.setCafe(next);
      return next;
    },
    async exportTrainee(personId: string): Promise<ExportSummary> {
      opts.requireMentor();
      const p = trainee(personId);
      const total = 2 + daysOf(personId).flatMap((d) => d.items).length + 2;
      for (let done = 0; done <= total; done++) {
        listeners.forEach((l) => l({ job: 'export_trainee', done, total }));
        await new Promise((r) => setTimeout(r, 40));
      }
      return { path: `/home/kari/Downloads/mestre-${p.name}.zip`, rows: 12, files: total - 4, bytes: 123_456 };
    },
    async eraseTrainee(personId: string): Promise<ErasureDone> {
      opts.requireMentor();
      const p = trainee(personId);
      const files = daysOf(personId).flatMap((d) => d.items).length;
      opts.removePerson(personId);
      seen.delete(personId);
      return { name: p.name, files };
    },
    onProgress(listener: (e: ProgressEvent) => void) {
      listeners.add(listener);
      return Promise.resolve(() => { listeners.delete(listener); });
    },
  };
}
