// The only module that talks to Rust. Screens call `backend()`; in the real app it
// invokes Tauri commands, in a plain browser (tests, `vite dev`) it is the in-memory
// mock from mockBackend.ts, so every screen runs the same code against both.

import type {
  AppState, CafeSetup, ErrorPayload, NewTrainee, PairingView, PeerView, Person, PhotoRef, PictureId, Session, Speech,
  SpeechRequest, SyncEvent, SyncStatus, Clip, DaySummary, DayView, Mood, Task, PromptStatus,
} from '../generated/types';

export interface Backend {
  appState(): Promise<AppState>;
  setDeviceLanguage(tag: string): Promise<void>;
  setupCafe(setup: CafeSetup): Promise<Session>;
  people(): Promise<Person[]>;
  loginWithPin(personId: string, pin: PictureId[]): Promise<Session>;
  loginWithPassword(personId: string, password: string): Promise<Session>;
  setMyLanguage(tag: string): Promise<Session>;
  logout(): Promise<void>;
  importPhoto(bytes: Uint8Array): Promise<PhotoRef>;
  addTrainee(trainee: NewTrainee): Promise<Person>;
  /** A mentor gives a trainee a new picture PIN (she forgot hers). */
  setPicturePin(personId: string, pin: PictureId[]): Promise<void>;
  speak(request: SpeechRequest): Promise<Speech>;
  /** A URL the webview can show for a stored photo. */
  mediaUrl(hash: string): string;
  syncStatus(): Promise<SyncStatus>;
  openPairing(): Promise<PairingView>;
  closePairing(): Promise<void>;
  pairWith(address: string, code: string): Promise<PeerView>;
  unpair(peerId: string): Promise<void>;
  /** Start a sync in the background; its progress arrives through `onSync`. */
  syncNow(peerId?: string): Promise<void>;
  /** Hear every sync (started here or by itself). Returns a function that stops listening. */
  onSync(listener: (event: SyncEvent) => void): Promise<() => void>;
  diaryTasks(): Promise<Task[]>;
  myDay(): Promise<DayView>;
  setMyTasks(tasks: string[]): Promise<DayView>;
  setMyMood(mood: Mood): Promise<DayView>;
  addMyPhoto(bytes: Uint8Array): Promise<DayView>;
  importMyPhoto(bytes: Uint8Array): Promise<PhotoRef>;
  /** Record from the microphone (natively in the app). */
  startRecording(): Promise<void>;
  /** Seconds recorded so far (null when not recording), for the timer. */
  recordingSeconds(): Promise<number | null>;
  stopRecording(): Promise<Clip>;
  addMyVoiceNote(clip: Clip): Promise<DayView>;
  addMyWord(photo: PhotoRef | null, clip: Clip): Promise<DayView>;
  diaryDays(personId: string): Promise<DaySummary[]>;
  diaryDay(dayId: string): Promise<DayView>;
  markCommentsSeen(dayId: string): Promise<void>;
  addComment(dayId: string, text: string, clip: Clip | null): Promise<DayView>;
  setWordText(itemId: string, text: string): Promise<void>;
  studioPrompts(lang: string): Promise<PromptStatus[]>;
  savePromptClip(lang: string, messageId: string, clip: Clip): Promise<void>;
}

/** An error from the core, carried as `{code, message}`. */
export class BackendError extends Error {
  constructor(public payload: ErrorPayload) {
    super(payload.message);
  }
}

export function isBackendError(e: unknown): e is BackendError {
  return e instanceof BackendError;
}

function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

async function tauriBackend(): Promise<Backend> {
  const { invoke, convertFileSrc } = await import('@tauri-apps/api/core');
  const { listen } = await import('@tauri-apps/api/event');
  const call = async <T>(cmd: string, args?: Record<string, unknown> | Uint8Array): Promise<T> => {
    try {
      return await invoke<T>(cmd, args as never);
    } catch (e) {
      if (e && typeof e === 'object' && 'code' in e) throw new BackendError(e as ErrorPayload);
      throw e;
    }
  };
  return {
    appState: () => call('app_state'),
    setDeviceLanguage: (tag) => call('set_device_language', { tag }),
    setupCafe: (setup) => call('setup_cafe', { setup }),
    people: () => call('people'),
    loginWithPin: (personId, pin) => call('login_with_pin', { personId, pin }),
    loginWithPassword: (personId, password) => call('login_with_password', { personId, password }),
    setMyLanguage: (tag) => call('set_my_language', { tag }),
    logout: () => call('logout'),
    importPhoto: (bytes) => call('import_photo', bytes),
    addTrainee: (trainee) => call('add_trainee', { trainee }),
    setPicturePin: (personId, pin) => call('set_picture_pin', { personId, pin }),
    speak: (request) => call('speak', { request }),
    mediaUrl: (hash) => convertFileSrc(hash, 'media'),
    syncStatus: () => call('sync_status'),
    openPairing: () => call('open_pairing'),
    closePairing: () => call('close_pairing'),
    pairWith: (address, code) => call('pair_with', { address, code }),
    unpair: (peerId) => call('unpair', { peerId }),
    syncNow: (peerId) => call('sync_now', { peerId: peerId ?? null }),
    onSync: (listener) => listen<SyncEvent>('sync', (e) => listener(e.payload)),
    diaryTasks: () => call('diary_tasks'),
    myDay: () => call('my_day'),
    setMyTasks: (tasks) => call('set_my_tasks', { tasks }),
    setMyMood: (mood) => call('set_my_mood', { mood }),
    addMyPhoto: (bytes) => call('add_my_photo', bytes),
    importMyPhoto: (bytes) => call('import_my_photo', bytes),
    startRecording: () => call('start_recording'),
    recordingSeconds: () => call('recording_seconds'),
    stopRecording: () => call('stop_recording'),
    addMyVoiceNote: (clip) => call('add_my_voice_note', { clip }),
    addMyWord: (photo, clip) => call('add_my_word', { photo, clip }),
    diaryDays: (personId) => call('diary_days', { personId }),
    diaryDay: (dayId) => call('diary_day', { dayId }),
    markCommentsSeen: (dayId) => call('mark_comments_seen', { dayId }),
    addComment: (dayId, text, clip) => call('add_comment', { dayId, text, clip }),
    setWordText: (itemId, text) => call('set_word_text', { itemId, text }),
    studioPrompts: (lang) => call('studio_prompts', { lang }),
    savePromptClip: (lang, messageId, clip) => call('save_prompt_clip', { lang, messageId, clip }),
  };
}

let chosen: Promise<Backend> | null = null;

/** The backend for this page: Tauri in the app, the mock elsewhere. */
export function backend(): Promise<Backend> {
  if (!chosen) {
    chosen = inTauri() ? tauriBackend() : import('./mockBackend').then((m) => m.createMockBackend());
  }
  return chosen;
}
