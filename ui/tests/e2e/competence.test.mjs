// Competences in the browser (mocked backend): a trainee on the tablet opens "what I can
// do", hears an aim and rates herself with three faces (Amina in Arabic, Selam in
// Tigrinya — a language with no synthetic voice); her mentor on the laptop adds an aim
// to her plan, sees the chart, links evidence and signs P, F and K (K only with
// evidence), and saves the certificate. Axe audits on every screen; every control on
// the trainee's screens has a picture and a speaker, every caption both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, captionProblems, overlaps, signInKari, signInTrainee, unspokenControls } from './harness.mjs';

const ctx = browserSuite();
/** A text as read, without Fluent's invisible isolation marks around its arguments. */
const read = async (page, selector) => (await page.textContent(selector)).replace(/[\u2068\u2069]/g, '');

for (const [name, lang, home] of [['Amina', 'ar', 'ar'], ['Selam', 'ti', 'ti'], ['Hodan', 'nb', 'so']]) {
  test(`a trainee hears an aim of her plan and rates herself with three faces (${name}, ${lang}, tablet)`, async () => {
    const page = await signInTrainee(ctx.browser, ctx.server.url, name, lang);
    await page.click('[data-testid=section-competence] .main');
    await page.waitForSelector('[data-screen=competence] [data-testid=aim-card]');
    assert.equal(await page.locator('[data-testid=aim-card]').count(), 4, 'the four aims of her plan, no more');
    assert.deepEqual(await unspokenControls(page), []);
    assert.deepEqual(await captionProblems(page, lang === 'nb' ? [home, 'nb'] : [lang, 'nb']), []);
    assert.deepEqual(await overlaps(page), []);
    await audit(page, `competence-${lang}-1280-mine`);

    await page.click('[data-testid=aim-card][data-aim="RMF1-01.9"] .main');
    await page.waitForSelector('[data-screen=rate-aim][data-lang] [data-testid=level-on-my-own]');
    const title = await page.textContent('[data-testid=aim-title]');
    assert.ok(title.includes('Pakke og merke mat'), `Norwegian beside hers: ${title}`);
    assert.equal(await page.locator('[data-testid=aim-plain] [data-speaker]').count(), 2, 'the explanation can be heard in both languages');
    assert.deepEqual(await unspokenControls(page), []);
    assert.deepEqual(await captionProblems(page, lang === 'nb' ? [home, 'nb'] : [lang, 'nb']), []);
    await audit(page, `competence-${lang}-1280-rate`);
    await page.click('[data-testid=level-with-help]');
    await page.waitForSelector('[data-testid=rated]');
    assert.equal(await page.getAttribute('[data-testid=level-with-help]', 'aria-pressed'), 'true');
    assert.equal(await page.getAttribute('[data-testid=level-on-my-own]', 'aria-pressed'), 'false');
    await audit(page, `competence-${lang}-1280-rated`);
    await page.click('[data-testid=nav-back]');
    await page.waitForSelector('[data-testid=aim-card][data-aim="RMF1-01.9"] [data-testid=my-level][data-level=with-help]');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a mentor plans, links evidence, signs P, F and K, and saves the certificate (Kari, laptop 1440×900)', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.click('[data-testid=open-competence]');
  await page.waitForSelector('[data-screen=competence-group] [data-testid=group-row]');
  await page.fill('[data-testid=report-month]', '2026-11');
  await page.click('[data-testid=monthly-report]');
  await page.waitForSelector('[data-testid=report-saved]');
  assert.match(await read(page, '[data-testid=report-saved]'), /manedsrapport-2026-11\.pdf.*manedsrapport-2026-11\.csv/);
  await audit(page, 'competence-nb-1440-group');
  await page.click('[data-testid=group-row]:has-text("Amina")');
  await page.waitForSelector('[data-screen=trainee-competence] [data-testid=competence-chart] svg');
  assert.match(await read(page, '[data-testid=totals]'), /0 av 4/);
  // Put one more aim in her plan.
  await page.check('[data-testid="plan-RMF1-01.2"]');
  await page.waitForFunction(() => document.querySelector('[data-testid=totals]')?.textContent?.replace(/[\u2068\u2069]/g, '').includes('av 5'));
  await audit(page, 'competence-nb-1440-trainee');

  await page.click('[data-testid="open-aim-RMF1-01.9"]');
  await page.waitForSelector('[data-screen=aim-signoff] [data-testid=sign-started]');
  assert.ok(await page.isDisabled('[data-testid=sign-checked]'), 'K waits for P and F');
  await page.fill('[data-testid=mark-comment]', 'Vi har begynt med etiketter.');
  await page.click('[data-testid=sign-started]');
  await page.waitForSelector('[data-testid=mark][data-letter=P]');
  await page.click('[data-testid=sign-completed]');
  await page.waitForSelector('[data-testid=mark][data-letter=F]');
  assert.ok(await page.isDisabled('[data-testid=sign-checked]'), 'K needs evidence');
  await page.waitForSelector('[data-testid=needs-evidence]');
  await audit(page, 'competence-nb-1440-signoff');
  await page.locator('[data-testid=suggestion] [data-testid=link]').first().click();
  await page.waitForSelector('[data-testid=evidence]');
  await page.click('[data-testid=sign-checked]');
  await page.waitForSelector('[data-testid=mark][data-letter=K]');
  const letters = await page.locator('[data-testid=mark]').evaluateAll((all) => all.map((m) => m.getAttribute('data-letter')));
  assert.deepEqual(letters, ['P', 'F', 'K']);
  assert.equal(await page.locator('[data-testid=signature]:not(.bad)').count(), 3, 'each mark shows its signature checked');
  // The aim she holds, as a signed Open Badge.
  await page.click('[data-testid=issue-badge]');
  await page.waitForSelector('[data-testid=badge-saved]');
  assert.match(await read(page, '[data-testid=badge-saved]'), /badge-rmf1-01-9-amina\.json.*\.png/);
  // A step back without a comment is refused with the core's own words.
  await page.click('[data-testid=sign-completed]');
  await page.waitForSelector('[data-testid=signoff-problem]');
  assert.match(await read(page, '[data-testid=signoff-problem]'), /tilbake/);
  await audit(page, 'competence-nb-1440-signed');

  await page.click('[data-testid=nav-back]');
  await page.waitForSelector('[data-testid=aim-row][data-aim="RMF1-01.9"] [data-mark=checked]');
  assert.match(await read(page, '[data-testid=totals]'), /1 av 5/);
  await page.click('[data-testid=print-certificate]');
  await page.waitForSelector('[data-testid=certificate-saved]');
  assert.match(await read(page, '[data-testid=certificate-saved]'), /kompetansebevis-Amina\.pdf/);
  await page.close();
});
