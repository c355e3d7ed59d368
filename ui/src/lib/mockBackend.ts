// An in-memory stand-in for the Rust core, used when the UI runs in a plain browser
// (Playwright tests, `npm run dev`). It follows the core's rules closely enough for the
// screens to be exercised — demo café, picture PIN apple-fish-sun, lock-out after five
// wrong tries — but it is not the core: the real app's tests run against Rust.
// `?mock=empty` starts with no café (first-run setup).

import type { Backend } from './backend';
import { BackendError } from './backend';
import { plain } from './i18n.svelte';
import type {
  AppState, Captions, Clip, CommentView, DaySummary, DayView, ErrorKind, ItemView, PeerView, Person, QuarantineEntry, Session,
  Speech, SpeechRequest, SyncEvent,
} from '../generated/types';
import { LOCALES, LOCALES_WITHOUT_VOICE, LOCKOUT, PICTURES } from '../generated/constants';
import { mockCompetence } from './mockCompetence';
import { mockContent } from './mockContent';
import { mockWorkspace } from './mockWorkspace';
import { mockFridge } from './mockFridge';
import { mockRecipes } from './mockRecipes';
import { mockWords } from './mockWords';

const DEMO_PIN = 'apple-fish-sun';
/** Prompts the mock's studio offers (the core offers every fixed prompt). */
const STUDIO_PROMPTS = ['wall-title', 'pin-title', 'day-tasks-title', 'day-mood-title', 'section-my-day', 'section-my-book', 'logout', 'nav-home', 'nav-back'];

interface Secret { kind: 'pin' | 'password'; value: string }

const MOCK_PAIRING_CODE = '482913';

function fail(code: ErrorKind, secondsLeft: number | null = null): never {
  const id = `error-${code}` as const;
  const minutes = secondsLeft === null ? null : Math.ceil(secondsLeft / 60);
  const message = minutes === null ? plain(id as 'error-login-failed') : plain('error-login-locked', { minutes });
  throw new BackendError({ code, message, message_id: id, minutes, seconds: secondsLeft });
}

/** Her language beside Norwegian (the core's rule, in small). */
function captionsOf(lang: string, workFirst: boolean): Captions {
  if (lang === 'nb') return { first: 'nb', second: null };
  return workFirst ? { first: 'nb', second: lang } : { first: lang, second: 'nb' };
}

/** A short sine tone as WAV: enough to exercise the Blob playback path. */
function toneWav(): string {
  const rate = 8000, samples = 2000;
  const buf = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (o: number, s: string) => [...s].forEach((c, i) => buf.setUint8(o + i, c.charCodeAt(0)));
  text(0, 'RIFF'); buf.setUint32(4, 36 + samples * 2, true); text(8, 'WAVE'); text(12, 'fmt ');
  buf.setUint32(16, 16, true); buf.setUint16(20, 1, true); buf.setUint16(22, 1, true);
  buf.setUint32(24, rate, true); buf.setUint32(28, rate * 2, true); buf.setUint16(32, 2, true); buf.setUint16(34, 16, true);
  text(36, 'data'); buf.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) buf.setInt16(44 + i * 2, Math.round(8000 * Math.sin((i / rate) * 2 * Math.PI * 440)), true);
  let s = '';
  new Uint8Array(buf.buffer).forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s);
}

function portrait(hue: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 150"><rect width="120" height="150" fill="hsl(${hue},60%,80%)"/><ellipse cx="60" cy="62" rx="34" ry="40" fill="hsl(${hue},45%,35%)"/><ellipse cx="60" cy="64" rx="24" ry="29" fill="#c68642"/><ellipse cx="60" cy="160" rx="52" ry="55" fill="hsl(${hue},45%,35%)"/></svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

function isImage(bytes: Uint8Array): boolean {
  const b = bytes;
  return (b[0] === 0xff && b[1] === 0xd8) || (b[0] === 0x89 && b[1] === 0x50) ||
    (b[0] === 0x52 && b[1] === 0x49 && b[8] === 0x57) || (b[0] === 0x47 && b[1] === 0x49);
}

export function createMockBackend(): Backend {
  const empty = typeof location !== 'undefined' && new URLSearchParams(location.search).get('mock') === 'empty';
  const media = new Map<string, string>();
  const people: Person[] = [];
  const secrets = new Map<string, Secret>();
  const guards = new Map<string, { failures: number; lockouts: number; until: number }>();
  let cafe: AppState['cafe'] = null;
  let deviceLang: string | null = null;
  let session: Session | null = null;
  let nextId = 1;
  const tone = toneWav();
  /** The screens the UI said it first showed (window.__mestreFirstScreens, for tests). */
  const firstScreens: string[] = [];
  if (typeof window !== 'undefined') (window as unknown as { __mestreFirstScreens: string[] }).__mestreFirstScreens = firstScreens;

  const addPerson = (name: string, role: Person['role'], lang: string, secret: Secret, photo?: string): Person => {
    const id = `00000000-0000-7000-8000-${String(nextId++).padStart(12, '0')}`;
    let hash: string | null = null;
    if (photo) { hash = `photo${id}`; media.set(hash, photo); }
    const person: Person = {
      id, name, role, photo: hash, photo_thumb: hash, ui_lang: lang, home_lang: lang, work_language_first: false, captions: captionsOf(lang, false),
      archived: false,
    };
    people.push(person);
    secrets.set(id, secret);
    return person;
  };

  const demoCafe = () => {
    cafe = { id: 'cafe', name: 'Cafe Vintage', country: 'NO', languages: [] };
    addPerson('Kari', 'mentor', 'nb', { kind: 'password', value: 'mestre-demo' }, portrait(200));
    ([['Amina', 'ar'], ['Hodan', 'so'], ['Selam', 'ti'], ['Mariam', 'prs'], ['Olena', 'uk'], ['Rojin', 'ku']] as const)
      .forEach(([name, lang], i) => addPerson(name, 'trainee', lang, { kind: 'pin', value: DEMO_PIN }, portrait(i * 55)));
  };
  if (!empty) demoCafe();

  // Sync: in the mock, "the laptop" holds the demo café; a first sync on an empty
  // device brings it over, as the real first sync does.
  const peers: PeerView[] = empty ? [] : [{ id: 'laptop', name: 'Kari sin PC', paired_ms: Date.now() - 86_400_000, last_sync_ms: Date.now() - 3_600_000, last_address: '192.168.1.20:47474', unpaired_ms: null }];
  // Changes a tablet sent that were not allowed, as the core's quarantine lists them
  // (what and why are said in the signed-in mentor's language when she asks).
  const refused = empty ? [] : [
    { who: 'Amina', device: 'Kjøkkenbrett 2', what: 'record-person', hoursAgo: 2, reason: 'needs-mentor', detail: 'only a mentor may do this', set_aside: false },
    { who: 'Hodan', device: 'e3b0c442-98fc-7c14-9afb-f4c8996fb924', what: 'record-diary-day', hoursAgo: 26, reason: 'bad-signature', detail: 'not signed by its device', set_aside: true },
  ] as const;
  const listeners = new Set<(e: SyncEvent) => void>();
  const emit = (e: SyncEvent) => listeners.forEach((l) => l(e));
  const tick = () => new Promise((r) => setTimeout(r, 30));

  const login = (personId: string, kind: Secret['kind'], value: string): Session => {
    const now = Date.now();
    const guard = guards.get(personId) ?? { failures: 0, lockouts: 0, until: 0 };
    if (guard.until > now) fail('login-locked', Math.ceil((guard.until - now) / 1000));
    const person = people.find((p) => p.id === personId);
    const secret = secrets.get(personId);
    if (person && secret?.kind === kind && secret.value === value) {
      guards.delete(personId);
      session = { person };
      return session;
    }
    guard.failures += 1;
    if (guard.failures >= LOCKOUT.triesBeforeLock) {
      guard.failures = 0;
      guard.lockouts += 1;
      guard.until = now + LOCKOUT.minutes[Math.min(guard.lockouts, LOCKOUT.minutes.length) - 1] * 60000;
      guards.set(personId, guard);
      fail('login-locked', Math.ceil((guard.until - now) / 1000));
    }
    guards.set(personId, guard);
    fail('login-failed');
  };

  const requireMentor = (): Person => {
    if (session?.person.role !== 'mentor') fail('not-allowed');
    return session.person;
  };
  const requireTrainee = (): Person => {
    if (session?.person.role !== 'trainee') fail('not-allowed');
    return session.person;
  };

  // The little book, in memory. Recording "hears" a short tone unless the test page
  // says the microphone is missing (?mic=missing).
  const noMic = typeof location !== 'undefined' && new URLSearchParams(location.search).get('mic') === 'missing';
  const days = new Map<string, DayView & { seen: number }>();
  const studio = new Map<string, string>();
  const heard = new Map<string, number>();
  let idleMinutes = 3;
  let recording = false;
  let recordingSince = 0;
  let clips = 0;
  const today = () => new Date().toISOString().slice(0, 10);
  const dayOf = (owner: string, date: string) => {
    const id = `day:${owner}:${date}`;
    if (!days.has(id)) days.set(id, { id, owner, day: date, tasks: [], mood: null, items: [], comments: [], seen: 0 });
    return days.get(id)!;
  };
  const view = (d: DayView & { seen: number }): DayView => ({
    id: d.id, owner: d.owner, day: d.day, tasks: [...d.tasks], mood: d.mood, items: [...d.items],
    comments: d.comments.map((c) => ({ ...c, is_new: c.created_ms > d.seen })),
  });
  const addItem = (item: Partial<ItemView>) => {
    const me = requireTrainee();
    const d = dayOf(me.id, today());
    d.items.push({ id: `item${d.items.length}`, kind: 'photo', photo: null, photo_thumb: null, voice: null, duration_ms: 0, text: '', created_ms: Date.now(), ...item });
    return view(d);
  };
  const storeImage = (bytes: Uint8Array) => {
    if (bytes.length === 0 || !isImage(bytes)) fail('image-unreadable');
    const hash = `import${media.size}`;
    media.set(hash, URL.createObjectURL(new Blob([bytes as BlobPart])));
    return { photo: hash, thumb: hash };
  };
  // An earlier day with a mentor's comment, so the book and the badge have something to show.
  const amina = people.find((p) => p.name === 'Amina');
  if (amina) {
    // Three days ago (relative, so the dashboard's "no diary for a week" never reaches her).
    const d = dayOf(amina.id, new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
    d.tasks = ['bake-bread', 'wash-dishes'];
    d.mood = 'good';
    const voice = 'tone';
    media.set(voice, `data:audio/wav;base64,${tone}`);
    d.comments.push({ id: 'c1', author: 'Kari', text: 'Flott jobbet!', voice, duration_ms: 250, created_ms: Date.now() - 1000, is_new: true });
  }
  // The week the mentor's dashboard shows: Hodan quiet for nine days, Selam's hard day
  // yesterday with a photo and a voice note (Amina's day is the one above).
  const ago = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const seed = (name: string, n: number, mood: DayView['mood'], tasks: string[], items: Partial<ItemView>[] = []) => {
    const p = people.find((x) => x.name === name);
    if (!p) return;
    const d = dayOf(p.id, ago(n));
    d.mood = mood;
    d.tasks = tasks;
    items.forEach((item, k) => d.items.push({ id: `seed-${name}-${n}-${k}`, kind: 'photo', photo: null, photo_thumb: null, voice: null, duration_ms: 0, text: '',
      created_ms: Date.now() - n * 86_400_000 + k, ...item }));
  };
  if (!empty) {
    media.set('seed-photo', portrait(120));
    seed('Hodan', 9, 'good', ['wash-dishes']);
    seed('Selam', 1, 'hard', ['make-soup', 'cut-vegetables'], [{ kind: 'photo', photo: 'seed-photo', photo_thumb: 'seed-photo' }, { kind: 'voice', voice: 'tone', duration_ms: 250 }]);
  }

  // Whether the cook screen asked to keep the screen on (the browser tests read it).
  let awake = false;
  (globalThis as { __mestreAwake?: () => boolean }).__mestreAwake = () => awake;
  const wordBank = mockWords({ me: () => session?.person ?? null, requireTrainee, requireMentor, fail: (code) => fail(code) });

  const recipeBook = mockRecipes({ me: () => session?.person ?? null, requireSignedIn: () => session?.person ?? fail('not-allowed'), requireMentor, fail: (code) => fail(code) });

  const fridge = mockFridge({
    me: () => session?.person ?? null, requireSignedIn: () => session?.person ?? fail('not-allowed'), requireMentor, people: () => people,
    recipes: () => recipeBook.recipes(), fail: (code) => fail(code),
  });

  const competence = mockCompetence({
    me: () => session?.person ?? null, requireSignedIn: () => session?.person ?? fail('not-allowed'), requireMentor, people: () => people,
    fail: (code) => fail(code),
  });

  const content = mockContent({
    me: () => session?.person ?? null, requireMentor, recipes: () => recipeBook.recipes(), tone, fail: (code) => fail(code),
  });

  const workspace = mockWorkspace({
    requireMentor, requireTrainee, people: () => people,
    removePerson: (id) => { people.splice(people.findIndex((p) => p.id === id), 1); for (const [k, d] of days) if (d.owner === id) days.delete(k); },
    days: () => [...days.values()], cafe: () => cafe, setCafe: (c) => { cafe = c; },
    word: (id) => wordBank.word(id), recipe: (id) => recipeBook.recipe(id, null), fail: (code) => fail(code),
  });

  return {
    ...wordBank,
    ...workspace,
    ...recipeBook,
    ...fridge,
    ...competence,
    ...content,
    async keepScreenAwake(on) { awake = on; return false; },
    async firstScreenShown(screen, _pageMs) {
      firstScreens.push(screen);
    },
    async appState() {
      return {
        setup_needed: cafe === null, cafe, device_lang: deviceLang ?? 'nb', language_chosen: deviceLang !== null,
        device_captions: captionsOf(deviceLang ?? 'nb', false),
        locales: cafe?.languages.length ? LOCALES.filter((l) => l.tag === 'nb' || cafe!.languages.includes(l.tag)) : [...LOCALES], pictures: [...PICTURES], session,
        idle_sign_out_minutes: idleMinutes,
      };
    },
    async setDeviceLanguage(tag) { deviceLang = tag; },
    async setupCafe(setup) {
      if (cafe) fail('setup-state');
      if (!setup.cafe_name.trim() || !setup.mentor.name.trim() || setup.mentor.password.length < 8) fail('invalid-input');
      cafe = { id: 'cafe', name: setup.cafe_name.trim(), country: setup.country, languages: [] };
      const mentor = addPerson(setup.mentor.name.trim(), 'mentor', setup.mentor.ui_lang, { kind: 'password', value: setup.mentor.password });
      session = { person: mentor };
      return session;
    },
    async people() { return [...people].sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'mentor' ? -1 : 1)); },
    async loginWithPin(personId, pin) { return login(personId, 'pin', pin.join('-')); },
    async loginWithPassword(personId, password) { return login(personId, 'password', password); },
    async setMyLanguage(tag) {
      if (!session) fail('not-allowed');
      session.person.ui_lang = tag;
      session.person.captions = captionsOf(tag, session.person.work_language_first);
      return session;
    },
    async logout() { session = null; },
    async importPhoto(bytes) {
      requireMentor();
      if (bytes.length > 40 * 1024 * 1024) fail('image-too-large');
      if (bytes.length === 0 || !isImage(bytes)) fail('image-unreadable');
      const hash = `import${media.size}`;
      media.set(hash, URL.createObjectURL(new Blob([bytes as BlobPart])));
      return { photo: hash, thumb: hash };
    },
    async addTrainee(trainee) {
      requireMentor();
      if (!trainee.name.trim() || trainee.pin.length !== 3) fail('invalid-input');
      const person = addPerson(trainee.name.trim(), 'trainee', trainee.ui_lang, { kind: 'pin', value: trainee.pin.join('-') });
      person.home_lang = trainee.home_lang;
      if (trainee.photo) { person.photo = trainee.photo.photo; person.photo_thumb = trainee.photo.thumb; }
      return person;
    },
    async setPicturePin(personId, pin) {
      requireMentor();
      const person = people.find((p) => p.id === personId && p.role === 'trainee') ?? fail('not-found');
      if (pin.length !== 3) fail('invalid-input');
      secrets.set(person.id, { kind: 'pin', value: pin.join('-') });
      guards.delete(person.id);
    },
    async speak(request: SpeechRequest): Promise<Speech> {
      heard.set(request.id, (heard.get(request.id) ?? 0) + 1);
      const args = Object.fromEntries(request.args) as never;
      const text = plain(request.id as 'say-name', args, request.lang);
      const spoken = LOCALES_WITHOUT_VOICE.includes(request.lang) ? 'nb' : request.lang;
      return { text, spoken_lang: spoken, audio_base64: tone, mime: 'audio/wav' };
    },
    mediaUrl(hash) { return media.get(hash) ?? ''; },
    async syncStatus() { return { device_name: 'Kjøkkenbrett', listening: '0.0.0.0:47474', peers: [...peers] }; },
    async openPairing() {
      requireMentor();
      const qr = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7"><rect width="7" height="7" fill="#fff"/><path d="M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM5 5h1v1H5z"/></svg>';
      return { code: MOCK_PAIRING_CODE, expires_ms: Date.now() + 5 * 60_000, addresses: ['192.168.1.20:47474'], qr_svg: qr };
    },
    async closePairing() {},
    async pairWith(address, code) {
      if (cafe && session?.person.role !== 'mentor') fail('not-allowed');
      if (!address.trim()) fail('peer-unreachable');
      if (code.replace(/\D/g, '') !== MOCK_PAIRING_CODE) fail('pairing-wrong-code');
      const peer = { id: 'laptop', name: 'Kari sin PC', paired_ms: Date.now(), last_sync_ms: null, last_address: address, unpaired_ms: null };
      peers.splice(0, peers.length, peer);
      return peer;
    },
    async unpair(peerId) {
      requireMentor();
      const i = peers.findIndex((p) => p.id === peerId);
      if (i < 0) fail('not-found');
      peers.splice(i, 1);
    },
    async quarantine() {
      const me = requireMentor();
      const entries: QuarantineEntry[] = refused.map((r) => ({
        who: r.who, device: r.device, what: plain(r.what, undefined, me.ui_lang), when_ms: Date.now() - r.hoursAgo * 3_600_000,
        why: plain(`refusal-${r.reason}`, undefined, me.ui_lang), reason: r.reason, detail: r.detail, set_aside: r.set_aside,
      }));
      return { count: entries.length, entries };
    },
    async addMentor(mentor) {
      requireMentor();
      if (!mentor.name.trim()) fail('invalid-input');
      if (mentor.password.length < 8) fail('invalid-input');
      return addPerson(mentor.name.trim(), 'mentor', mentor.ui_lang, { kind: 'password', value: mentor.password });
    },
    async changeMyPassword(old, password) {
      const me = requireMentor();
      if (secrets.get(me.id)?.value !== old) fail('login-failed');
      if (password.length < 8) fail('invalid-input');
      secrets.set(me.id, { kind: 'password', value: password });
    },
    async resetMentorPassword(personId, password) {
      const me = requireMentor();
      const other = people.find((p) => p.id === personId && p.role === 'mentor') ?? fail('not-found');
      if (other.id === me.id) fail('not-allowed');
      if (password.length < 8) fail('invalid-input');
      secrets.set(other.id, { kind: 'password', value: password });
    },
    async retireMentor(personId) {
      const me = requireMentor();
      const i = people.findIndex((p) => p.id === personId && p.role === 'mentor');
      if (i < 0) fail('not-found');
      if (people[i].id === me.id) fail('not-allowed');
      secrets.delete(people[i].id);
      people.splice(i, 1);
    },
    async syncNow() {
      const peer = peers[0];
      if (!peer) fail('not-paired');
      void (async () => {
        emit({ kind: 'started', peer: peer.name });
        for (let done = 1; done <= 3; done++) {
          await tick();
          emit({ kind: 'progress', peer: peer.name, progress: { phase: 'rows', done: done * 10, total: 30 } });
        }
        for (let done = 1; done <= 2; done++) {
          await tick();
          emit({ kind: 'progress', peer: peer.name, progress: { phase: 'media', done, total: 2 } });
        }
        if (!cafe) demoCafe();
        peer.last_sync_ms = Date.now();
        emit({ kind: 'done', peer: peer.name, at_ms: Date.now(), report: { rows_received: 30, rows_sent: 0, rows_refused: 0, media_received: 2, media_sent: 0, media_bytes: 4096 } });
      })();
    },
    async myDay() { const me = requireTrainee(); return view(dayOf(me.id, today())); },
    async setMyTasks(tasks) {
      const me = requireTrainee();
      if (tasks.some((t) => !content.isTask(t))) fail('invalid-input');
      const d = dayOf(me.id, today());
      d.tasks = [...new Set(tasks)];
      return view(d);
    },
    async setMyMood(mood) { const me = requireTrainee(); const d = dayOf(me.id, today()); d.mood = mood; return view(d); },
    async addMyPhoto(bytes) { requireTrainee(); const p = storeImage(bytes); return addItem({ kind: 'photo', photo: p.photo, photo_thumb: p.thumb }); },
    async importMyPhoto(bytes) { requireTrainee(); return storeImage(bytes); },
    async startRecording() {
      if (!session) fail('not-allowed');
      if (noMic) fail('microphone-missing');
      recording = true;
      recordingSince = Date.now();
    },
    async recordingSeconds() { return recording ? (Date.now() - recordingSince) / 1000 : null; },
    async stopRecording(): Promise<Clip> {
      if (!recording) fail('recording-empty');
      recording = false;
      const voice = `clip${clips++}`;
      media.set(voice, `data:audio/wav;base64,${tone}`);
      return { voice, duration_ms: 250 };
    },
    async importRecording(bytes): Promise<Clip> {
      if (!session) fail('not-allowed');
      if (bytes.length < 44) fail('audio-unreadable');
      const voice = `clip${clips++}`;
      media.set(voice, URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'audio/wav' })));
      return { voice, duration_ms: 250 };
    },
    async addMyVoiceNote(clip) { return addItem({ kind: 'voice', voice: clip.voice, duration_ms: clip.duration_ms }); },
    async addMyWord(photo, clip) {
      return addItem({ kind: 'word', voice: clip.voice, duration_ms: clip.duration_ms, photo: photo?.photo ?? null, photo_thumb: photo?.thumb ?? null });
    },
    async diaryDays(personId): Promise<DaySummary[]> {
      if (!session || (session.person.role !== 'mentor' && session.person.id !== personId)) fail('not-allowed');
      return [...days.values()].filter((d) => d.owner === personId && (d.tasks.length || d.items.length || d.comments.length))
        .sort((a, b) => b.day.localeCompare(a.day))
        .map((d) => ({ id: d.id, day: d.day, tasks: d.tasks, mood: d.mood, photo_thumb: d.items.find((i) => i.photo_thumb)?.photo_thumb ?? null,
          items: d.items.length, new_comments: d.comments.filter((c) => c.created_ms > d.seen).length }));
    },
    async diaryDay(dayId) {
      const d = days.get(dayId) ?? fail('not-found');
      if (!session || (session.person.role !== 'mentor' && session.person.id !== d.owner)) fail('not-allowed');
      return view(d);
    },
    async markCommentsSeen(dayId) { const d = days.get(dayId) ?? fail('not-found'); d.seen = Date.now(); },
    async addComment(dayId, text, clip) {
      requireMentor();
      const d = days.get(dayId) ?? fail('not-found');
      if (!text.trim() && !clip) fail('invalid-input');
      const c: CommentView = { id: `c${d.comments.length + 2}`, author: session!.person.name, text: text.trim(), voice: clip?.voice ?? null,
        duration_ms: clip?.duration_ms ?? 0, created_ms: Date.now() + 1, is_new: true };
      d.comments.push(c);
      return view(d);
    },
    async setWordText(itemId, text) {
      requireMentor();
      for (const d of days.values()) for (const i of d.items) if (i.id === itemId) i.text = text.trim();
    },
    async speakText(lang, text) {
      if (!LOCALES.some((l) => l.tag === lang)) fail('invalid-input');
      // As the core: a language without a synthetic voice cannot read a written text.
      if (LOCALES_WITHOUT_VOICE.includes(lang)) return { text, spoken_lang: null, audio_base64: null, mime: 'audio/wav' };
      return { text, spoken_lang: lang, audio_base64: tone, mime: 'audio/wav' };
    },
    async setCaptionOrder(personId, workFirst) {
      requireMentor();
      const person = people.find((p) => p.id === personId) ?? fail('not-found');
      person.work_language_first = workFirst;
      person.captions = captionsOf(person.ui_lang, workFirst);
      return person;
    },
    async setIdleSignOut(minutes) {
      requireMentor();
      if (minutes > 60) fail('invalid-input');
      idleMinutes = minutes;
    },
    async studioPrompts(lang) {
      requireMentor();
      return STUDIO_PROMPTS.map((id) => ({ id, recorded: studio.has(`${lang}/${id}`), heard: heard.get(id) ?? 0 }))
        .sort((a, b) => b.heard - a.heard || a.id.localeCompare(b.id));
    },
    async studioProgress() {
      requireMentor();
      return LOCALES.map((l) => ({
        tag: l.tag, total: STUDIO_PROMPTS.length, has_synthetic_voice: !LOCALES_WITHOUT_VOICE.includes(l.tag),
        recorded: STUDIO_PROMPTS.filter((id) => studio.has(`${l.tag}/${id}`)).length,
      }));
    },
    async exportVoicePack(lang) {
      requireMentor();
      const clips = STUDIO_PROMPTS.filter((id) => studio.has(`${lang}/${id}`)).length;
      return { lang, clips, path: `/home/kari/Downloads/mestre-voices-${lang}.zip` };
    },
    async importVoicePack(bytes) {
      requireMentor();
      // The mock reads a tiny JSON "pack": {"lang": "ti", "clips": ["nav-home", …]}.
      let pack: { lang: string; clips: string[] };
      try { pack = JSON.parse(new TextDecoder().decode(bytes)); } catch { fail('voice-pack-unreadable'); }
      let added = 0, same = 0;
      for (const id of pack.clips) {
        if (studio.has(`${pack.lang}/${id}`)) same++; else { studio.set(`${pack.lang}/${id}`, 'tone'); added++; }
      }
      return { lang: pack.lang, added, already_here: same, kept_own: 0, skipped: 0 };
    },
    async savePromptClip(lang, messageId, clip) {
      requireMentor();
      studio.set(`${lang}/${messageId}`, clip.voice);
    },
    async onSync(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
