import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import Illustration from './Illustration.svelte';

describe('Illustration', () => {
  it('shows a shipped drawing with the name its file gives it', async () => {
    render(Illustration, { name: 'palm-circles.svg' });
    const picture = await screen.findByRole('img');
    expect(picture.getAttribute('aria-label')).not.toBe('');
    expect(picture.querySelector('svg')).not.toBeNull();
    expect(picture.querySelector('title')).toBeNull();
  });

  it('shows nothing for a name that matches no shipped file', async () => {
    render(Illustration, { name: 'https://evil.example/x.svg' });
    // Nothing is even fetched for an unknown name, so nothing can arrive later.
    await tick();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
