/**
 * Desk break reminders while Unknot is open (or installed and running): at the time
 * lib/reminders says, a system notification if allowed, and an in-app banner in any case.
 */
import type { LocalStore } from '../../lib/store/local-store';
import { systemClock, type Clock } from '../../lib/player/clock';
import type { ReminderPlan } from '../../lib/reminders/schedule';
import { nextReminder } from '../../lib/reminders/schedule';
import type { Notifier } from '../../lib/platform/notify';
import { t } from '../strings/home';

/** Timers are re-armed at least this often, so a sleeping laptop does not miss its reminder. */
const RECHECK_MS = 5 * 60_000;
export const SNOOZE_MINUTES = 15;

/**
 * The system notification, its code loaded when the first reminder is due: most people never
 * turn reminders on, so the start page does without it. The banner shows either way.
 */
const notifyWhenDue: Notifier['notify'] = (title, body, onclick) =>
  void import('../../lib/platform/notify').then(({ notify }) => notify(title, body, onclick), () => undefined);

export class DeskReminders {
  #due = $state(false);
  #lastBreak: number;
  /** 0 is never a timer's handle, so clearing it is harmless. */
  #timer = 0;

  constructor(
    private readonly plan: () => ReminderPlan,
    private readonly store: Pick<LocalStore, 'lastSession'>,
    private readonly open: () => void,
    private readonly notify: Notifier['notify'] = notifyWhenDue,
    private readonly clock: Clock = systemClock,
  ) {
    this.#lastBreak = clock.now();
  }

  get due(): boolean {
    return this.#due;
  }

  /** Re-reads the last session and re-arms the timer (after settings change or a routine). */
  async refresh(): Promise<void> {
    const last = await this.store.lastSession().catch(() => undefined);
    if (last) this.#lastBreak = Math.max(this.#lastBreak, Date.parse(last.endedAt));
    this.#arm();
  }

  /** "Later": ask again in a quarter of an hour. */
  snooze(): void {
    this.#due = false;
    const plan = this.plan();
    this.#lastBreak = this.clock.now() - (plan.everyMinutes - SNOOZE_MINUTES) * 60_000;
    this.#arm();
  }

  /** The user took the break (or started a routine). */
  dismiss(): void {
    this.#due = false;
    this.#lastBreak = this.clock.now();
    this.#arm();
  }

  stop(): void {
    this.clock.clearTimeout(this.#timer);
  }

  #arm(): void {
    this.stop();
    const next = nextReminder(this.plan(), new Date(this.#lastBreak));
    if (!next) {
      this.#due = false;
      return;
    }
    const wait = next.getTime() - this.clock.now();
    if (wait <= 0) {
      if (!this.#due) this.notify(t.reminders.notificationTitle, t.reminders.body, this.open);
      this.#due = true;
      return;
    }
    this.#timer = this.clock.setTimeout(() => this.#arm(), Math.min(wait, RECHECK_MS));
  }
}
