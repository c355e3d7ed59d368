// The real app: a trainee plays "first in, first out" — throws out the box past its
// date and puts the others on the shelf, the one to use first in front — and the core
// says she is right; then a mentor prints a label for cooked rice made today, and the
// PDF it saved is a one-page label of exactly 62 × 40 mm with today's and tomorrow's
// dates on it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoApp, signInKari, signInTrainee } from './webdriver.mjs';

const { shots, session } = demoApp('fridge');

test('a trainee plays first in first out in the real app and a mentor prints a label for cooked rice to a PDF', async () => {
  const s = await session();
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-fridge] .main');
    await s.click('[data-testid=game-first-in-first-out] .main');
    await s.find('[data-testid=fridge-game][data-phase=ask] [data-testid=box-3]');
    for (let shelf = 0; shelf < 3; shelf++) {
      await s.find(`[data-testid=fridge-game][data-at="${shelf}"][data-phase=ask] [data-testid=box-0]`);
      // Read the labels on the boxes, as she would: the oldest date is past, the rest go in order.
      const order = await s.script(`
        const boxes = [...document.querySelectorAll('[data-testid^=box-]')].map((b) => [b.dataset.useBy, Number(b.dataset.testid.slice(4))]);
        return boxes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).map((x) => x[1]);`);
      assert.equal(order.length, 4);
      if (shelf === 0) writeFileSync(join(shots, 'fridge-fifo-shelf.png'), await s.screenshot());
      for (const box of order) await s.click(`[data-testid=box-${box}]`);
      await s.find('[data-testid=fridge-verdict]');
      assert.equal(await s.script("return document.querySelector('[data-testid=fridge-verdict]').dataset.right"), 'true', await s.text('[data-testid=fridge-why]'));
      assert.match(await s.text('[data-testid=fridge-said]'), /Riktig!/);
      if (shelf === 0) writeFileSync(join(shots, 'fridge-fifo-right.png'), await s.screenshot());
      await s.click('[data-testid=fridge-next]');
    }
    await s.find('[data-testid=fridge-done]');
    const plainText = (t) => t.replace(/[\u2068\u2069]/g, '');
    assert.match(plainText(await s.text('[data-testid=fridge-result]')), /Du fikk 6 av 6 riktig/);
    assert.match(await s.text('[data-testid=fridge-done]'), /RMF1-01\.9/, 'kept as evidence for the labelling aim');
    writeFileSync(join(shots, 'fridge-fifo-done.png'), await s.screenshot());
    await s.click('[data-testid=fridge-finish]');
    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=section-logout] .main');

    await signInKari(s);
    await s.click('[data-testid=open-fridge]');
    await s.click('[data-testid=fridge-labels] .main');
    await s.click('[data-testid="food-cooked-rice"]');
    await s.find('[data-testid=label-preview]');
    await s.click('[data-testid=label-save]');
    const notice = await s.text('[data-testid=label-printed]');
    const path = /(\/\S+\.pdf)/.exec(notice)?.[1];
    assert.ok(path && existsSync(path), `the PDF is saved: ${notice}`);
    const info = execFileSync('pdfinfo', [path]).toString();
    assert.match(info, /Page size:\s+175\.748 x 113\.386 pts/, '62 × 40 mm, the roll label');
    assert.match(info, /Pages:\s+1/);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    // Today in Oslo, and the next calendar day (not 24 hours later: the night the clocks change has 23 or 25).
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date()).split('-').map(Number);
    const day = (offset) => new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10).split('-').reverse().join('.');
    assert.match(text, /Kokt ris/);
    assert.ok(text.includes(`Laget ${day(0)}`), text);
    assert.ok(text.includes(`Brukes innen ${day(1)}`), text);
    await s.find('[data-testid=label-log] [data-testid=logged-cooked-rice]');
    writeFileSync(join(shots, 'fridge-label-printed.png'), await s.screenshot());
  } catch (e) {
    writeFileSync(join(shots, 'fridge-failed.png'), await s.screenshot());
    throw e;
  } finally {
    await s.end();
  }
});
