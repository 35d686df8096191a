// Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/*.png), with the
// system Chromium. Run after changing the SVG: node scripts/make-icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
