// Browser flows of the UI against the mocked backend, as a trainee and a mentor would
// use it, at tablet landscape (1280×800) and portrait (800×1280), with an axe-core
// audit of every screen. Screenshots of each screen in nb and ar go to .test-output/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, launch, signInKari, unspokenControls } from './harness.mjs';

const ctx = browserSuite();

const SIZES = { tablet: { width: 1280, height: 800 }, portrait: { width: 800, height: 1280 } };

async function open(size, query = '') {
  const page = await ctx.browser.newPage({ viewport: SIZES[size] });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ctx.server.url}/${query}`);
  page.errors = errors;
  return page;
}


async function screen(page, name) {
  await page.waitForSelector(`[data-screen="${name}"]`);
}

async function pickPin(page, pictures) {
  for (const p of pictures) await page.click(`.pad [data-picture=${p}]`);
}

for (const size of Object.keys(SIZES)) {
  test(`a trainee chooses Arabic, the page turns right-to-left, and she signs in with her pictures (${size})`, async () => {
    const page = await open(size);
    await screen(page, 'language');
    assert.equal(await page.locator('[data-testid=language-ti] .native').textContent().then((s) => s.trim()), 'ትግርኛ');
    assert.equal(await page.locator('[data-testid=language-ti] .greeting').textContent().then((s) => s.trim()), 'ሰላም', 'a greeting in her own script');
    await audit(page, `${size}-nb-language`);

    await page.click('[data-testid=language-ar] .name');
    await screen(page, 'wall');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal((await page.textContent('h1 [lang=ar]')).trim(), 'من أنتِ؟');
    assert.equal((await page.textContent('h1 [lang=nb]')).trim(), 'Hvem er du?', 'Norwegian beside it');
    await audit(page, `${size}-ar-wall`);

    await page.click('[data-testid="person-Amina"] .main');
    await screen(page, 'pin');
    await audit(page, `${size}-ar-pin`);
    await pickPin(page, ['apple', 'fish', 'sun']);
    await screen(page, 'trainee-home');
    assert.match(await page.textContent('h1 [lang=ar]'), /Amina/);
    assert.match(await page.textContent('h1 [lang=ar]'), /مرحباً/);
    await audit(page, `${size}-ar-home`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the app says once, when its first screen is drawn, which screen that is (the start-up benchmark waits for it)', async () => {
  const page = await open('tablet');
  await screen(page, 'language');
  await page.waitForFunction(() => window.__mestreFirstScreens.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__mestreFirstScreens), ['language']);
  await page.click('[data-testid=language-nb] .name');
  await screen(page, 'wall');
  assert.deepEqual(await page.evaluate(() => window.__mestreFirstScreens), ['language'], 'said once, not again on the next screen');
  assert.deepEqual(page.errors, []);
});

test('the same flow in Norwegian, with screenshots of each screen', async () => {
  const page = await open('tablet');
  await page.click('[data-testid=language-nb] .name');
  await screen(page, 'wall');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await audit(page, 'tablet-nb-wall');
  await page.click('[data-testid="person-Olena"] .main');
  await audit(page, 'tablet-nb-pin');
  await pickPin(page, ['apple', 'fish', 'sun']);
  await screen(page, 'trainee-home');
  // Olena's own language is Ukrainian: the app speaks it once she is signed in.
  assert.equal(await page.getAttribute('html', 'lang'), 'uk');
  await page.close();
});

test('tapping a speaker plays the sound in its language', async () => {
  const page = await open('tablet');
  await page.click('[data-testid=language-ar] [data-speaker=language-name]');
  await page.waitForFunction(() => document.body.dataset.speech?.startsWith('played:'));
  assert.equal(await page.evaluate(() => document.body.dataset.speech), 'played:ar');
  assert.equal(await page.locator('[data-testid=speech-sign]').count(), 0, 'Arabic has a voice: no sign');
  await page.close();
});

test('wrong pictures are refused with a picture and a sentence, and five wrong tries lock her out', async () => {
  const page = await open('tablet');
  await page.click('[data-testid=language-nb] .name');
  await page.click('[data-testid="person-Hodan"] .main');
  await pickPin(page, ['cat', 'cat', 'cat']);
  await page.waitForSelector('[data-testid=login-problem]');
  assert.match(await page.textContent('[data-testid=login-problem] [lang=so]'), /sax ma ahayn/);
  assert.match(await page.textContent('[data-testid=login-problem] [lang=nb]'), /ikke riktig/);
  for (let i = 0; i < 4; i++) await pickPin(page, ['cat', 'cat', 'cat']);
  await page.waitForSelector('[data-testid=login-problem][data-locked=true]');
  assert.match(await page.textContent('[data-testid=login-problem]'), /Vent ett minutt/);
  assert.equal(await page.locator('.pad [data-picture=apple]').isDisabled(), true, 'the pad rests while locked');
  await audit(page, 'tablet-so-locked');
  await page.close();
});

test('first run: a mentor creates the café, adds a trainee with a photo and a PIN, and the trainee signs in', async () => {
  const page = await open('tablet', '?mock=empty');
  await page.click('[data-testid=language-nb] .name');
  await screen(page, 'setup');
  await audit(page, 'tablet-nb-setup');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('[role=alert]'), /Skriv et navn/);
  await page.fill('#cafe-name', 'Kafé Nordvest');
  assert.equal(await page.locator('[data-testid=form-error]').count(), 0, 'the problem goes once she fixes it');
  await page.fill('#mentor-name', 'Ingrid');
  await page.fill('#mentor-password', 'kort');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('[role=alert]'), /minst \u20688\u2069 tegn/);
  await page.fill('#mentor-password', 'nordlys-2026');
  await page.click('button[type=submit]');
  await screen(page, 'mentor-home');
  await audit(page, 'tablet-nb-mentor-home');

  await page.click('[data-testid=add-trainee]');
  await screen(page, 'add-trainee');
  await page.click('[data-testid=save-trainee]');
  assert.ok(await page.locator('[data-testid=form-error]').isVisible(), 'a problem is shown where it is seen');
  const top = await page.locator('[data-testid=form-error]').boundingBox();
  assert.ok(top && top.y < 800, 'above the fold');
  await page.fill('#trainee-name', 'Selam');
  assert.equal(await page.locator('[data-testid=form-error]').count(), 0, 'and goes once she fixes it');
  await page.selectOption('#ui-lang', 'ti');
  await page.selectOption('#home-lang', 'ti');
  // A file that is not a picture is refused with a clear message.
  await page.setInputFiles('[data-testid=photo-file]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
  assert.match(await page.textContent('[data-testid=photo-error]'), /kan ikke åpnes/);
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.setInputFiles('[data-testid=photo-file]', { name: 'selam.png', mimeType: 'image/png', buffer: png });
  await page.waitForSelector('[data-testid=photo-preview]');
  await pickPin(page, ['heart', 'tree', 'cup']);
  await pickPin(page, ['heart', 'tree', 'star']);
  assert.match(await page.textContent('[role=status]'), /ikke like/);
  await pickPin(page, ['heart', 'tree', 'cup']);
  await pickPin(page, ['heart', 'tree', 'cup']);
  await page.waitForSelector('[data-testid=pin-chosen]');
  await audit(page, 'tablet-nb-add-trainee');
  await page.click('[data-testid=save-trainee]');
  await screen(page, 'mentor-home');
  assert.match(await page.textContent('[role=status]'), /\u2068Selam\u2069 er lagt til/);
  assert.equal(await page.locator('[data-testid=trainee-row]').count(), 1);

  await page.click('[data-testid=mentor-logout]');
  await screen(page, 'wall');
  await page.click('[data-testid="person-Selam"] .main');
  await pickPin(page, ['heart', 'tree', 'cup']);
  await screen(page, 'trainee-home');
  assert.equal(await page.getAttribute('html', 'lang'), 'ti');
  assert.match(await page.textContent('h1 [lang=ti]'), /ሰላም/);
  await audit(page, 'tablet-ti-home');
  await page.close();
});

test('the mentor screens in Arabic, right to left, pass the audit too', async () => {
  const page = await open('tablet');
  await page.click('[data-testid=language-ar] .name');
  await page.click('[data-testid="person-Kari"] .main');
  await screen(page, 'password');
  await page.fill('#password', 'feil');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('[role=alert]'), /غير صحيح/);
  await page.fill('#password', 'mestre-demo');
  await page.click('button[type=submit]');
  await screen(page, 'mentor-home');
  await page.click('[data-testid=add-trainee]');
  await screen(page, 'add-trainee');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr', 'Kari works in Norwegian once signed in');
  await page.close();
});

test('every control on the trainee screens has a picture and a speaker', async () => {
  const page = await open('tablet');
  await screen(page, 'language');
  assert.deepEqual(await unspokenControls(page), [], 'language screen');
  await page.click('[data-testid=language-nb] .name');
  await screen(page, 'wall');
  assert.ok(await page.locator('.card').count() >= 7);
  assert.deepEqual(await unspokenControls(page), [], 'wall');
  await page.click('[data-testid="person-Amina"] .main');
  await screen(page, 'pin');
  assert.deepEqual(await unspokenControls(page), [], 'picture PIN');
  await pickPin(page, ['apple', 'fish', 'sun']);
  await screen(page, 'trainee-home');
  assert.deepEqual(await unspokenControls(page), [], 'home board');
  await page.close();
});

test('a mentor takes a trainee\'s photo with the camera', async () => {
  const camera = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  try {
    const page = await signInKari(camera, ctx.server.url);
    await page.click('[data-testid=add-trainee]');
    await page.click('text=Ta bilde med kamera');
    await page.waitForFunction(() => (document.querySelector('.camera video')?.videoWidth ?? 0) > 0);
    await page.click('text=Ta bildet');
    await page.waitForSelector('[data-testid=photo-preview]');
    await audit(page, 'tablet-nb-camera-photo');
  } finally {
    await camera.close();
  }
});

test('a mentor gives a locked-out trainee a new picture PIN and she signs in with it', async () => {
  const page = await open('tablet');
  await page.click('[data-testid=language-nb] .name');
  await page.click('[data-testid="person-Rojin"] .main');
  for (let i = 0; i < 5; i++) await pickPin(page, ['cat', 'cat', 'cat']);
  await page.waitForSelector('[data-testid=login-problem][data-locked=true]');
  await page.click('[data-testid=nav-back]');
  await page.click('[data-testid="person-Kari"] .main');
  await page.fill('#password', 'mestre-demo');
  await page.click('button[type=submit]');
  await page.click('[data-testid=trainee-row]:has-text("Rojin") [data-testid=new-pin]');
  await pickPin(page, ['star', 'tree', 'heart']);
  await pickPin(page, ['star', 'tree', 'heart']);
  await screen(page, 'mentor-home');
  assert.match(await page.textContent('[role=status]'), /Ny bilde-PIN er lagret/);
  await page.click('[data-testid=mentor-logout]');
  await page.click('[data-testid="person-Rojin"] .main');
  await pickPin(page, ['star', 'tree', 'heart']);
  await screen(page, 'trainee-home');
  await page.close();
});
