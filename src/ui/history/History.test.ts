import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { MemoryStore } from '../../lib/store/memory-store';
import History from './History.svelte';

describe('History when nothing is being kept', () => {
  it('blames private browsing only when that may be the cause', async () => {
    render(History, { context: fakeApp(fakeCatalog([]), { store: new MemoryStore({ available: false }) }).context });
    expect(await screen.findByText(/^History cannot be saved in this browser right now \(private browsing may block storage\)/)).toBeInTheDocument();
  });

  it('says a newer Unknot wrote the database, and how to get back to it', async () => {
    const { context, storage } = fakeApp(fakeCatalog([]), { store: new MemoryStore({ available: false }) });
    storage.report('newer');
    render(History, { context });
    expect(await screen.findByText('Your history was saved by a newer version of Unknot, which this page cannot read. Reload to use the newer version; your history is safe.')).toBeInTheDocument();
    expect(screen.queryByText(/private browsing/)).not.toBeInTheDocument();
  });
});
