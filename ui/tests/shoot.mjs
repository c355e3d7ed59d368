// Dev helper (not a test): screenshots of the trainee screens in a language and size.
import { serve, launch } from './e2e/harness.mjs';
const [lang = 'so', who = 'Hodan', w = 1280, h = 800, out = '/tmp/shots'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
const shot = async (name) => { await page.waitForTimeout(150); await page.screenshot({ path: `${out}/${lang}-${w}-${name}.png` }); };
await page.goto(`${server.url}/`);
await shot('language');
await page.click(`[data-testid=language-${lang}] .name`);
await page.waitForSelector('[data-screen=wall]');
await shot('wall');
await page.click(`[data-testid="person-${who}"] .main`);
await page.waitForSelector('[data-screen=pin]');
for (const p of ['cat', 'cat', 'cat']) await page.click(`.pad [data-picture=${p}]`);
await shot('pin-wrong');
for (const p of ['apple', 'fish', 'sun']) await page.click(`.pad [data-picture=${p}]`);
await page.waitForSelector('[data-screen=trainee-home]');
await shot('home');
await page.click('[data-testid=section-my-day] .main');
await page.waitForSelector('[data-screen=my-day]');
await page.click('[data-testid=task-cut-vegetables] .main');
await shot('day-kitchen');
for (const step of ['kitchen2', 'cleaning', 'serving', 'mood', 'photo', 'voice', 'word', 'summary']) {
  await page.click('[data-testid=step-next]');
  if (step === 'mood') await page.click('[data-mood=good]');
  await shot(`day-${step}`);
}
await page.click('[data-testid=day-done]');
await page.click('[data-testid=section-my-book] .main');
await page.waitForSelector('[data-screen=book]');
await shot('book');
await browser.close();
server.close();
