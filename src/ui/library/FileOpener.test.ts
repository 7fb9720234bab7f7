import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import FileOpener from './FileOpener.svelte';

/** The reader, held open by the test, then made to give up as a hostile file once made it do. */
const reading = vi.hoisted(() => ({ fail: (_error: Error) => {} }));
vi.mock('./open-file', () => ({
  openRoutineFile: () => new Promise((_resolve, reject) => (reading.fail = reject)),
}));

describe('FileOpener', () => {
  // jsdom lays nothing out; the opener scrolls its problem list into view.
  beforeEach(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('shows "Opening…" while a file is read, and is ready again with a message when the reader throws', async () => {
    const user = userEvent.setup();
    const { container } = render(FileOpener, {
      props: { children: createRawSnippet(() => ({ render: () => '<p>Library</p>' })) },
      context: fakeApp(fakeCatalog([])).context,
    });
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['['.repeat(200_000)], 'deep.json', { type: 'application/json' }));
    expect(screen.getByRole('button', { name: 'Opening…' })).toBeDisabled();

    reading.fail(new RangeError('Maximum call stack size exceeded'));
    expect(await screen.findByRole('button', { name: 'Open a routine file' })).toBeEnabled();
    expect(screen.getByRole('alert')).toHaveAccessibleName('“deep.json” could not be opened: 1 problem');
    expect(screen.getByRole('listitem')).toHaveTextContent('Line 1, column 1: the file could not be read; try opening it again');
  });
});
