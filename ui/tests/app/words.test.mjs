// The real app: a trainee practises her words. The session brings back the words the
// demo café's earlier practice made due; she hears and finds them, and one she must say:
// she says it into the (simulated, sine) microphone, hears herself beside the word, and
// says she said it right. The word's place in her schedule then moves as FSRS moves it:
// one more answer, a longer interval, a greater stability (`mestre word-cards`).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appEnv, startDriver, signInTrainee, Session } from './webdriver.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const app = join(root, 'target/debug/mestre-app');
const cli = join(root, 'target/debug/mestre');
const shots = join(root, '.test-output/app');
const home = mkdtempSync(join(tmpdir(), 'mestre-words-test-'));
const data = join(home, 'mestre');
const env = appEnv(home, data);
const DAY = 86_400_000;
let driver;

before(async () => {
  mkdirSync(shots, { recursive: true });
  // Two weeks of the demo café: its trainees have practised words on most days.
  execFileSync(cli, ['--data', data, 'demo-data', '--trainees', '2', '--days', '14'], { env });
  driver = await startDriver(env);
});
after(() => driver?.stop());

const cards = () => new Map(JSON.parse(execFileSync(cli, ['--data', data, 'word-cards', '--person', 'Amina'], { env, encoding: 'utf8' })).map((c) => [c.word, c]));

test('a trainee practises in the real app, says a word into the microphone, and the word comes back later as FSRS says', async () => {
  const before = cards();
  assert.ok(before.size > 0, 'the demo café has practised');
  const s = await Session.start(driver.base, app);
  let said = null;
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-words] .main');
    await s.click('[data-testid=practise] .main');
    await s.find('[data-testid=practice]');
    for (let round = 0; round < 60 && !said; round++) {
      const phase = await s.until("return document.querySelector('[data-testid=practice]')?.dataset.phase", 10000);
      if (phase === 'done') break;
      if (phase === 'meet') {
        await s.click('[data-testid=practice-meet-next]');
        continue;
      }
      const mode = await s.script("return document.querySelector('[data-testid=practice]').dataset.mode");
      const asked = await s.script("return document.querySelector('[data-testid=practice]').dataset.asked");
      if (mode === 'see-and-say') {
        await s.click('[data-testid=recorder] [data-testid=record-start]');
        await s.until("const e = document.querySelector('[data-testid=record-seconds]'); return e && Number(e.dataset.seconds) >= 1.5", 20000);
        await s.click('[data-testid=recorder] [data-testid=record-stop]');
        await s.click('[data-testid=recorder] [data-testid=record-keep]');
        await s.find('[data-testid=practice][data-phase=said] [data-clip]');
        writeFileSync(join(shots, 'words-said.png'), await s.screenshot());
        await s.click('[data-testid=said-well]');
        said = asked;
        break;
      }
      const pick = mode === 'match' ? `[data-testid="choice-${asked}"] button` : `[data-testid="choice-${asked}"] .picture`;
      await s.click(pick);
      await s.find('[data-testid=verdict][data-right=true]');
      await s.click('[data-testid=practice-next]');
    }
  } finally {
    await s.end();
  }
  assert.ok(said, 'the session had a word to say');
  const was = before.get(said);
  const now = cards().get(said);
  assert.ok(was && now, `${said} was practised before and after`);
  assert.equal(now.reviews, was.reviews + 1, 'her answer is in her log');
  assert.ok(now.reviewed_ms > was.reviewed_ms);
  if (was.step === 0) {
    const interval = (c) => Math.round((c.due_ms - c.reviewed_ms) / DAY);
    assert.equal(now.step, 0, 'a learnt word answered right stays learnt');
    assert.ok(interval(now) >= 1 && interval(now) >= interval(was), `interval ${interval(was)} → ${interval(now)} days`);
    assert.ok(now.stability > was.stability, `stability ${was.stability} → ${now.stability}`);
  } else {
    assert.ok(now.due_ms > now.reviewed_ms, 'it comes back later');
  }
});
