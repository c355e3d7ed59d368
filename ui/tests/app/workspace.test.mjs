// The real app on a mentor's laptop: today at a glance lists the demo café's trainees;
// Kari opens a trainee's week, answers a day with words and a voice note recorded from
// the (simulated) microphone — stored as Ogg/Opus — marks everything seen, exports her
// data as a ZIP with a progress bar; then the trainee signs in and hears the comment.
// Finally `mestre export` and `mestre erase` on the same café from the command line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoApp, signInKari, signInTrainee } from './webdriver.mjs';

const run = demoApp('workspace', { days: 5 });
const { shots, session, cli, env, data } = run;
const plain = (t) => t.replace(/[\u2068\u2069]/g, '');

test('a mentor answers a trainee\'s day with her voice on the laptop, and the trainee hears it (real app)', async () => {
  const s = await session();
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInKari(s);
    await s.find('[data-testid=today-card]');
    const cards = await s.script("return [...document.querySelectorAll('[data-testid=today-card]')].map((c) => c.dataset.name)");
    assert.ok(cards.includes('Amina'), `every trainee on today's board: ${cards}`);
    writeFileSync(join(shots, 'workspace-today.png'), await s.screenshot());
    await s.click('[data-testid=today-card][data-name=Amina]');
    await s.find('[data-testid=review-day]');
    await s.find('[data-testid=chart-diary]');
    // Words and a voice note on her newest day.
    await s.type('[data-testid=review-comment-text]', 'Fint arbeid i dag!');
    await s.click('[data-testid=review-day] [data-testid=record-start]');
    await s.until("const e = document.querySelector('[data-testid=review-day] [data-testid=record-seconds]'); return e && Number(e.dataset.seconds) >= 1.5", 20000);
    await s.click('[data-testid=review-day] [data-testid=record-stop]');
    await s.click('[data-testid=review-day] [data-testid=record-keep]');
    await s.click('[data-testid=review-day] [data-testid=review-comment-send]');
    const hash = await s.until(
      "const c = [...document.querySelectorAll('[data-testid=review-comment]')].find((c) => c.textContent.includes('Fint arbeid i dag!')); const b = c && c.querySelector('[data-clip]'); return b && b.dataset.clip",
      15000,
    );
    const bytes = readFileSync(join(data, 'media', hash.slice(0, 2), hash));
    assert.equal(bytes.subarray(0, 4).toString(), 'OggS', 'her voice is stored as Ogg/Opus');
    writeFileSync(join(shots, 'workspace-review.png'), await s.screenshot());
    await s.click('[data-testid=mark-seen]');
    await s.until("return document.querySelectorAll('[data-testid=item-new]').length === 0", 10000);
    // Her data as a ZIP, with the bar moving to the end.
    await s.click('[data-testid=export-trainee]');
    const saved = plain(await s.until("const e = document.querySelector('[data-testid=export-done]'); return e && e.textContent", 60000));
    const zip = saved.slice(saved.indexOf('/'));
    const listing = execFileSync('unzip', ['-l', zip.trim()]).toString();
    assert.match(listing, /mestre-export\.json/);
    assert.match(listing, new RegExp(`media/${hash}\\.ogg`), 'the spoken comment is in her export');
    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=mentor-logout]');

    // Amina sees the badge on her day and plays the comment.
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-my-book] .main');
    await s.click('[data-testid=book] [data-testid^="day-"]');
    await s.find('[data-testid=comment-new]');
    await s.click(`[data-testid=comment] [data-clip="${hash}"]`);
    const played = await s.until('return document.body.dataset.clip', 10000);
    assert.equal(played, `played:${bytes.length}`);
    writeFileSync(join(shots, 'workspace-trainee-hears.png'), await s.screenshot());
  } finally {
    await s.end();
  }
  // The café's hub does the same from the command line: export, then erase with a mentor's password.
  const out = join(data, 'hodan.zip');
  execFileSync(cli, ['--data', data, 'export', '--person', 'Hodan', '--out', out], { env });
  assert.match(execFileSync('unzip', ['-l', out]).toString(), /mestre-export\.json/);
  const refused = spawnSync(cli, ['--data', data, 'erase', '--person', 'Hodan'], { env });
  assert.notEqual(refused.status, 0, 'erasing needs a mentor');
  execFileSync(cli, ['--data', data, '--mentor', 'Kari', 'erase', '--person', 'Hodan'], { env: { ...env, MESTRE_MENTOR_PASSWORD: 'mestre-demo' } });
  const db = readFileSync(join(data, 'mestre.sqlite'));
  assert.equal(db.includes(Buffer.from('Hodan')), false, 'no page of the database holds her name');
});
