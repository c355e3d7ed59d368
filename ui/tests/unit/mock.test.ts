// The mock backend must follow the core's rules closely enough that browser tests mean
// something: same demo PIN, same answers for wrong PINs and unknown people, lock-out.
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../../src/lib/mockBackend';
import { isBackendError } from '../../src/lib/backend';
import { decodeBase64 } from '../../src/lib/speech.svelte';

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isBackendError(e)) return e.payload;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('mock backend', () => {
  it('signs a demo trainee in with apple, fish, sun', async () => {
    const b = createMockBackend();
    const amina = (await b.people()).find((p) => p.name === 'Amina')!;
    const session = await b.loginWithPin(amina.id, ['apple', 'fish', 'sun']);
    expect(session.person.ui_lang).toBe('ar');
  });

  it('answers a wrong PIN and an unknown person the same way, then locks after five tries', async () => {
    const b = createMockBackend();
    const amina = (await b.people()).find((p) => p.name === 'Amina')!;
    const wrong = await rejection(b.loginWithPin(amina.id, ['cat', 'cat', 'cat']));
    const nobody = await rejection(b.loginWithPin('nobody', ['apple', 'fish', 'sun']));
    expect(wrong.code).toBe('login-failed');
    expect(nobody.message).toBe(wrong.message);
    for (let i = 0; i < 3; i++) await rejection(b.loginWithPin(amina.id, ['cat', 'cat', 'cat']));
    const locked = await rejection(b.loginWithPin(amina.id, ['cat', 'cat', 'cat']));
    expect(locked.code).toBe('login-locked');
    expect(locked.minutes).toBe(1);
  });

  it('refuses a file that is not a picture and lets only a mentor import photos', async () => {
    const b = createMockBackend();
    expect((await rejection(b.importPhoto(new Uint8Array([1, 2, 3])))).code).toBe('not-allowed');
    const kari = (await b.people()).find((p) => p.role === 'mentor')!;
    await b.loginWithPassword(kari.id, 'mestre-demo');
    expect((await rejection(b.importPhoto(new TextEncoder().encode('hello')))).code).toBe('image-unreadable');
  });

  it('gives speech as a real WAV, in Norwegian for languages without a voice', async () => {
    const b = createMockBackend();
    const so = await b.speak({ id: 'wall-title', lang: 'so', args: [] });
    expect(so.spoken_lang).toBe('nb');
    expect(so.text).toBe('Yaad tahay?');
    const wav = decodeBase64(so.audio_base64!);
    expect(String.fromCharCode(...wav.slice(0, 4))).toBe('RIFF');
  });
});
