// Takes screenshots of built pages for a human to look at: desktop, 320 px and print (A4 PDF-like).
// Usage: node scripts/screenshots.mjs http://localhost:4321 /leitfaden/befragung/ /empfehlungen/ …
// Output: screenshots/<name>-{desktop,320,print,dark}.png (ignored by git).
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';

const [origin = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
const variants = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: '320', viewport: { width: 320, height: 700 } },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'print', viewport: { width: 794, height: 1123 }, media: 'print' },
];
for (const path of paths.length ? paths : ['/']) {
  const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start';
  for (const { name, viewport, colorScheme, media } of variants) {
    const context = await browser.newContext({ viewport, colorScheme: colorScheme ?? 'light' });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (media) await page.emulateMedia({ media });
    const { width, height } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    if (width > viewport.width)
      console.warn(`${path} ${name}: page is ${width}px wide, viewport ${viewport.width}px`);
    // Long pages are cut at 4000 px so the picture stays legible.
    await page.screenshot({
      path: `screenshots/${slug}-${name}.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, 4000) },
    });
    await context.close();
  }
  console.log(`screenshots/${slug}-*.png`);
}
await browser.close();
