import type { Assignment } from '../../lib/share/assignment';
import { byClient, exportPractice, keepReport, mergePlan, planSent, type ClientGroup, type PracticePlan } from '../../lib/share/practice';
import type { Report } from '../../lib/share/report';
import type { LocalStore } from '../../lib/store/local-store';

/** The part of the store the practice uses; tests pass a MemoryStore. */
export type PracticeStore = Pick<LocalStore, 'practice' | 'savePractice' | 'deletePractice'>;

/**
 * A therapist's practice as reactive state over the store: the plans they sent and the
 * reports they kept. Every change goes to the store first, then to the screen.
 */
export class Practice {
  #plans = $state.raw<PracticePlan[]>([]);
  #ready = $state(false);
  readonly #loaded: Promise<void>;

  constructor(
    private readonly store: PracticeStore,
    private readonly now: () => number = Date.now,
  ) {
    this.#loaded = store.practice().then(
      (plans) => {
        this.#plans = plans;
        this.#ready = true;
      },
      () => {
        this.#ready = true;
      },
    );
  }

  loaded(): Promise<void> {
    return this.#loaded;
  }

  get ready(): boolean {
    return this.#ready;
  }

  get plans(): PracticePlan[] {
    return this.#plans;
  }

  /** Clients by reference, each with their plans. */
  get clients(): ClientGroup[] {
    return byClient(this.#plans);
  }

  plan(planId: string): PracticePlan | undefined {
    return this.#plans.find((plan) => plan.planId === planId);
  }

  /** Whether this report (or a newer one of its plan) is kept already. */
  kept(report: Report): boolean {
    const madeAt = this.plan(report.assignment.id)?.report?.madeAt;
    return madeAt !== undefined && madeAt >= report.madeAt;
  }

  /** Records a plan as its link is made, so it waits in the list for a report. */
  async sent(assignment: Assignment, routine: { id: string; title: string }): Promise<void> {
    await this.#loaded;
    await this.#save([planSent(this.plan(assignment.id), assignment, routine, this.now())]);
  }

  /** Keeps a report with its plan: a newer one replaces the older, no note is lost. */
  async keep(report: Report): Promise<PracticePlan> {
    await this.#loaded;
    const kept = keepReport(this.plan(report.assignment.id), report, this.now());
    await this.#save([kept]);
    return kept;
  }

  /** Adds a practice file's plans, merged with those kept here. */
  async import(plans: readonly PracticePlan[]): Promise<{ added: number; merged: number }> {
    await this.#loaded;
    const merged = plans.map((plan) => mergePlan(this.plan(plan.planId), plan, this.now()));
    const added = plans.filter((plan) => !this.plan(plan.planId)).length;
    await this.#save(merged);
    return { added, merged: merged.length - added };
  }

  exportFile(): string {
    return exportPractice(this.#plans, new Date(this.now()));
  }

  async remove(planIds: readonly string[]): Promise<void> {
    await this.store.deletePractice(planIds);
    const gone = new Set(planIds);
    this.#plans = this.#plans.filter((plan) => !gone.has(plan.planId));
  }

  async #save(plans: readonly PracticePlan[]): Promise<void> {
    await this.store.savePractice(plans);
    const changed = new Map(plans.map((plan) => [plan.planId, plan]));
    this.#plans = [...this.#plans.filter((plan) => !changed.has(plan.planId)), ...changed.values()];
  }
}
