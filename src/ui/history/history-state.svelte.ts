/**
 * What the history screen does to the sessions and what it says afterwards: deleting one or all
 * (after asking), importing an export file, and how much of a long list is shown. The sessions
 * themselves are the app's (SessionsState); the screen reads them from there.
 */
import type { SessionRecord } from '../../lib/history/records';
import { HISTORY_LIMITS, parseHistoryFile } from '../../lib/history/transfer';
import type { SessionsState } from '../app/sessions.svelte';
import { t } from '../strings/history';
import { when } from './when';

/** A line the screen shows and announces after an action. */
export interface HistoryMessage {
  kind: 'ok' | 'error';
  text: string;
}

/** Sessions listed at first and added by each "Show more": years of history would be too long a page. */
export const PAGE = 50;

/** The history screen's state; one per screen, over the app's sessions. */
export class HistoryState {
  readonly #sessions: Pick<SessionsState, 'importSessions' | 'deleteSession' | 'deleteAllSessions'>;
  #message = $state.raw<HistoryMessage | null>(null);
  #confirmingDeleteAll = $state(false);
  #listed = $state(PAGE);

  constructor(sessions: Pick<SessionsState, 'importSessions' | 'deleteSession' | 'deleteAllSessions'>) {
    this.#sessions = sessions;
  }

  /** What the last action did, or why it did not. */
  get message(): HistoryMessage | null {
    return this.#message;
  }

  /** "Delete all history" was pressed: the screen asks before deleting. */
  get confirmingDeleteAll(): boolean {
    return this.#confirmingDeleteAll;
  }

  askDeleteAll(): void {
    this.#confirmingDeleteAll = true;
  }

  cancelDeleteAll(): void {
    this.#confirmingDeleteAll = false;
  }

  /** How many sessions the list shows. */
  get listed(): number {
    return this.#listed;
  }

  showMore(): void {
    this.#listed += PAGE;
  }

  /** Adds the sessions of an export file that are not here yet; a damaged file adds nothing. */
  async importFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
    const parsed = file.size > HISTORY_LIMITS.fileBytes
      ? { ok: false as const, message: t.history.tooLarge }
      : parseHistoryFile(await file.text());
    if (!parsed.ok) {
      this.#message = { kind: 'error', text: t.history.notImported(file.name, parsed.message) };
      return;
    }
    try {
      const { added, skipped } = await this.#sessions.importSessions(parsed.sessions);
      this.#message = { kind: 'ok', text: t.history.imported(added, skipped) };
    } catch {
      this.#message = { kind: 'error', text: t.history.importFailed };
    }
  }

  async remove(session: SessionRecord): Promise<void> {
    await this.#sessions.deleteSession(session.id);
    this.#message = { kind: 'ok', text: t.history.deleted(session.routineTitle, when(session.startedAt)) };
  }

  async deleteAll(): Promise<void> {
    await this.#sessions.deleteAllSessions();
    this.#confirmingDeleteAll = false;
    this.#message = { kind: 'ok', text: t.history.allDeleted };
  }
}
