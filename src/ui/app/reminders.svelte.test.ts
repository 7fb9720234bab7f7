import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/player/clock';
import { DEFAULT_REMINDERS, type ReminderPlan } from '../../lib/reminders/schedule';
import { DeskReminders } from './reminders.svelte';
import { fakeNotifier, fakeSessionStore } from '../../../tests/support/fakes';
import { watch } from '../../../tests/support/runes.svelte';

/** Monday 23 November 2026, local time. */
const at = (hour: number, minute: number, day = 23) => new Date(2026, 10, day, hour, minute).getTime();
const MINUTE = 60_000;
const EVERY_30: ReminderPlan = { ...DEFAULT_REMINDERS, enabled: true, everyMinutes: 30 };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function reminders(start: number, options: { plan?: ReminderPlan; lastEnded?: number } = {}) {
  const clock = new ManualClock(start);
  const { notifier, shown } = fakeNotifier();
  let opened = 0;
  const store = fakeSessionStore(options.lastEnded === undefined ? undefined : { endedAt: new Date(options.lastEnded).toISOString() });
  const desk = new DeskReminders(() => options.plan ?? EVERY_30, store, () => opened++, (title, body, onclick) => notifier.notify(title, body, onclick), clock);
  cleanups.push(() => desk.stop());
  return { clock, desk, shown, opened: () => opened };
}

describe('DeskReminders', () => {
  it('is due one interval after the app opened, inside working hours, with one notification', async () => {
    const { clock, desk, shown, opened } = reminders(at(10, 0));
    await desk.refresh();
    clock.advance(29 * MINUTE);
    expect(desk.due).toBe(false);
    clock.advance(MINUTE);
    expect(desk.due).toBe(true);
    expect(shown.map(({ title, body }) => [title, body])).toEqual([['Time for a desk break', 'A short routine in your chair is ready when you are.']]);
    shown[0]!.onclick();
    expect(opened()).toBe(1);
    // Refreshing while due (the user came back to the library) does not notify again.
    await desk.refresh();
    expect(shown).toHaveLength(1);
  });

  it('shows the banner as soon as it is due', async () => {
    const { clock, desk } = reminders(at(10, 0));
    const banner = watch(() => desk.due);
    cleanups.push(banner.destroy);
    await desk.refresh();
    clock.advance(30 * MINUTE);
    flushSync();
    expect(banner.seen).toEqual([false, true]);
  });

  it('counts from the last session when it ended later than the app opened', async () => {
    const { clock, desk } = reminders(at(10, 0), { lastEnded: at(10, 20) });
    await desk.refresh();
    clock.advance(49 * MINUTE);
    expect(desk.due).toBe(false);
    clock.advance(MINUTE);
    expect(desk.due).toBe(true);
  });

  it('stays quiet outside working hours, and reminds the next working morning', async () => {
    const { clock, desk } = reminders(at(19, 0));
    await desk.refresh();
    clock.advance(at(9, 29, 24) - at(19, 0));
    expect(desk.due).toBe(false);
    clock.advance(MINUTE);
    expect(desk.due).toBe(true);
  });

  it('asks again 15 minutes after "Later"', async () => {
    const { clock, desk, shown } = reminders(at(10, 0));
    await desk.refresh();
    clock.advance(30 * MINUTE);
    desk.snooze();
    expect(desk.due).toBe(false);
    clock.advance(14 * MINUTE);
    expect(desk.due).toBe(false);
    clock.advance(MINUTE);
    expect(desk.due).toBe(true);
    expect(shown).toHaveLength(2);
  });

  it('starts a new interval when the break is taken', async () => {
    const { clock, desk } = reminders(at(10, 0));
    await desk.refresh();
    clock.advance(45 * MINUTE);
    desk.dismiss();
    expect(desk.due).toBe(false);
    clock.advance(29 * MINUTE);
    expect(desk.due).toBe(false);
    clock.advance(MINUTE);
    expect(desk.due).toBe(true);
  });

  it('goes quiet when stopped (the player is open) and when reminders are off', async () => {
    const stopped = reminders(at(10, 0));
    await stopped.desk.refresh();
    stopped.desk.stop();
    stopped.clock.advance(3 * 60 * MINUTE);
    expect(stopped.desk.due).toBe(false);

    const off = reminders(at(10, 0), { plan: DEFAULT_REMINDERS });
    await off.desk.refresh();
    off.clock.advance(3 * 60 * MINUTE);
    expect(off.desk.due).toBe(false);
  });
});
