import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { initialState } from '../../lib/player/machine';
import { buildTimeline } from '../../lib/player/timeline';
import { playerView } from '../../lib/player/view';
import StepCards from './StepCards.svelte';

// Get ready 3 s, "Warm up" 10 s, "Squeeze" 5 s a side with a 5 s switch, "Rest" 5 s.
const routine = makeRoutine({
  steps: [
    makeStep({ title: 'Warm up', duration: 10, areas: ['neck'], position: 'seated', tool: 'hands', motion: ['circles'], instructions: 'Rub your **palms** together.' }),
    makeStep({ title: 'Squeeze', duration: 5, sides: 'left-right', areas: ['hands'], position: 'seated', tool: 'hands', motion: ['squeeze'] }),
    makeStep({ title: 'Rest', duration: 5, rest: true, instructions: '' }),
  ],
});
const timeline = buildTimeline(routine, { getReadyMs: 3000 });
const at = (position: number) => playerView(timeline, { ...initialState(), status: 'paused', held: position }, 0, routine.steps.length);

/** The cards drawn, in order: their titles, and which one is on screen. */
function cards(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('section.step')].map((card) => ({
    title: card.querySelector('h2')?.textContent,
    shown: !card.classList.contains('ahead'),
    card,
  }));
}

/** Lets the timers due within `ms` run, and the updates they cause. */
async function wait(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await tick();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StepCards', () => {
  it('draws the next step ahead, shows it on time without drawing it then, and draws the one after a moment later', async () => {
    const { container, rerender } = render(StepCards, { routine, timeline, view: at(3500) });
    expect(cards(container).map(({ title, shown }) => [title, shown])).toEqual([['Warm up', true], ['Squeeze', false]]);
    expect(container.querySelector('#step-title')).toHaveTextContent('Warm up');
    expect(container.querySelector('section.step:not(.ahead) .instructions strong')).toHaveTextContent('palms');
    // The card ahead fills in over a few tasks: its words first, then its picture and body map.
    const ahead = cards(container)[1]!.card;
    expect(ahead.querySelector('[role="img"]')).toBeNull();
    await wait(0);
    expect(ahead.querySelectorAll('[role="img"]')).toHaveLength(1);
    await wait(1);
    expect(ahead.querySelectorAll('[role="img"]')).toHaveLength(2);

    // The step changes: the card drawn ahead is shown, the same element, and no card is drawn.
    await rerender({ view: at(13_500) });
    expect(cards(container).map(({ title, shown }) => [title, shown])).toEqual([['Warm up', false], ['Squeeze', true]]);
    expect(cards(container)[1]!.card).toBe(ahead);
    expect(container.querySelector('#step-title')).toBe(ahead.querySelector('h2'));
    expect(container.querySelectorAll('#step-title')).toHaveLength(1);

    // A moment later the one before goes and the one after (the switch to the right side) comes.
    await wait(300);
    expect(cards(container).map(({ title, shown }) => [title, shown])).toEqual([['Squeeze', true], ['Squeeze', false]]);
    expect(cards(container)[1]!.card).toHaveTextContent('Change to the right side');
  });

  it('draws a step the user jumps to at once, whole', async () => {
    const { container, rerender } = render(StepCards, { routine, timeline, view: at(3500) });
    await rerender({ view: at(timeline.segments.at(-1)!.start) });
    const shown = cards(container).find(({ shown }) => shown)!;
    expect(shown.title).toBe('Rest');
    expect(shown.card.querySelectorAll('[role="img"]')).toHaveLength(2);
    await wait(300);
    expect(cards(container).map(({ title, shown }) => [title, shown])).toEqual([['Rest', true]]);
  });
});
