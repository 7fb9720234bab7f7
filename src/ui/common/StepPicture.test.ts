import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { makeStep } from '../../../tests/support/routines';
import StepPicture from './StepPicture.svelte';

describe('StepPicture', () => {
  it('draws a step from its fields and names the picture with them', () => {
    const step = makeStep({ areas: ['temples'], position: 'seated', tool: 'fingertips', pressure: 'light', motion: ['circles'] });
    const { container } = render(StepPicture, { step });
    expect(screen.getByRole('img')).toHaveAccessibleName('Seated: fingertips on both temples, small circles, light pressure.');
    expect(container.querySelectorAll('path.hand')).toHaveLength(2);
    expect(container.querySelector('svg')).toHaveClass('pressure-light');
  });

  it('shows the side being worked, and follows the player to the other side', async () => {
    const step = makeStep({ areas: ['upper-back'], sides: 'left-right', position: 'wall-lean', tool: 'ball', pressure: 'medium', motion: ['side-to-side'] });
    const { rerender } = render(StepPicture, { step, side: 'left' });
    expect(screen.getByRole('img')).toHaveAccessibleName('Leaning on a wall: ball between the wall and the left upper back, side to side, medium pressure.');
    await rerender({ step, side: 'right' });
    expect(screen.getByRole('img')).toHaveAccessibleName('Leaning on a wall: ball between the wall and the right upper back, side to side, medium pressure.');
  });

  it('shows a shipped drawing the step names, named from the step’s fields', async () => {
    const step = makeStep({ areas: ['jaw'], position: 'seated', tool: 'fingertips', pressure: 'light', motion: ['press-hold'], illustration: 'jaw-joint-hold.svg' });
    const { container } = render(StepPicture, { step });
    const picture = screen.getByRole('img', { name: 'Seated: fingertips on the jaw on both sides, press and hold, light pressure.' });
    await expect.poll(() => container.querySelector('.drawn svg')).not.toBeNull();
    // The drawing's own title would be a second name: it is taken out.
    expect(picture.querySelector('title')).toBeNull();
  });

  it('names a drawing by its title when the step says nothing of how it is done', async () => {
    const step = makeStep({ areas: ['jaw'], sides: 'left-right', tool: 'fingertips', illustration: 'jaw-joint-hold.svg' });
    render(StepPicture, { step, side: 'right' });
    await expect.poll(() => screen.getByRole('img').getAttribute('aria-label')).toMatch(/^In profile: a fingertip resting just in front of the ear opening.* \(right side\)$/);
  });

  it('composes a picture for a drawing that does not ship, never loading it', () => {
    const step = makeStep({ areas: ['feet'], tool: 'ball', position: 'seated', motion: ['back-and-forth'], illustration: 'nowhere.svg' });
    const { container } = render(StepPicture, { step });
    expect(screen.getByRole('img')).toHaveAccessibleName('Seated: ball under both feet, back and forth.');
    expect(container.querySelector('path.ball')).not.toBeNull();
    expect(container.querySelector('img, image, use')).toBeNull();
  });
});
