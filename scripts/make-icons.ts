/**
 * Renders the app icon (public/icon.svg) to the PNGs the web app manifest needs: 192 and 512
 * pixels, and a 512-pixel maskable one with the safe-zone padding Android crops to.
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await launchChromium();
try {
  for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: full-bleed background, the mark inside the central 80 % circle.
    const inner = maskable ? svg.replace('rx="14"', 'rx="0"').replace('<path', '<g transform="translate(6.4 6.4) scale(0.8)"><path').replace('</svg>', '</g></svg>') : svg;
    await page.setContent(`<html><body style="margin:0;background:transparent">${inner.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `public/icons/${name}`, omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('public/icons written');
