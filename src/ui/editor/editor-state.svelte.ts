/**
 * The routine being written or changed in the editor: the draft as typed, what is not saved yet,
 * which problems show yet, which steps are open, and saving through a port. The same schema as
 * routine files decides what can be saved (lib/routine/draft). No DOM here: the editor screen
 * moves focus, drags, scrolls and guards leaving.
 */
import {
  draftFromRoutine,
  draftSeconds,
  emptyDraft,
  emptyStep,
  moveStep,
  routineFromDraft,
  type DraftProblems,
  type RoutineDraft,
  type StepDraft,
} from '../../lib/routine/draft';
import type { Routine } from '../../lib/routine/schema-only';
import { freeId, sameRoutine } from '../app/my-routines.svelte';
import { t } from '../strings/therapist';

/** A routine the "start from" menu offers to copy. */
export interface RoutineSource {
  id: string;
  title: string;
}

/** What the editor needs from the rest of the app; tests pass plain fakes. */
export interface EditorPorts {
  /** The user's own saved routine with this id: it is edited in place. */
  own(id: string): Promise<Routine | undefined>;
  /** Any routine the app knows by this id (opened, own or built-in): the editor starts from a copy. */
  find(id: string): Promise<Routine | null>;
  /** What the "start from" menu offers: the user's own routines, then the built-ins. */
  sources(): Promise<RoutineSource[]>;
  /** Ids that built-in and saved routines use already: a new routine gets one of its own. */
  takenIds(): Promise<ReadonlySet<string>>;
  /** Keeps the routine as one of the user's own; rejects when the device could not store it. */
  save(routine: Routine): Promise<void>;
}

export type EditorPhase = 'loading' | 'ready' | 'missing';

/** Problems of step fields come keyed `steps.<index>.<field>`. */
const STEP_FIELD = /^steps\.(\d+)\.(\w+)$/;
const STEP = /^steps\.(\d+)/;

/** The editor's state over one draft at a time; one instance per editor screen. */
export class EditorState {
  readonly #ports: EditorPorts;
  #phase = $state<EditorPhase>('loading');
  #draft = $state<RoutineDraft>(emptyDraft());
  /** The saved routine this draft edits; null when it will be a new one. */
  #editing = $state.raw<Routine | null>(null);
  /** The routine this draft started as a copy of, shown in the "start from" menu. */
  #copiedFrom = $state('');
  #sources = $state.raw<RoutineSource[]>([]);
  /** The draft as last loaded or saved: anything else is work the user would lose. */
  #baseline = $state('');
  /** The user tried to save (or export): every problem shows. */
  #submitted = $state(false);
  /** Fields the user has left; their problems show. Step fields go by step key, so they move with it. */
  #touched = $state.raw(new Set<string>());
  /** Steps showing all their fields, by key: new ones, and any the user opened. */
  #openSteps = $state.raw(new Set<number>());
  /** The latest change to the list of steps, in words, for the aria-live region. */
  #announcement = $state('');
  #saveError = $state('');
  readonly #result = $derived(routineFromDraft(this.#draft));
  readonly #problems = $derived<DraftProblems>(this.#result.ok ? {} : this.#result.problems);
  readonly #unsaved = $derived(this.#phase === 'ready' && JSON.stringify(this.#draft) !== this.#baseline);
  readonly #seconds = $derived(draftSeconds(this.#draft));

  constructor(ports: EditorPorts) {
    this.#ports = ports;
  }

  get phase(): EditorPhase {
    return this.#phase;
  }

  /** The working copy, every field as typed; the screen binds its fields to it. */
  get draft(): RoutineDraft {
    return this.#draft;
  }

  get editing(): Routine | null {
    return this.#editing;
  }

  get copiedFrom(): string {
    return this.#copiedFrom;
  }

  get sources(): RoutineSource[] {
    return this.#sources;
  }

  /** Changes since the draft was loaded or saved: leaving or replacing it asks first. */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  get submitted(): boolean {
    return this.#submitted;
  }

  get announcement(): string {
    return this.#announcement;
  }

  /** Why the last save did not reach the device; empty when it did. */
  get saveError(): string {
    return this.#saveError;
  }

  /** The routine's length as drafted, in seconds. */
  get seconds(): number {
    return this.#seconds;
  }

  /** Every problem, shown or not, one per field: `title`, `steps.2.duration`. */
  get problems(): DraftProblems {
    return this.#problems;
  }

  get problemCount(): number {
    return Object.keys(this.#problems).length;
  }

  /** The field of the first problem, where focus goes when saving fails. */
  get firstProblem(): string | undefined {
    return Object.keys(this.#problems)[0];
  }

  /** Whether a field's problem shows yet: once the user left the field, or tried to save. */
  shows(field: string, stepKey?: number): boolean {
    return this.#submitted || this.#touched.has(touchKey(field, stepKey));
  }

  /** The user left a field (of the routine, or of the step with this key). */
  touch(field: string, stepKey?: number): void {
    this.#touched = new Set(this.#touched).add(touchKey(field, stepKey));
  }

  /** A routine field's problem, when it shows yet. */
  problem(field: string): string | undefined {
    return this.shows(field) ? this.#problems[field] : undefined;
  }

  /** Problems of the step at this place, by field name (`duration`, `title`...). */
  stepProblems(index: number): Record<string, string> {
    return Object.fromEntries(Object.entries(this.#problems).flatMap(([key, message]) => {
      const match = STEP_FIELD.exec(key);
      return match && Number(match[1]) === index ? [[match[2]!, message]] : [];
    }));
  }

  isOpen(stepKey: number): boolean {
    return this.#openSteps.has(stepKey);
  }

  setOpen(stepKey: number, open: boolean): void {
    const next = new Set(this.#openSteps);
    if (open) next.add(stepKey);
    else next.delete(stepKey);
    this.#openSteps = next;
  }

  /**
   * Begins on the routine with this id: the user's own is edited in place, any other becomes a
   * copy, and null starts empty. No problem shows until the user leaves a field or saves.
   */
  async load(id: string | null): Promise<void> {
    this.#phase = 'loading';
    this.#submitted = false;
    this.#touched = new Set();
    const own = id ? await this.#ports.own(id) : undefined;
    if (own) {
      this.#editing = own;
      this.#draft = draftFromRoutine(own);
      this.#openSteps = new Set();
    } else if (id) {
      const routine = await this.#ports.find(id).catch(() => null);
      if (!routine) {
        this.#phase = 'missing';
        return;
      }
      this.#copy(routine);
    } else {
      this.#editing = null;
      this.#empty();
    }
    this.#phase = 'ready';
    this.#keep();
    this.#sources = await this.#ports.sources();
  }

  /**
   * The "start from" menu: replaces the draft with a copy of the routine with this id, or with
   * an empty routine for ''. Asking before unsaved work is replaced is the screen's part.
   */
  async startFrom(sourceId: string): Promise<void> {
    if (!sourceId) {
      this.#empty();
      this.#keep();
      return;
    }
    const routine = await this.#ports.find(sourceId).catch(() => null);
    if (routine) {
      this.#copy(routine);
      this.#keep();
      this.#announcement = t.editor.copied(routine.title);
    }
  }

  /** Moves a step to another place: the move buttons, the keyboard and dragging all come here. */
  reorder(from: number, to: number): void {
    this.#draft.steps = moveStep(this.#draft.steps, from, to);
    this.#announcement = t.editor.moved(from + 1, to + 1);
  }

  /** Adds an empty step at the end, open; the screen moves focus to its title. */
  addStep(): StepDraft {
    const step = emptyStep();
    this.#draft.steps = [...this.#draft.steps, step];
    this.#openSteps = new Set(this.#openSteps).add(step.key);
    this.#announcement = t.editor.added(this.#draft.steps.length);
    return step;
  }

  removeStep(index: number): void {
    this.#draft.steps = this.#draft.steps.filter((_, i) => i !== index);
    this.#announcement = t.editor.removed(index + 1);
  }

  /** Checks everything; on a problem, every problem shows and each step with one opens. */
  check(): Routine | null {
    this.#submitted = true;
    if (this.#result.ok) return this.#result.routine;
    const withProblems = Object.keys(this.#problems).flatMap((key) => {
      const match = STEP.exec(key);
      const step = match ? this.#draft.steps[Number(match[1])] : undefined;
      return step ? [step.key] : [];
    });
    if (withProblems.length) this.#openSteps = new Set([...this.#openSteps, ...withProblems]);
    return null;
  }

  /** The checked routine named as it is on this device, for a file; null when it has problems. */
  forExport(): Routine | null {
    const routine = this.check();
    return routine && { ...routine, id: this.#editing?.id ?? routine.id };
  }

  /**
   * Saves the routine as one of the user's own: an edited one keeps its id (its version goes up
   * when it changed), a new one gets a free id. Returns the id, or null on a problem or failure.
   */
  async save(): Promise<string | null> {
    const routine = this.check();
    if (!routine) return null;
    this.#saveError = '';
    const editing = this.#editing;
    let toSave: Routine;
    if (editing) {
      const changed = !sameRoutine({ ...routine, id: editing.id, version: editing.version }, editing);
      toSave = { ...routine, id: editing.id, version: changed ? editing.version + 1 : editing.version };
    } else {
      toSave = { ...routine, id: freeId(routine.id, await this.#ports.takenIds()) };
    }
    try {
      await this.#ports.save(toSave);
    } catch {
      this.#saveError = t.editor.saveFailed;
      return null;
    }
    this.#editing = toSave;
    this.#draft.id = toSave.id;
    this.#draft.version = toSave.version;
    this.#keep();
    return toSave.id;
  }

  #copy(routine: Routine): void {
    this.#editing = null;
    this.#copiedFrom = routine.id;
    // A copy is the user's own: it keeps the words but not the original author's name.
    this.#draft = { ...draftFromRoutine(routine), id: '', title: t.editor.copyTitle(routine.title), author: '', version: 1 };
    this.#openSteps = new Set();
  }

  #empty(): void {
    this.#copiedFrom = '';
    this.#draft = emptyDraft();
    this.#openSteps = new Set(this.#draft.steps.map((step) => step.key));
  }

  /** The draft as it is now counts as saved. */
  #keep(): void {
    this.#baseline = JSON.stringify(this.#draft);
  }
}

const touchKey = (field: string, stepKey?: number) => (stepKey === undefined ? field : `step-${stepKey}.${field}`);
