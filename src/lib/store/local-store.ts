/**
 * The one storage interface of the app: settings, the routine in progress, sessions, the user's
 * own routines and plans. IndexedDB keeps them for real (idb-store.ts); memory keeps them when
 * IndexedDB refuses to open and in tests (memory-store.ts). Callers never ask which one they
 * have. Every read is checked: a damaged record is set aside and listed, never shown or thrown.
 */
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import type { PracticePlan } from '../share/practice';
import type { SavedPlan, SavedRoutine } from './saved';

/** The kinds of record the store keeps, named as its object stores are. */
export type StoreName = 'settings' | 'checkpoint' | 'sessions' | 'routines' | 'plans' | 'practice';

/** A stored record that failed its check when read back: left out of what the app sees. */
export interface DamagedRecord {
  store: StoreName;
  /** The record's key: a session or plan id, a routine id, `current` or `settings`. */
  key: string;
  /** What was wrong, for a developer or a bug report. */
  problem: string;
}

/**
 * A damaged record as the store keeps it aside: a copy of what was stored, untouched, so the
 * user can download it (Settings). Sessions, routines and plans also stay where they were; a
 * damaged checkpoint is discarded once its copy is kept; damaged settings fields take their
 * defaults, and the next save replaces them.
 */
export interface SetAsideRecord extends DamagedRecord {
  /** `store/key/fingerprint`: the same damage found again is kept once. */
  id: string;
  /** When it was first found, as an ISO date and time. */
  foundAt: string;
  /** The record exactly as it was read back. */
  record: unknown;
}

/**
 * Why the store cannot keep data right now, or is waiting; the app tells the user.
 * - `blocked`: this tab upgrades the database and another tab holds the older one open.
 * - `replaced`: another tab upgraded the database, so this tab's connection closed; every later
 *   read and write fails until the page reloads.
 * - `closed`: the browser closed the connection (site data cleared, a disk error); the same.
 * - `newer`: the database was written by a newer Unknot than this page; nothing is kept here.
 * - `write-failed`: one write failed (storage full, say); the store is still open.
 */
export type StorageProblem = 'blocked' | 'replaced' | 'closed' | 'newer' | 'write-failed';

/** What reads and writes throw once the connection is gone (`replaced` or `closed`). */
export class StorageLostError extends Error {
  override readonly name = 'StorageLostError';
  constructor(readonly reason: 'replaced' | 'closed') {
    super(reason === 'replaced' ? 'Unknot was updated in another tab; reload to keep saving' : 'the connection to storage was closed; reload to keep saving');
  }
}

export interface LocalStore {
  /** False when nothing is kept across visits (IndexedDB refused, as in some private modes). */
  readonly available: boolean;
  /** Resolves once the store is open: true when it keeps data across visits. */
  ready(): Promise<boolean>;
  /**
   * Every record set aside because it failed its check, newest first, after checking all that
   * are stored (so a damaged record nobody has read yet is found too).
   */
  setAside(): Promise<SetAsideRecord[]>;

  /** The saved settings; a missing or damaged field takes its default. */
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;

  /** The routine in progress, if one was left unfinished. */
  checkpoint(): Promise<Checkpoint | undefined>;
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  clearCheckpoint(): Promise<void>;
  /**
   * Turns a checkpoint that reached the end of its routine (the app stopped before its session
   * was written) into the completed session it stands for, durably, and clears it. Idempotent:
   * the session takes the checkpoint's id and an existing session is never replaced, so two
   * starts, or two tabs, make one session. Resolves to the session it added, if any.
   */
  finishCheckpoint(): Promise<SessionRecord | undefined>;

  /** Records a session durably (on disk before it resolves) and clears the checkpoint with it. */
  recordSession(session: SessionRecord): Promise<void>;
  /** Adds imported sessions not stored yet (by id), durably and all at once. */
  importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }>;
  /** Adds the after-ratings or a note to a recorded session, durably. */
  updateSession(id: string, change: SessionChange): Promise<void>;
  deleteSession(id: string): Promise<void>;
  deleteAllSessions(): Promise<void>;
  /** Sessions that started at or after an instant, newest first. */
  sessionsSince(iso: string): Promise<SessionRecord[]>;
  /** The most recent session, without reading the others. */
  lastSession(): Promise<SessionRecord | undefined>;
  /** Every session, newest first. */
  sessions(): Promise<SessionRecord[]>;

  /** The user's own routines: written in the editor or saved from a link. */
  routines(): Promise<SavedRoutine[]>;
  saveRoutine(saved: SavedRoutine): Promise<void>;
  deleteRoutine(id: string): Promise<void>;

  /** Plans a therapist sent with a routine, newest first. */
  plans(): Promise<SavedPlan[]>;
  savePlan(plan: SavedPlan): Promise<void>;
  deletePlan(id: string): Promise<void>;

  /** A therapist's practice: the plans they sent and the reports kept for them, by plan id. */
  practice(): Promise<PracticePlan[]>;
  /** How many plans the practice has, without reading them (the library links to it when there are any). */
  practiceCount(): Promise<number>;
  /** Saves plans of the practice, durably and all at once (an import is never half-applied). */
  savePractice(plans: readonly PracticePlan[]): Promise<void>;
  deletePractice(planIds: readonly string[]): Promise<void>;
}
