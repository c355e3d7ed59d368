// Playing prompts: ask the core for the audio (recorded clip → text-to-speech → the
// working language), and play it from a Blob (WebKitGTK cannot play `<audio src>` from
// the app's own scheme). Never a box to read: when her language has no voice yet, the
// speaker plays Norwegian and shows a small picture (a muted speaker) on itself; when the
// sound fails, a small cross. The last outcome is mirrored on <body data-speech="…"> so
// tests can see what a person would have heard.

import { backend } from './backend';
import { locale } from './i18n.svelte';
import type { MessageArgs, MessageId, Speech, WordSide } from '../generated/types';

export type SpeechSign = 'no-voice' | 'failed';

export const speech = $state({
  /** The speaker (by key) showing a sign about its last sound, if any. */
  sign: null as null | { key: string; kind: SpeechSign },
  playing: false,
});

let current: HTMLAudioElement | null = null;
/** The newest request: an older answer that arrives late neither plays nor signs. */
let latest = 0;

function mark(outcome: string, bytes = 0, asked = ''): void {
  if (typeof document === 'undefined') return;
  document.body.dataset.speech = outcome;
  document.body.dataset.speechBytes = String(bytes);
  document.body.dataset.speechAsked = asked;
}

/** Forget every sign and stop any sound: a new screen, or the next person. */
export function quiet(): void {
  latest++; // answers still on their way stay silent
  speech.sign = null;
  current?.pause();
  current = null;
  speech.playing = false;
}

export function decodeBase64(b64: string): Uint8Array {
  const raw = atob(b64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Play audio bytes through a Blob (the only way WebKitGTK plays the app's own media). */
export async function playBytes(bytes: Uint8Array, mime: string): Promise<void> {
  current?.pause();
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const audio = new Audio(url);
  current = audio;
  speech.playing = true;
  const done = () => {
    URL.revokeObjectURL(url);
    if (current === audio) speech.playing = false;
  };
  audio.addEventListener('ended', done, { once: true });
  audio.addEventListener('error', done, { once: true });
  try {
    await audio.play();
  } catch (e) {
    done();
    throw e;
  }
}

/** Play what the core answered; the sign says when it was not in `lang`. */
async function play(result: Speech, lang: string, key: string, request: number): Promise<void> {
  if (request !== latest) return;
  if (!result.audio_base64) throw new Error('no voice at all');
  const bytes = decodeBase64(result.audio_base64);
  speech.sign = result.spoken_lang === lang ? null : { key, kind: 'no-voice' };
  await playBytes(bytes, result.mime);
  mark(`played:${result.spoken_lang}`, bytes.length, lang);
}

/** Say message `id` in `lang` (default: the UI's). Never throws: failures become a sign. */
export async function say<K extends MessageId>(id: K, args?: MessageArgs[K], inLang?: string, key: string = id): Promise<void> {
  const lang = inLang ?? locale.lang;
  const request = { id, lang, args: Object.entries(args ?? {}).map(([k, v]) => [k, String(v)] as [string, string]) };
  const mine = ++latest;
  try {
    await play(await (await backend()).speak(request), lang, key, mine);
  } catch {
    if (mine !== latest) return;
    speech.sign = { key, kind: 'failed' };
    mark('failed', 0, lang);
  }
}

/** Read a written text aloud in `lang` (a mentor's comment). A content item (`item`: a
 * recipe, a food, an aim, a task card) plays the café's recording of it in `lang` first.
 * When nothing can say it in `lang` (Somali, Tigrinya: no recording, no synthetic voice),
 * `fallback` — the same item in the working language — speaks, with the muted-speaker
 * sign, as prompts do. Never throws. */
export async function sayText(text: string, lang: string, key: string, item?: string, fallback?: { text: string; lang: string }): Promise<void> {
  const mine = ++latest;
  try {
    const b = await backend();
    const ask = (t: string, l: string) => (item ? b.speakContent(item, l, t) : b.speakText(l, t));
    let result = await ask(text, lang);
    if (!result.audio_base64 && fallback?.text) result = await ask(fallback.text, fallback.lang);
    await play(result, lang, key, mine);
  } catch {
    if (mine !== latest) return;
    speech.sign = { key, kind: 'failed' };
    mark('failed', 0, lang);
  }
}

/** Play a stored recording (voice note, comment, word) by its media URL. */
export async function playMedia(url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`media ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    await playBytes(bytes, response.headers.get('Content-Type') || 'audio/ogg');
    if (typeof document !== 'undefined') document.body.dataset.clip = `played:${bytes.length}`;
  } catch {
    if (typeof document !== 'undefined') document.body.dataset.clip = 'failed';
  }
}

/** Say a word: its recording, else the synthetic voice of its language; when neither
 * exists, the next side (the working language) with the muted-speaker sign — and the
 * written word stays on screen as the hint. Never throws. */
export async function sayWord(sides: WordSide[], key: string): Promise<void> {
  const mine = ++latest;
  for (const [i, side] of sides.entries()) {
    if (!side.text && !side.voice) continue;
    try {
      if (side.voice) {
        const response = await fetch((await backend()).mediaUrl(side.voice.voice));
        if (!response.ok) throw new Error(`media ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (mine !== latest) return;
        speech.sign = i === 0 ? null : { key, kind: 'no-voice' };
        await playBytes(bytes, response.headers.get('Content-Type') || 'audio/ogg');
        mark(`word:${side.lang}:recorded`, bytes.length, sides[0].lang);
        return;
      }
      const result = await (await backend()).speakText(side.lang, side.text);
      if (mine !== latest) return;
      if (result.audio_base64 && result.spoken_lang === side.lang) {
        const bytes = decodeBase64(result.audio_base64);
        speech.sign = i === 0 ? null : { key, kind: 'no-voice' };
        await playBytes(bytes, result.mime);
        mark(`word:${side.lang}:voice`, bytes.length, sides[0].lang);
        return;
      }
    } catch {
      // try the next side
    }
  }
  if (mine !== latest) return;
  speech.sign = { key, kind: 'no-voice' };
  mark('word:none', 0, sides[0]?.lang ?? '');
}
