// The real app: a trainee rates herself on an aim of her plan with a face; then her
// mentor opens the aim on the laptop, links a piece of her work as evidence, signs the
// marks up to K with her key — each shown as verified — and saves the certificate of
// competence, a PDF that names the aim she now holds, in Norwegian and Arabic; then the
// month's report to NAV for the group, a PDF and a CSV, in one click. The aim she holds
// also becomes a signed Open Badge that `mestre verify` accepts, and refuses changed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoApp, signInKari, signInTrainee } from './webdriver.mjs';

const run = demoApp('competence', { days: 10 });
const { shots, session } = run;
const plain = (t) => t.replace(/[\u2068\u2069]/g, '');

test('a trainee rates herself, her mentor signs K with evidence and saves the certificate in the real app', async () => {
  const s = await session();
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-competence] .main');
    await s.click('[data-testid=aim-card][data-aim="RMF1-01.9"] .main');
    await s.click('[data-testid=level-on-my-own]');
    await s.find('[data-testid=rated]');
    writeFileSync(join(shots, 'competence-rated.png'), await s.screenshot());
    await s.click('[data-testid=nav-home]');
    await s.click('[data-testid=section-logout] .main');

    await signInKari(s);
    await s.click('[data-testid=open-competence]');
    await s.click('[data-testid=group-row][data-person]');
    await s.find('[data-testid=competence-chart] svg');
    await s.click('[data-testid="open-aim-RMF1-01.9"]');
    await s.find('[data-testid=sign-started]');
    // Her own rating is there; the demo's marks so far are verified.
    assert.ok(await s.script("return document.querySelectorAll('[data-testid=rating]').length") >= 1);
    for (const mark of ['started', 'completed']) {
      const enabled = await s.script(`return !document.querySelector('[data-testid=sign-${mark}]').disabled`);
      const back = await s.script(`return document.querySelector('[data-testid=sign-${mark}]').classList.contains('secondary')`);
      if (enabled && !back) {
        await s.click(`[data-testid=sign-${mark}]`);
        await s.find(`[data-testid=mark][data-letter=${mark === 'started' ? 'P' : 'F'}]`);
      }
    }
    if (await s.script("return document.querySelectorAll('[data-testid=evidence]').length") === 0) {
      await s.click('[data-testid=suggestion] [data-testid=link]');
      await s.find('[data-testid=evidence]');
    }
    const id = await s.find('[data-testid=mark-comment]');
    await s.cmd('POST', `/element/${id}/value`, { text: 'Merker maten riktig hver dag.' });
    await s.click('[data-testid=sign-checked]');
    await s.find('[data-testid=mark][data-letter=K]');
    const signatures = await s.script("return [...document.querySelectorAll('[data-testid=signature]')].map((e) => e.classList.contains('bad'))");
    assert.ok(signatures.length >= 3 && signatures.every((bad) => !bad), 'every mark verifies with her key');
    writeFileSync(join(shots, 'competence-signed.png'), await s.screenshot());

    // The aim she holds, as an Open Badge: \`mestre verify\` accepts it offline (JSON and
    // baked PNG) and refuses a copy with one byte changed.
    await s.click('[data-testid=issue-badge]');
    const badge = plain(await s.text('[data-testid=badge-saved]'));
    const [json, png] = [/(\/\S+\.json)/.exec(badge)?.[1], /(\/\S+\.png)/.exec(badge)?.[1]];
    assert.ok(json && existsSync(json) && png && existsSync(png), badge);
    for (const file of [json, png]) {
      const out = JSON.parse(execFileSync(run.cli, ['verify', file], { env: run.env }).toString());
      assert.equal(out.verified, true);
      assert.equal(out.credential.subject, 'Amina');
      assert.match(out.credential.achievement, /Pakke og merke mat/);
    }
    const signedJson = readFileSync(json, 'utf8');
    const tampered = join(run.data, 'tampered.json');
    writeFileSync(tampered, signedJson.replace('"Amina"', '"Amino"'));
    assert.notEqual(readFileSync(tampered, 'utf8'), signedJson);
    const refused = spawnSync(run.cli, ['verify', tampered], { env: run.env });
    assert.notEqual(refused.status, 0, 'one changed byte is refused');
    assert.match(refused.stderr.toString(), /cannot be trusted/);

    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=print-certificate]');
    const notice = plain(await s.text('[data-testid=certificate-saved]'));
    const path = /(\/\S+\.pdf)/.exec(notice)?.[1];
    assert.ok(path && existsSync(path), `the certificate is saved: ${notice}`);
    assert.match(execFileSync('pdfinfo', [path]).toString(), /Page size:\s+595\.276 x 841\.89 pts \(A4\)/);
    const text = plain(execFileSync('pdftotext', ['-layout', path, '-']).toString());
    for (const expected of ['Kompetansebevis', 'Amina', 'RMF1-01.9', 'Pakke og merke mat', 'تغليف الطعام ووضع الملصقات', 'Signert av Kari']) {
      assert.ok(text.includes(expected), `${expected} in:\n${text}`);
    }
    writeFileSync(join(shots, 'competence-certificate.png'), await s.screenshot());

    // The month's report to NAV for the whole group: one click, a PDF and a CSV.
    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=monthly-report]');
    const saved = plain(await s.text('[data-testid=report-saved]'));
    const [pdf, csv] = [/(\/\S+\.pdf)/.exec(saved)?.[1], /(\/\S+\.csv)/.exec(saved)?.[1]];
    assert.ok(pdf && existsSync(pdf) && csv && existsSync(csv), saved);
    const rows = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    assert.ok(rows[0].startsWith('month,trainee_id,trainee,diary_days'), rows[0]);
    assert.equal(rows.length, 3, 'a row for each of the two trainees');
    assert.ok(rows.some((r) => r.includes(',Amina,')), rows.join('\n'));
    assert.match(plain(execFileSync('pdftotext', ['-layout', pdf, '-']).toString()), /Månedsrapport til NAV/);
  } catch (e) {
    writeFileSync(join(shots, 'competence-failed.png'), await s.screenshot());
    throw e;
  } finally {
    await s.end();
  }
});
