import { afterEach, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../lib/history/records';
import { exportHistory } from '../../lib/history/transfer';
import { makeSession } from '../../../tests/support/routines';
import { HistoryState, PAGE } from './history-state.svelte';
import { when } from './when';

/** The app's sessions as a plain list, recording what the screen asked of them. */
function fakeSessions(stored: SessionRecord[] = [], options: { failImport?: boolean } = {}) {
  const calls: string[] = [];
  const sessions = {
    importSessions: async (records: readonly SessionRecord[]) => {
      if (options.failImport) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const added = records.filter((record) => !stored.some((session) => session.id === record.id));
      stored.push(...added);
      calls.push(`import ${added.length}`);
      return { added: added.length, skipped: records.length - added.length };
    },
    deleteSession: async (id: string) => {
      calls.push(`delete ${id}`);
    },
    deleteAllSessions: async () => {
      calls.push('delete all');
    },
  };
  return { sessions, calls };
}

/** A chosen file, as much of it as the import reads. */
const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

let cleanup = () => {};
afterEach(() => cleanup());

/** A fresh history state for each test, made inside an effect root as in a component. */
function historyOver(sessions: ReturnType<typeof fakeSessions>['sessions']): HistoryState {
  let history: HistoryState | undefined;
  cleanup = $effect.root(() => {
    history = new HistoryState(sessions);
  });
  return history!;
}

const morning = makeSession({ id: 'a', routineTitle: 'Back relief', startedAt: '2026-11-20T09:00:00.000Z' });
const evening = makeSession({ id: 'b', routineTitle: 'Desk break', startedAt: '2026-11-20T18:00:00.000Z' });

describe('HistoryState', () => {
  it('imports the sessions of an export file that are new, and says how many', async () => {
    const { sessions, calls } = fakeSessions([morning]);
    const history = historyOver(sessions);
    expect(history.message).toBeNull();
    await history.importFile(file('history.json', exportHistory([morning, evening], new Date())));
    expect(calls).toEqual(['import 1']);
    expect(history.message).toEqual({ kind: 'ok', text: 'Imported 1 session; 1 was already here and skipped.' });
  });

  it('imports nothing from a damaged, foreign or huge file, and names the file', async () => {
    const { sessions, calls } = fakeSessions();
    const history = historyOver(sessions);
    await history.importFile(file('notes.json', '{"format": "unknot-history", "version": 1, "sessions": ['));
    expect(history.message).toEqual({ kind: 'error', text: '“notes.json” was not imported. This file is not a history export: it is not valid JSON.' });
    await history.importFile(file('photo.json', '{}', 60_000_000));
    expect(history.message).toEqual({ kind: 'error', text: '“photo.json” was not imported. This file is too large to be a history export.' });
    expect(calls).toEqual([]);
  });

  it('says nothing changed when the device cannot store the imported sessions', async () => {
    const history = historyOver(fakeSessions([], { failImport: true }).sessions);
    await history.importFile(file('history.json', exportHistory([morning], new Date())));
    expect(history.message?.kind).toBe('error');
    expect(history.message?.text).toMatch(/Nothing was changed\.$/);
  });

  it('deletes one session and says which', async () => {
    const { sessions, calls } = fakeSessions([morning, evening]);
    const history = historyOver(sessions);
    await history.remove(evening);
    expect(calls).toEqual(['delete b']);
    expect(history.message).toEqual({ kind: 'ok', text: `Deleted Desk break from ${when(evening.startedAt)}.` });
  });

  it('deletes everything only after asking, and can be talked out of it', async () => {
    const { sessions, calls } = fakeSessions([morning, evening]);
    const history = historyOver(sessions);
    history.askDeleteAll();
    expect(history.confirmingDeleteAll).toBe(true);
    history.cancelDeleteAll();
    expect(history.confirmingDeleteAll).toBe(false);
    expect(calls).toEqual([]);

    history.askDeleteAll();
    await history.deleteAll();
    expect(calls).toEqual(['delete all']);
    expect(history.confirmingDeleteAll).toBe(false);
    expect(history.message).toEqual({ kind: 'ok', text: 'All history on this device was deleted.' });
  });

  it('lists a page of sessions at a time', () => {
    const history = historyOver(fakeSessions().sessions);
    expect(history.listed).toBe(PAGE);
    history.showMore();
    expect(history.listed).toBe(2 * PAGE);
  });
});
