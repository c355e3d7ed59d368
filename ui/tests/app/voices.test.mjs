// A voice for every language, in the real app: a Tigrinya trainee hears Norwegian where
// Tigrinya has no voice yet — with a muted-speaker sign on the speaker and no box to
// read. A volunteer (signed in as the mentor) records three Tigrinya prompts from the
// microphone (PulseAudio's sine source), saves the voice pack; a second app instance, a
// different café, opens it, and there those prompts play the Tigrinya recording.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appEnv, signInKari, signInTrainee, startDriver, Session } from './webdriver.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const app = join(root, 'target/debug/mestre-app');
const cli = join(root, 'target/debug/mestre');
const shots = join(root, '.test-output/app');
const exports = mkdtempSync(join(tmpdir(), 'mestre-voice-packs-'));
const PROMPTS = ['wall-title', 'wall-trainees', 'wall-mentors'];
const drivers = [];
after(() => drivers.forEach((d) => d.stop()));

/** A demo café of its own, and a driver that starts the app on it. */
async function cafe(name) {
  mkdirSync(shots, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), `mestre-${name}-`));
  const env = { ...appEnv(home, join(home, 'mestre')), MESTRE_EXPORT_DIR: exports };
  execFileSync(cli, ['demo-data', '--trainees', '3', '--days', '2'], { env });
  const driver = await startDriver(env);
  drivers.push(driver);
  return driver;
}

/** Press the Tigrinya speaker of `prompt` and return what played. */
async function hear(s, css) {
  await s.script("delete document.body.dataset.speech; delete document.body.dataset.speechAsked; return 1");
  await s.click(css);
  return s.until("return document.body.dataset.speechAsked === 'ti' && document.body.dataset.speech", 15000);
}

let pack;

/**
 * Choose a file in a file input, as the file dialog would. WebKitWebDriver fills no file
 * input by "send keys" and WebKitGTK's DataTransfer takes no files, so the chosen File is
 * handed to the input as its `files`; from there on it is the app's own path (the change
 * event, the raw-body command, the core).
 */
async function chooseFile(s, css, path) {
  const b64 = readFileSync(path).toString('base64');
  const name = path.split('/').pop();
  return s.script(
    `const [css, b64, name] = arguments;
     const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
     const input = document.querySelector(css);
     Object.defineProperty(input, 'files', { configurable: true, value: [new File([bytes], name, { type: 'application/zip' })] });
     input.dispatchEvent(new Event('change', { bubbles: true }));
     return input.files.length;`,
    [css, b64, name],
  );
}

test('a Tigrinya trainee hears Norwegian and sees a small sign, never a box; a volunteer records and saves Tigrinya', async () => {
  const driver = await cafe('voices-a');
  const s = await Session.start(driver.base, app);
  try {
    await s.click('[data-testid=language-ti] .name');
    await s.find('[data-screen=wall]');
    await signInTrainee(s, 'Selam');
    const speaker = '[data-testid=section-my-day] [data-speaker=section-my-day][data-speaker-lang=ti]';
    assert.equal(await hear(s, speaker), 'played:nb', 'no Tigrinya voice: Norwegian plays');
    assert.equal(await s.script(`return document.querySelector('${speaker}').dataset.sign`), 'no-voice');
    assert.equal(await s.script("return document.querySelectorAll('[data-testid=speech-hint], [role=dialog]').length"), 0, 'no box to read or close');
    writeFileSync(join(shots, '8-ti-no-voice-sign.png'), await s.screenshot());

    await s.click('[data-testid=section-logout] .main');
    await s.find('[data-screen=wall]');
    await signInKari(s);
    await s.click('[data-testid=open-studio]');
    await s.click('#studio-lang option[value=ti]');
    for (const prompt of PROMPTS) {
      const row = `[data-testid=prompt-${prompt}]`;
      await s.click(`${row} [data-testid=record-start]`);
      await s.until(`const e = document.querySelector('${row} [data-testid=record-seconds]'); return e && Number(e.dataset.seconds) >= 1.2`, 20000);
      await s.click(`${row} [data-testid=record-stop]`);
      await s.click(`${row} [data-testid=record-keep]`);
      await s.until(`return !document.querySelector('${row}')`, 10000); // recorded: no longer "missing"
    }
    const progress = await s.text('[data-testid=progress-ti]');
    assert.match(progress.replace(/[\u2068\u2069]/g, ''), /ትግርኛ: 3 /);
    await s.click('[data-testid=export-pack]');
    const notice = await s.text('[data-testid=studio-notice]');
    assert.match(notice, /mestre-voices-ti-.*\.zip/);
    writeFileSync(join(shots, '9-studio-exported.png'), await s.screenshot());
  } finally {
    await s.end();
  }
  const files = readdirSync(exports).filter((f) => f.startsWith('mestre-voices-ti-'));
  assert.equal(files.length, 1);
  pack = join(exports, files[0]);
  const bytes = readFileSync(pack);
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a ZIP anyone can open');
  assert.ok(bytes.includes('manifest.json'));
});

test('another café opens the voice pack, and the Tigrinya prompts play in Tigrinya there', async () => {
  assert.ok(pack, 'the first test saved a pack');
  const driver = await cafe('voices-b');
  const s = await Session.start(driver.base, app);
  try {
    await s.click('[data-testid=language-ti] .name');
    await s.find('[data-screen=wall]');
    assert.equal(await hear(s, 'header [data-speaker=wall-title][data-speaker-lang=ti]'), 'played:nb', 'before: Norwegian');
    await signInKari(s);
    await s.click('[data-testid=open-studio]');
    assert.equal(await chooseFile(s, '[data-testid=import-pack]', pack), 1);
    const notice = await s.until("const n = document.querySelector('[data-testid=studio-notice]'); return n && n.textContent", 15000);
    assert.match(notice.replace(/[\u2068\u2069]/g, ''), /3 nye stemmer/);
    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=mentor-logout]');
    await s.find('[data-screen=wall]');
    for (const prompt of PROMPTS) {
      const heard = await hear(s, `[data-speaker=${prompt}][data-speaker-lang=ti]`);
      assert.equal(heard, 'played:ti', `${prompt} now plays the Tigrinya recording`);
    }
    writeFileSync(join(shots, '10-ti-voice-imported.png'), await s.screenshot());
  } finally {
    await s.end();
  }
});
