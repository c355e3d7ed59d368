// The real app, built from this repository, under Xvfb: launch it on a demo café,
// choose Arabic, see the page turn right-to-left, hear the language name, sign in as a
// demo trainee with her pictures and see her home board; then restart and find the
// language choice kept. Run by scripts/test.sh inside xvfb-run with a null-sink sound server.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appEnv, startDriver, Session } from './webdriver.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const app = join(root, 'target/debug/mestre-app');
const cli = join(root, 'target/debug/mestre');
const shots = join(root, '.test-output/app');

let driver;
const home = mkdtempSync(join(tmpdir(), 'mestre-app-test-'));
const env = appEnv(home, join(home, 'mestre'));

before(async () => {
  mkdirSync(shots, { recursive: true });
  execFileSync(cli, ['demo-data', '--trainees', '3', '--days', '5'], { env, stdio: 'inherit' });
  driver = await startDriver(env);
});
after(() => driver?.stop());

test('the real app: choose Arabic, hear it, sign in with pictures, reach the home board', async () => {
  const s = await Session.start(driver.base, app);
  try {
    await s.find('[data-screen=language]');
    writeFileSync(join(shots, '1-language.png'), await s.screenshot());

    await s.click('[data-testid=language-ar] [data-speaker=language-name]');
    const outcome = await s.until('return document.body.dataset.speech');
    const bytes = Number(await s.script('return document.body.dataset.speechBytes'));
    assert.ok(bytes > 8000, `the Arabic name clip reached the webview (${bytes} bytes)`);
    assert.equal(outcome, 'played:ar', 'the clip played through the Blob path in WebKitGTK');

    await s.click('[data-testid=language-ar] .name');
    await s.find('[data-screen=wall]');
    assert.equal(await s.script('return document.documentElement.dir'), 'rtl');
    assert.equal(await s.text('h1 [lang=ar]'), 'من أنتِ؟');
    assert.equal(await s.text('h1 [lang=nb]'), 'Hvem er du?', 'Norwegian beside Arabic');
    const photoLoaded = await s.until(
      "const img = document.querySelector('[data-testid=\"person-Amina\"] img'); return img && img.complete && img.naturalWidth > 0 && img.src",
    );
    assert.match(photoLoaded, /^media:|media\.localhost/, 'photos come from the media protocol');
    writeFileSync(join(shots, '2-wall-ar.png'), await s.screenshot());

    await s.click('[data-testid="person-Amina"] .main');
    await s.find('[data-screen=pin]');
    for (const p of ['apple', 'fish', 'sun']) await s.click(`.pad [data-picture=${p}]`);
    await s.find('[data-testid=trainee-home]');
    const greeting = await s.text('h1 [lang=ar]');
    assert.match(greeting, /Amina/);
    assert.match(greeting, /مرحباً/);
    await s.until("return (document.body.dataset.speech || '').startsWith('played:ar') && Number(document.body.dataset.speechBytes) > 8000");
    writeFileSync(join(shots, '3-home-ar.png'), await s.screenshot());
  } finally {
    await s.end();
  }
});

test('the real app remembers the language after a restart and refuses wrong pictures', async () => {
  const s = await Session.start(driver.base, app);
  try {
    await s.find('[data-screen=wall]');
    assert.equal(await s.script('return document.documentElement.dir'), 'rtl');
    await s.click('[data-testid="person-Hodan"] .main');
    for (const p of ['cat', 'cat', 'cat']) await s.click(`.pad [data-picture=${p}]`);
    const problem = await s.text('[data-testid=login-problem] [lang=so]');
    assert.equal(problem, 'Taasi sax ma ahayn. Isku day mar kale.', "Hodan's own language, although the tablet speaks Arabic");
    writeFileSync(join(shots, '4-wrong-pin-ar.png'), await s.screenshot());
  } finally {
    await s.end();
  }
});
