import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePlayerDeps } from '../../../tests/support/player';
import { runnerPorts } from './runner-ports';

describe('runnerPorts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the runner a change is shown after the page has updated, and not while the page is hidden', async () => {
    const { shown } = runnerPorts(fakePlayerDeps().deps);
    const calls: string[] = [];
    // Svelte's update is queued first, as the runner's listeners run; the call comes after it.
    queueMicrotask(() => calls.push('update'));
    shown!(() => calls.push('shown'));
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual(['update', 'shown']);

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    shown!(() => calls.push('shown while hidden'));
    await Promise.resolve();
    expect(calls).toEqual(['update', 'shown']);
  });
});
