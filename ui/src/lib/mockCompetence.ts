// Competences in the in-memory mock backend: the real curriculum pack (assets/competence,
// read as files, not copied), plans, self-ratings, evidence and P/F/K marks kept in
// memory, with the core's order rules in small (P, then F, then K; K with evidence; a
// step back with a comment). Signatures are the core's business: every mock mark is
// shown as signed. The real rules are tested in Rust.

import type {
  AimDetail, AimView, Bilingual, Competences, CompetenceProgress, CurriculumView, EvidenceKind, EvidenceView, Level, Mark, MarkRequest, MarkView,
  IssuedCredential, MessageId, Person, PrintedPdf, SavedReport, TraineeStanding, Totals,
} from '../generated/types';
import { MARK_LETTERS, MARKS } from '../generated/constants';
import { plain } from './i18n.svelte';
import { parseFtl } from './mockWords';

interface Listing {
  curricula: { code: string; title_nb: string; areas: { key: string; title_nb: string; aims: { n: number; picture: string; tasks: string[]; text_nb: string }[] }[] }[];
}
const listing = Object.values(import.meta.glob('../../../assets/competence/pack.json', { eager: true, import: 'default' }))[0] as Listing;
const texts = Object.fromEntries(Object.entries(import.meta.glob('../../../assets/competence/*.ftl', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>)
  .map(([path, source]) => [path.split('/').at(-1)!.replace('.ftl', ''), parseFtl(source)]));
const key = (id: string) => `aim-${id.toLowerCase().replace('.', '-')}`;

export function mockCompetence(opts: {
  me: () => Person | null; requireSignedIn: () => Person; requireMentor: () => Person; people: () => Person[];
  fail: (code: 'not-found' | 'not-allowed' | 'aim-not-in-plan' | 'mark-out-of-order' | 'evidence-missing' | 'comment-missing' | 'aim-not-checked') => never;
}) {
  const plans = new Map<string, Set<string>>();
  const ratings: { person: string; aim: string; level: Level; day: string }[] = [];
  const marks: (MarkView & { person: string; aim: string })[] = [];
  const evidence: (EvidenceView & { person: string; aim: string })[] = [];
  let made = 0;
  const today = () => new Date().toISOString().slice(0, 10);

  const person = (id: string) => opts.people().find((p) => p.id === id) ?? opts.fail('not-found');
  const mayRead = (id: string) => {
    const me = opts.requireSignedIn();
    if (me.role !== 'mentor' && me.id !== id) opts.fail('not-allowed');
  };
  const text = (id: string, lang: string) => texts[lang]?.[id] ?? texts.nb[id] ?? id;
  const pack = (id: string, home: string): Bilingual => ({ work: text(id, 'nb'), home: text(id, home) });
  const said = (id: string, home: string, args: Record<string, string | number> = {}): Bilingual =>
    ({ work: plain(id as MessageId, args as never, 'nb'), home: plain(id as MessageId, args as never, home) });
  /** The demo café's trainees begin with a plan of four kitchen aims (the core's demo has eight). */
  const DEMO = ['Amina', 'Hodan', 'Selam', 'Mariam', 'Olena', 'Rojin'];
  const planOf = (id: string) => plans.get(id) ?? plans.set(id, new Set(
    DEMO.includes(opts.people().find((p) => p.id === id)?.name ?? '') ? ['RMF1-01.1', 'RMF1-01.9', 'RMF1-01.4', 'RMF1-01.12'] : [],
  )).get(id)!;
  const aims = listing.curricula.flatMap((c) => c.areas.flatMap((a) => a.aims.map((aim) => ({ ...aim, id: `${c.code}.${aim.n}`, code: c.code, area: a.key }))));
  const aimOf = (id: string) => aims.find((a) => a.id === id) ?? opts.fail('not-found');
  const newest = <T extends { person: string; aim: string }>(all: T[], p: string, aim: string) => all.filter((x) => x.person === p && x.aim === aim).at(-1);
  const linked = (p: string, aim: string) => evidence.filter((e) => e.person === p && e.aim === aim && e.linked);

  function aimView(p: Person, id: string): AimView {
    const aim = aimOf(id);
    const level = newest(ratings, p.id, id);
    return {
      id, code: id, curriculum: aim.code, picture: aim.picture, title: pack(key(id), p.home_lang), plain: pack(`${key(id)}-plain`, p.home_lang), official: aim.text_nb,
      in_plan: planOf(p.id).has(id), level: level?.level ?? null, level_day: level?.day ?? null, mark: newest(marks, p.id, id) ?? null,
      evidence_count: linked(p.id, id).length,
    };
  }

  function totals(p: Person): Totals {
    const t: Totals = { planned: planOf(p.id).size, started: 0, completed: 0, checked: 0, on_my_own: 0 };
    for (const aim of planOf(p.id)) {
      const m = newest(marks, p.id, aim)?.mark;
      if (m) t[m] += 1;
      if (newest(ratings, p.id, aim)?.level === 'on-my-own') t.on_my_own += 1;
    }
    return t;
  }

  function competences(id: string): Competences {
    mayRead(id);
    const p = person(id);
    const onlyPlan = opts.requireSignedIn().role === 'trainee';
    const curricula: CurriculumView[] = listing.curricula.map((c) => ({
      code: c.code, title: pack(`curriculum-${c.code.toLowerCase()}`, p.home_lang),
      areas: c.areas.map((a) => ({
        key: a.key, title: pack(`area-${c.code.toLowerCase()}-${a.key}`, p.home_lang),
        aims: a.aims.map((x) => aimView(p, `${c.code}.${x.n}`)).filter((x) => !onlyPlan || x.in_plan),
      })).filter((a) => a.aims.length > 0),
    })).filter((c) => c.areas.length > 0);
    return { person_id: p.id, person_name: p.name, home_lang: p.home_lang, work_lang: 'nb', curricula, totals: totals(p) };
  }

  /** Her work to suggest: in the mock, one diary day and one photo per aim with tasks. */
  function suggestions(p: Person, id: string): EvidenceView[] {
    const aim = aimOf(id);
    if (aim.tasks.length === 0) return [];
    const day = today();
    const all: EvidenceView[] = [
      { id: `evidence:${p.id}:${id}:diary-day:day-${day}`, kind: 'diary-day', ref_id: `day-${day}`, day,
        summary: said('competence-summary-day', p.home_lang, { date: day, tasks: plain(`task-${aim.tasks[0]}` as MessageId, undefined as never, 'nb') }),
        photo_thumb: null, voice: null, linked: false, linked_by_name: '' },
      { id: `evidence:${p.id}:${id}:photo:photo-${day}`, kind: 'photo', ref_id: `photo-${day}`, day,
        summary: said('competence-summary-photo', p.home_lang, { date: day }), photo_thumb: null, voice: null, linked: false, linked_by_name: '' },
    ];
    return all.filter((s) => !evidence.some((e) => e.id === s.id && e.linked));
  }

  function allowed(current: Mark | undefined, count: number): Mark[] {
    return MARKS.filter((m) => {
      const forward = current === undefined ? 'started' : MARKS[MARKS.indexOf(current) + 1];
      if (m === forward) return m !== 'checked' || count > 0;
      return current !== undefined && MARKS.indexOf(m) < MARKS.indexOf(current);
    });
  }

  function detail(id: string, aim: string): AimDetail {
    mayRead(id);
    const p = person(id);
    const a = aimOf(aim);
    const isMentor = opts.requireSignedIn().role === 'mentor';
    return {
      person_id: p.id, person_name: p.name, home_lang: p.home_lang, work_lang: 'nb', aim: aimView(p, aim),
      area: pack(`area-${a.code.toLowerCase()}-${a.area}`, p.home_lang), curriculum: pack(`curriculum-${a.code.toLowerCase()}`, p.home_lang),
      marks: marks.filter((m) => m.person === p.id && m.aim === aim),
      ratings: ratings.filter((r) => r.person === p.id && r.aim === aim).map((r) => ({ day: r.day, level: r.level, name: said(`competence-level-${r.level}`, p.home_lang) })),
      evidence: linked(p.id, aim), suggestions: suggestions(p, aim),
      next_marks: isMentor && planOf(p.id).has(aim) ? allowed(newest(marks, p.id, aim)?.mark, linked(p.id, aim).length) : [],
    };
  }

  return {
    async competences(personId: string) { return competences(personId); },
    async myCompetences() {
      const me = opts.requireSignedIn();
      if (me.role !== 'trainee') opts.fail('not-allowed');
      return competences(me.id);
    },
    async competenceAim(personId: string, aim: string) { return detail(personId, aim); },
    async setPlan(personId: string, aim: string, inPlan: boolean) {
      opts.requireMentor();
      aimOf(aim);
      if (inPlan) planOf(personId).add(aim); else planOf(personId).delete(aim);
      return competences(personId);
    },
    async rateAim(aim: string, level: Level) {
      const me = opts.requireSignedIn();
      if (me.role !== 'trainee') opts.fail('not-allowed');
      if (!planOf(me.id).has(aim)) opts.fail('aim-not-in-plan');
      ratings.push({ person: me.id, aim, level, day: today() });
      return aimView(me, aim);
    },
    async linkEvidence(personId: string, aim: string, kind: EvidenceKind, refId: string) {
      mayRead(personId);
      if (!planOf(personId).has(aim)) opts.fail('aim-not-in-plan');
      const found = suggestions(person(personId), aim).find((s) => s.kind === kind && s.ref_id === refId) ?? opts.fail('not-found');
      evidence.push({ ...found, linked: true, linked_by_name: opts.requireSignedIn().name, person: personId, aim });
      return detail(personId, aim);
    },
    async unlinkEvidence(evidenceId: string) {
      const row = evidence.find((e) => e.id === evidenceId && e.linked) ?? opts.fail('not-found');
      mayRead(row.person);
      row.linked = false;
      evidence.splice(evidence.indexOf(row), 1);
      return detail(row.person, row.aim);
    },
    async markAim(request: MarkRequest) {
      const mentor = opts.requireMentor();
      const p = person(request.person_id);
      if (!planOf(p.id).has(request.aim)) opts.fail('aim-not-in-plan');
      const current = newest(marks, p.id, request.aim)?.mark;
      const count = linked(p.id, request.aim).length;
      const forward = current === undefined ? 'started' : MARKS[MARKS.indexOf(current) + 1];
      if (request.mark === forward) {
        if (request.mark === 'checked' && count === 0) opts.fail('evidence-missing');
      } else if (current !== undefined && MARKS.indexOf(request.mark) < MARKS.indexOf(current)) {
        if (!request.comment.trim() && !request.voice) opts.fail('comment-missing');
      } else opts.fail('mark-out-of-order');
      const day = today();
      marks.push({
        id: `mark-${++made}`, mark: request.mark, letter: MARK_LETTERS[request.mark],
        name: said(`competence-mark-${request.mark}`, p.home_lang), day, date: { work: day, home: day }, mentor_id: mentor.id, mentor_name: mentor.name,
        comment: request.comment.trim(), voice: request.voice?.voice ?? null, duration_ms: request.voice?.duration_ms ?? 0, evidence_count: count,
        signature_valid: true, person: p.id, aim: request.aim,
      });
      return detail(p.id, request.aim);
    },
    async competenceProgress(personId: string): Promise<CompetenceProgress> {
      mayRead(personId);
      const p = person(personId);
      const now = new Date();
      const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)).toISOString().slice(0, 7));
      const t = totals(p);
      return {
        person_id: p.id, planned: t.planned,
        months: months.map((month, i) => (i === 11 ? { month, started: t.started, completed: t.completed, checked: t.checked, on_my_own: t.on_my_own }
          : { month, started: 0, completed: 0, checked: 0, on_my_own: 0 })),
      };
    },
    async groupCompetences(): Promise<TraineeStanding[]> {
      opts.requireMentor();
      return opts.people().filter((p) => p.role === 'trainee').map((p) => ({ person_id: p.id, name: p.name, photo_thumb: p.photo_thumb, totals: totals(p) }));
    },
    async monthlyReport(month: string, personId: string | null): Promise<SavedReport> {
      opts.requireMentor();
      const name = personId ? `-${person(personId).name.toLowerCase()}` : '';
      const trainees = personId ? 1 : opts.people().filter((p) => p.role === 'trainee').length;
      return { pdf: `/mock/prints/manedsrapport-${month}${name}.pdf`, csv: `/mock/prints/manedsrapport-${month}${name}.csv`, trainees };
    },
    async issueCredential(personId: string, aim: string): Promise<IssuedCredential> {
      opts.requireMentor();
      const p = person(personId);
      if (newest(marks, p.id, aim)?.mark !== 'checked') opts.fail('aim-not-checked');
      const name = `badge-${aim.toLowerCase().replace('.', '-')}-${p.name.toLowerCase()}`;
      return { id: `urn:uuid:mock-${++made}`, json: `/mock/prints/${name}.json`, png: `/mock/prints/${name}.png` };
    },
    async printCertificate(personId: string, _send: boolean): Promise<PrintedPdf> {
      opts.requireMentor();
      const p = person(personId);
      return { path: `/mock/prints/kompetansebevis-${p.name}.pdf`, sent: false, problem: '' };
    },
  };
}
