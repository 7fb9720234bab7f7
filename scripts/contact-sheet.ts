/**
 * `npx tsx scripts/contact-sheet.ts [--size 160] [--out docs]`: draws the picture of every
 * step of every built-in routine (each side of a left-right step) on one sheet per theme,
 * docs/step-pictures.png (light) and docs/step-pictures-bedtime.png, with each picture's text
 * alternative under it. Pictures are rendered by Chromium from the same scenes and stylesheet
 * the app uses, so the sheet shows what people see. Look at it after changing a picture.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sceneClass, sceneToSvg, stepPicture, type PictureStep } from '../src/lib/picture';
import { MOTIONS, POSITIONS } from '../src/lib/routine/movement';
import { AREAS, TOOLS } from '../src/lib/routine/vocabulary';
import { describePicture } from '../src/ui/strings/picture';
import { launchChromium } from './chromium';
import { ILLUSTRATIONS, readRoutineFile, routinePaths } from './routine-files';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '160' }, out: { type: 'string', default: 'docs' }, only: { type: 'string' }, gallery: { type: 'boolean', default: false }, split: { type: 'boolean', default: false } },
});
const size = Number(values.size);
const out = values.out;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Tile {
  heading: string;
  note: string;
  svg: string;
  label: string;
}

const SHIPPED = new Set(readdirSync(ILLUSTRATIONS).filter((name) => name.endsWith('.svg')));

function tiles(): { routine: string; tiles: Tile[] }[] {
  return routinePaths('routines')
    .map(readRoutineFile)
    .filter((file) => !values.only || file.path.includes(values.only))
    .map((file) => {
      if (!file.result.ok) throw new Error(`${file.path} is invalid; run npm run validate`);
      const routine = file.result.value;
      const list = routine.steps.flatMap((step, index) =>
        (step.sides === 'left-right' ? (['left', 'right'] as const) : [undefined]).map((side): Tile => {
          const picture = stepPicture(step, side, SHIPPED);
          const svg = picture.kind === 'drawn'
            ? readFileSync(join(ILLUSTRATIONS, picture.name), 'utf8').replace('<svg ', `<svg class="${picture.mirrored ? 'mirrored' : ''}" `)
            : sceneToSvg(picture.scene).replace(/class="[^"]*"/, `class="${sceneClass(picture.scene)}"`);
          return {
            heading: `${index + 1}. ${step.title}${side ? ` · ${side}` : ''}`,
            note: [step.rest ? 'rest' : '', picture.kind === 'drawn' ? `drawn: ${picture.name}` : `composed, ${picture.scene.view} view`].filter(Boolean).join(' · '),
            svg,
            label: describePicture(picture.facts),
          };
        }),
      );
      return { routine: routine.title, tiles: list };
    });
}

/**
 * `--gallery`: steps no built-in has, to see that any routine a therapist writes gets a
 * sensible picture: every area by hand, every position with a ball, a roller and none,
 * every tool and every motion.
 */
function gallery(): { routine: string; tiles: Tile[] }[] {
  const tile = (heading: string, step: PictureStep, side?: 'left' | 'right'): Tile => {
    const picture = stepPicture(step, side);
    if (picture.kind !== 'composed') throw new Error('no drawings in the gallery');
    return { heading, note: `${picture.scene.view} view`, svg: sceneToSvg(picture.scene), label: describePicture(picture.facts) };
  };
  const base: PictureStep = { areas: [], sides: 'left-right', rest: false, pressure: 'medium' };
  return [
    { routine: 'Every area, seated, fingertips, circles (right side)', tiles: AREAS.map((area) => tile(area, { ...base, areas: [area], tool: 'fingertips', motion: ['circles'], position: 'seated' }, 'right')) },
    { routine: 'Every position: ball on the lower back, roller on the calves, no tool', tiles: POSITIONS.flatMap((position) => [
      tile(`${position} · ball`, { ...base, areas: ['lower-back'], tool: 'ball', motion: ['up-down'], position }, 'right'),
      tile(`${position} · roller`, { ...base, areas: ['calves'], tool: 'foam-roller', motion: ['up-down'], position }, 'right'),
      tile(`${position} · rest`, { ...base, sides: 'both', areas: [], tool: 'none', rest: true, position }),
    ]) },
    { routine: 'Every tool on the right shoulder, seated', tiles: TOOLS.map((tool) => tile(tool, { ...base, areas: ['shoulders'], tool, motion: ['press-hold'], position: 'seated' }, 'right')) },
    { routine: 'Every motion, palms on the left thigh, seated', tiles: MOTIONS.map((motion) => tile(motion, { ...base, areas: ['thighs'], tool: 'hands', motion: [motion], direction: 'up', position: 'seated' }, 'left')) },
  ];
}

function page(theme: 'light' | 'bedtime'): string {
  const css = readFileSync('src/ui/app/app.css', 'utf8') + readFileSync('src/ui/common/step-picture.css', 'utf8');
  const sections = (values.gallery ? gallery() : tiles()).map(({ routine, tiles: list }) => `
    <section><h2>${escape(routine)}</h2><div class="grid">${list.map((tile) => `
      <figure><div class="step-picture">${tile.svg}</div>
        <figcaption><b>${escape(tile.heading)}</b><small>${escape(tile.note)}</small><span>${escape(tile.label)}</span></figcaption></figure>`).join('')}
    </div></section>`).join('');
  return `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>${css}
    body { margin: 0; padding: 24px; background: var(--bg); }
    h1 { font-size: 22px; margin: 0 0 8px; }
    h2 { font-size: 18px; margin: 18px 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, ${size + 24}px); gap: 10px; }
    figure { margin: 0; padding: 12px; background: var(--surface); border: 1px solid var(--line); border-radius: 10px; }
    .step-picture { width: ${size}px; }
    .step-picture svg.mirrored { transform: scaleX(-1); }
    figcaption { display: grid; gap: 2px; margin-top: 6px; font-size: 11px; line-height: 1.3; }
    figcaption small { color: var(--muted); }
    figcaption span { color: var(--muted); }
  </style></head><body><h1>Unknot step pictures · ${theme}</h1>${sections}</body></html>`;
}

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const theme of ['light', 'bedtime'] as const) {
    const context = await browser.newContext({ viewport: { width: 7 * (size + 34) + 48, height: 800 }, colorScheme: theme === 'light' ? 'light' : 'dark' });
    const pageHandle = await context.newPage();
    await pageHandle.setContent(page(theme));
    const path = join(out, theme === 'light' ? 'step-pictures.png' : 'step-pictures-bedtime.png');
    await pageHandle.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
    if (values.split) {
      // One picture per section too, small enough to look at one by one.
      const sections = pageHandle.locator('section');
      for (let i = 0; i < (await sections.count()); i++) await sections.nth(i).screenshot({ path: path.replace('.png', `-${i + 1}.png`) });
    }
    await context.close();
  }
} finally {
  await browser.close();
}
