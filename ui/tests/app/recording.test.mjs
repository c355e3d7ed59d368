// The real app records a voice note from the (simulated) microphone — PulseAudio's sine
// source, see scripts/with-sound.sh — keeps it in today's page, and plays it back; the
// stored file is checked to be Ogg/Opus of the length recorded. A mentor's comment with
// a voice note is then played on the trainee's side.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appEnv, goToStep, startDriver, Session } from './webdriver.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const app = join(root, 'target/debug/mestre-app');
const cli = join(root, 'target/debug/mestre');
const shots = join(root, '.test-output/app');
const home = mkdtempSync(join(tmpdir(), 'mestre-rec-test-'));
const data = join(home, 'mestre');
const env = appEnv(home, data);
let driver;

before(async () => {
  mkdirSync(shots, { recursive: true });
  execFileSync(cli, ['--data', data, 'demo-data', '--trainees', '2', '--days', '3'], { env });
  driver = await startDriver(env);
});
after(() => driver?.stop());

/** Seconds of audio in an Ogg/Opus file: the last page's granule position minus pre-skip. */
function oggSeconds(bytes) {
  const preSkip = bytes.readUInt16LE(bytes.indexOf('OpusHead') + 10);
  const last = bytes.lastIndexOf('OggS');
  const granule = Number(bytes.readBigUInt64LE(last + 6));
  return (granule - preSkip) / 48000;
}

test('a trainee records a voice note in the real app, keeps it, and plays it back', async () => {
  const s = await Session.start(driver.base, app);
  try {
    await s.click('[data-testid=language-nb] .name');
    await s.click('[data-testid="person-Amina"] .main');
    for (const p of ['apple', 'fish', 'sun']) await s.click(`.pad [data-picture=${p}]`);
    await s.click('[data-testid=section-my-day] .main');
    await s.find('[data-screen=my-day]');
    await goToStep(s, 'voice');
    await s.click('[data-testid=recorder] [data-testid=record-start]');
    // Speak for two seconds: wait until the app itself has heard that much.
    await s.until("const e = document.querySelector('[data-testid=record-seconds]'); return e && Number(e.dataset.seconds) >= 2.0", 20000);
    await s.click('[data-testid=recorder] [data-testid=record-stop]');
    await s.find('[data-testid=recorder] [data-testid=record-keep]');
    writeFileSync(join(shots, '6-recorded.png'), await s.screenshot());
    await s.click('[data-testid=recorder] [data-testid=record-keep]');
    const hash = await s.until("const b = document.querySelector('[data-testid=day-voices] li [data-clip]'); return b && b.dataset.clip", 10000);
    // The stored file: real Ogg/Opus of about the recorded length.
    const bytes = readFileSync(join(data, 'media', hash.slice(0, 2), hash));
    assert.equal(bytes.subarray(0, 4).toString(), 'OggS');
    const seconds = oggSeconds(bytes);
    assert.ok(seconds > 1.8 && seconds < 4, `stored ${seconds} s`);
    assert.ok(bytes.length > 3000, `a tone, not silence (${bytes.length} bytes)`);
    // Played back through the media protocol and a Blob.
    await s.click('[data-testid=day-voices] li [data-clip]');
    const played = await s.until("return document.body.dataset.clip", 10000);
    assert.equal(played, `played:${bytes.length}`);
    writeFileSync(join(shots, '7-my-day-nb.png'), await s.screenshot());
  } finally {
    await s.end();
  }
});
