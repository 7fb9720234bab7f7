import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AREAS } from '../../lib/routine/vocabulary';
import BodyMap from './BodyMap.svelte';

describe('BodyMap', () => {
  it('names the highlighted areas, in the order given', () => {
    render(BodyMap, { areas: ['neck', 'upper-back', 'arms'] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: Neck, Upper back, Upper arms');
  });

  it('says so when a step has no specific area', () => {
    render(BodyMap, { areas: [] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: no specific area');
  });

  it('takes a label in place of the generated name', () => {
    render(BodyMap, { areas: ['feet'], label: 'Where this routine works' });
    expect(screen.getByRole('img')).toHaveAccessibleName('Where this routine works');
  });

  it('draws both views, with captions a screen reader skips', () => {
    const { container } = render(BodyMap, { areas: [] });
    const captions = [...container.querySelectorAll('text')];
    expect(captions.map((text) => text.textContent)).toEqual(['Front', 'Back']);
    for (const text of captions) expect(text).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws every area of the vocabulary, and lights up only the named ones', () => {
    const { container } = render(BodyMap, { areas: ['hands', 'feet', 'lower-back'] });
    const lit = new Set(['hands', 'feet', 'lower-back']);
    for (const area of AREAS) {
      const shapes = container.querySelectorAll(`[data-area="${area}"]`);
      expect(shapes.length, area).toBeGreaterThan(0);
      // Each area is drawn with at least one real shape, not an empty group.
      for (const shape of shapes) expect(shape.querySelector('path')?.getAttribute('d'), area).toMatch(/^M/);
      for (const shape of shapes) expect(shape.classList.contains('on'), area).toBe(lit.has(area));
    }
  });

  it('follows the step as its areas change', async () => {
    const { container, rerender } = render(BodyMap, { areas: ['neck'] });
    await rerender({ areas: ['thighs'] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: Thighs');
    const lit = [...container.querySelectorAll('[data-area].on')].map((shape) => shape.getAttribute('data-area'));
    // Thighs show on both views; the neck is off.
    expect(lit).toEqual(['thighs', 'thighs']);
    // The lower leg is the shin from the front and the calf from behind.
    await rerender({ areas: ['shins', 'calves'] });
    const lower = [...container.querySelectorAll('[data-area].on')].map((shape) => shape.getAttribute('data-area'));
    expect(lower).toEqual(['shins', 'calves']);
  });

  it('gives each area one checkbox when the map is tappable', async () => {
    const user = userEvent.setup();
    const ontoggle = vi.fn();
    render(BodyMap, { areas: ['glutes'], label: 'Sore areas', ontoggle });
    expect(screen.getByRole('group', { name: 'Sore areas' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(AREAS.length);
    expect(screen.getByRole('checkbox', { name: 'Glutes' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Jaw' }));
    screen.getByRole('checkbox', { name: 'Calves' }).focus();
    await user.keyboard('{Enter}');
    expect(ontoggle.mock.calls).toEqual([['jaw'], ['calves']]);
  });

  it('lights only the side being worked on a one-sided step', () => {
    const { container } = render(BodyMap, { areas: ['upper-back', 'shoulders'], side: 'right' });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map, right side: Upper back, Shoulders');
    const lit = [...container.querySelectorAll('[data-area].on')];
    // Shoulders show on both views, the upper back on the back view only.
    expect(lit.map((group) => group.getAttribute('data-area'))).toEqual(['shoulders', 'upper-back', 'shoulders']);
    for (const group of lit) {
      const id = /url\(#(.+)\)/.exec(group.getAttribute('clip-path') ?? '')?.[1];
      const rect = container.querySelector(`clipPath[id="${id}"] rect`);
      // Seen from the front the person's right is on the viewer's left; from the back, on the right.
      const view = id?.endsWith('front') ? 'front' : 'back';
      expect(rect?.getAttribute('x'), view).toBe(view === 'front' ? '0' : '50');
    }
  });

  it('lights both sides, whatever the side, where the map is for tapping sore areas', () => {
    const { container } = render(BodyMap, { areas: ['calves'], label: 'Sore areas', ontoggle: vi.fn(), side: 'left' });
    expect(container.querySelector('[clip-path^="url(#body-map-half"]')).toBeNull();
  });
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}
const declared = (block: string, property: string) => new RegExp(`(?:^|[\\s;{])${property}:\\s*([^;]+);`).exec(block)?.[1]?.trim() ?? '';

describe('BodyMap colours', () => {
  // The theme's custom properties, as app.css sets them for each theme and for print.
  const app = readFileSync('src/ui/app/app.css', 'utf8');
  const root = rule(app, ':root');
  const themes: Record<string, (name: string) => string> = {
    light: (name) => /light-dark\((#\w+),\s*(#\w+)\)/.exec(declared(root, name))![1]!,
    dark: (name) => /light-dark\((#\w+),\s*(#\w+)\)/.exec(declared(root, name))![2]!,
    bedtime: (name) => declared(rule(app, ":root[data-theme='bedtime']"), name),
    print: (name) => declared(app.slice(app.indexOf('@media print')), name),
  };
  // The colours the map is drawn with, read from its own stylesheet.
  const style = readFileSync('src/ui/common/BodyMap.svelte', 'utf8').split('<style>')[1]!;
  const variable = (value: string) => /^var\((--[\w-]+)\)$/.exec(value)?.[1];
  const body = variable(declared(rule(style, '.body'), 'fill'));
  const lit = variable(declared(rule(style, '.area path'), 'fill'));

  it('draws the body and a lit area in theme colours, the lit area fully opaque', () => {
    expect([body, lit]).toEqual(['--surface-2', '--accent']);
    expect(declared(rule(style, '.area.on path'), 'fill-opacity')).toBe('1');
  });

  for (const [theme, colour] of Object.entries(themes)) {
    it(`lights the worked area at least 3:1 against the body (${theme})`, () => {
      const [area, figure] = [colour(lit!), colour(body!)];
      expect([area, figure]).toEqual([expect.stringMatching(/^#[0-9a-f]{6}$/i), expect.stringMatching(/^#[0-9a-f]{6}$/i)]);
      expect(contrast(area, figure), `${area} on ${figure}`).toBeGreaterThanOrEqual(3);
    });
  }
});
