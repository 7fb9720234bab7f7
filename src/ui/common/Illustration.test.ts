import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Illustration from './Illustration.svelte';

describe('Illustration', () => {
  it('names the drawing with its title, which it takes out of the drawing', async () => {
    render(Illustration, { name: 'base-of-skull-hold.svg' });
    const picture = await screen.findByRole('img');
    expect(picture).toHaveAccessibleName(/^From behind: fingertips of both hands on the ridge at the base of the skull/);
    expect(picture.querySelector('title')).toBeNull();
    expect(picture.querySelector('svg')).not.toBeNull();
  });

  it('shows nothing for a name that matches no drawing', async () => {
    const { container } = render(Illustration, { name: 'palm-circles.svg' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('[role="img"]')).toBeNull();
  });
});
