import { serve, launch, signInKari } from './e2e/harness.mjs';
const server = await serve(); const browser = await launch();
const page = await signInKari(browser, server.url);
await page.setViewportSize({ width: 1366, height: 900 });
await page.screenshot({ path: '/tmp/shots/mentor-home.png', fullPage: true });
await page.click('[data-testid=open-studio]');
await page.waitForSelector('[data-testid=studio-progress]');
await page.screenshot({ path: '/tmp/shots/mentor-studio.png' });
await browser.close(); server.close();
