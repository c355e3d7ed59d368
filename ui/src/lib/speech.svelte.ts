// Playing prompts: ask the core for the audio (recorded clip → text-to-speech →
// Norwegian), play it from a Blob (WebKitGTK cannot play `<audio src>` from the app's
// own scheme), and when there is no voice or the sound fails, show the sentence as a
// visible hint instead of staying silent. The last outcome is mirrored on
// <body data-speech="…"> so tests can see what a person would have heard.

import { backend } from './backend';
import { locale } from './i18n.svelte';
import type { MessageArgs, MessageId } from '../generated/types';

export type HintReason = 'no-voice' | 'failed';

export const speech = $state({
  hint: null as null | { text: string; reason: HintReason },
  playing: false,
});

let current: HTMLAudioElement | null = null;

function mark(outcome: string, bytes = 0): void {
  if (typeof document === 'undefined') return;
  document.body.dataset.speech = outcome;
  document.body.dataset.speechBytes = String(bytes);
}

export function dismissHint(): void {
  speech.hint = null;
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

/** Say message `id` in the current language. Never throws: failures become a hint. */
export async function say<K extends MessageId>(id: K, args?: MessageArgs[K], inLang?: string): Promise<void> {
  const lang = inLang ?? locale.lang;
  const request = { id, lang, args: Object.entries(args ?? {}).map(([k, v]) => [k, String(v)] as [string, string]) };
  let text = '';
  try {
    const result = await (await backend()).speak(request);
    text = result.text;
    if (!result.audio_base64) {
      speech.hint = { text, reason: 'no-voice' };
      mark('hint');
      return;
    }
    const bytes = decodeBase64(result.audio_base64);
    // Her language has no voice and she hears Norwegian: show her own words too.
    speech.hint = result.spoken_lang === lang ? null : { text, reason: 'no-voice' };
    await playBytes(bytes, result.mime);
    mark(`played:${result.spoken_lang}`, bytes.length);
  } catch {
    speech.hint = { text: text || id, reason: 'failed' };
    mark('failed');
  }
}

/** Play a stored recording (voice note, comment, word) by its media hash. */
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
