import { describe, expect, it } from 'vitest';
import { en as detail } from './detail';
import { en as history } from './history';
import { en as home } from './home';
import { en as rare } from './rare';
import { en as shell, t } from './index';
import { en as picture } from './picture';
import { en as player } from './player';
import { en as settings } from './settings';
import { t as therapistT, en as therapist } from './therapist';

/** Every file's English, as one object: the whole interface. */
const en = { ...shell, ...home, ...rare, ...detail, ...player, ...history, ...settings, ...therapist, ...picture };

/**
 * Arguments tried on every string function (numbers, words, a list); a set that throws or gives
 * no string is skipped. Mistyped sets can give "NaN", so only missing values are looked for.
 */
const SAMPLE_ARGS: unknown[][] = [0, 1, 2, 10].map((n) => Array<unknown>(4).fill(n));
SAMPLE_ARGS.push(Array(4).fill('Neck'), Array(4).fill('left'), Array(4).fill(['Neck', 'Jaw']), Array(4).fill('light'));
// Plans and their progress, for the therapist and client screens.
const PLAN = { from: 'Dr. Rivera', frequency: { per: 'day', times: 2 }, days: 14, start: '2026-12-01' };
SAMPLE_ARGS.push([PLAN], [PLAN, 5, '2026-12-05T10:00:00.000Z']);
// What a step picture shows, for its text alternative.
SAMPLE_ARGS.push([{ position: 'wall-lean', area: 'upper-back', side: 'right', tool: 'ball', motion: ['up-down', 'press-hold'], direction: undefined, pressure: 'medium' }]);
for (const phase of ['upcoming', 'active', 'finished']) {
  SAMPLE_ARGS.push([{ phase, day: 3, daysLeft: 11, done: 4, target: 28, current: { done: 1, target: 2, period: 'day' } }]);
}

/** Every string the module can produce, with the path that produced it. */
function allStrings(value: unknown, path = 'en'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const results = SAMPLE_ARGS.flatMap((args) => {
      try {
        const text: unknown = (value as (...args: unknown[]) => unknown)(...args);
        if (typeof text !== 'string') return [];
        // A plan or progress sample given to a function that wants words did not fit it: skip it.
        if (/undefined|\[object/.test(text) && args.some((arg) => arg !== null && typeof arg === 'object' && !Array.isArray(arg))) return [];
        return [{ path: `${path}(${args.map(String).join(', ')})`, text }];
      } catch {
        return [];
      }
    });
    // A function none of the samples can call would go unchecked: make that fail instead.
    return results.length ? results : [{ path: `${path}(…)`, text: '' }];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => allStrings(child, `${path}.${key}`));
  }
  return [{ path, text: '' }];
}

describe('ui strings', () => {
  it('ships English, each screen with the start page’s words', () => {
    expect(t).toBe(shell);
    expect(therapistT.common).toBe(shell.common);
    expect(therapistT.detail).toBe(detail.detail);
    // No two files define the same group.
    const groups = [shell, home, rare, detail, player, history, settings, therapist, picture].flatMap((file) => Object.keys(file));
    expect(new Set(groups).size).toBe(groups.length);
  });

  it('has no empty, padded or half-filled string', () => {
    const strings = allStrings(en);
    expect(strings.length).toBeGreaterThan(200);
    const bad = strings.filter(({ text }) => !text || text !== text.trim() || /undefined|\[object/.test(text));
    expect(bad).toEqual([]);
  });

  it('names the player controls as the design says', () => {
    const { start, pause, resume, next, previous, restart } = en.player;
    expect({ start, pause, resume, next, previous, restart }).toEqual({
      start: 'Start',
      pause: 'Pause',
      resume: 'Resume',
      next: 'Next step',
      previous: 'Previous step',
      restart: 'Restart',
    });
  });

  it('words counts in the singular and the plural', () => {
    expect(en.common.sessions(1)).toBe('1 session');
    expect(en.common.sessions(0)).toBe('0 sessions');
    expect(en.common.sessions(3)).toBe('3 sessions');
    expect(en.common.days(1)).toBe('1 day');
    expect(en.common.days(12)).toBe('12 days');
    expect(en.library.count(1)).toBe('1 routine');
    expect(en.library.count(7)).toBe('7 routines');
    expect(en.problems.title('neck.md', 1)).toBe('“neck.md” could not be opened: 1 problem');
    expect(en.problems.title('neck.md', 2)).toBe('“neck.md” could not be opened: 2 problems');
    expect(en.player.lower(1)).toBe('That is 1 point lower than before you started.');
    expect(en.player.lower(3)).toBe('That is 3 points lower than before you started.');
    expect(en.history.tileTotals(1, '5 min')).toBe('session · 5 min');
    expect(en.history.tileTotals(2, '9 min')).toBe('sessions · 9 min');
    expect(en.history.imported(1, 0)).toBe('Imported 1 session.');
    expect(en.history.imported(4, 1)).toBe('Imported 4 sessions; 1 was already here and skipped.');
    expect(en.history.imported(4, 2)).toBe('Imported 4 sessions; 2 were already here and skipped.');
    expect(en.settings.everyOption(45)).toBe('45 minutes');
    expect(en.settings.everyOption(60)).toBe('hour');
    expect(en.settings.everyOption(90)).toBe('1.5 hours');
  });

  it('puts inserted values where English wants them', () => {
    expect(en.player.stepOf(2, 7)).toBe('Step 2 of 7');
    expect(en.player.upNextTitle('Squeeze', 'left')).toBe('Squeeze · left side');
    expect(en.player.upNextTitle('Squeeze', undefined)).toBe('Squeeze');
    expect(en.player.pressure('firm')).toBe('Firm pressure');
    expect(en.detail.pressure('firm')).toBe('firm pressure');
    expect(en.player.sayStep('Squeeze', 'right', 'Hold it.')).toBe('Squeeze. Right side. Hold it.');
    expect(en.weekSummary.week(0, '0 sec')).toBe('no sessions yet.');
    expect(en.library.noMatch('')).toBe('No routine matches these filters.');
    expect(en.library.noMatch('neck')).toBe('No routine matches “neck”.');
    expect(en.bodyMap.name([])).toBe('Body map: no specific area');
    expect(en.bodyMap.name(['Calves'], 'left')).toBe('Body map, left side: Calves');
    expect(en.common.pageTitle(en.history.title)).toBe('History · Unknot');
  });

  it('says what a step picture shows, in the order a therapist would', () => {
    const facts = { position: 'wall-lean', area: 'upper-back', side: 'right', tool: 'ball', motion: ['up-down', 'press-hold'], direction: undefined, pressure: 'medium' } as const;
    expect(en.picture.describe(facts)).toBe('Leaning on a wall: ball between the wall and the right upper back, up and down, then press and hold, medium pressure.');
    expect(en.picture.describe({ ...facts, position: 'lying-back', area: 'abdomen', side: 'both', tool: 'hands', motion: ['circles'], direction: 'clockwise', pressure: 'light' }))
      .toBe('Lying on your back: hand on the belly, circles clockwise, light pressure.');
    expect(en.picture.describe({ ...facts, position: 'seated', area: 'feet', side: 'left', tool: 'thumbs', motion: ['press-hold'], direction: 'away-from-heart' }))
      .toBe('Seated: thumbs on the left foot, press and hold, moving away from the heart, medium pressure.');
    expect(en.picture.describe({ ...facts, position: 'standing', area: 'shoulders', side: 'both', tool: 'none', motion: ['stretch'], pressure: undefined }))
      .toBe('Standing: both shoulders, reaching up.');
    expect(en.picture.describe({ ...facts, position: 'seated', area: undefined, side: 'both', tool: 'none', motion: ['still'], pressure: undefined })).toBe('Seated, resting still.');
    expect(en.picture.drawing('A fingertip on the jaw joint', 'left')).toBe('A fingertip on the jaw joint (left side)');
  });
});
