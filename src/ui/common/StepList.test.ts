import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import StepList from './StepList.svelte';

describe('StepList', () => {
  it('shows each step’s picture with its words, and none for a rest', () => {
    const routine = makeRoutine({
      steps: [
        makeStep({ title: 'Temple circles', areas: ['temples'], position: 'seated', tool: 'fingertips', pressure: 'light', motion: ['circles'] }),
        makeStep({ title: 'Breathe', areas: [], rest: true, instructions: 'Breathe slowly.' }),
      ],
    });
    render(StepList, { routine });
    const [circles, rest] = screen.getAllByRole('listitem');
    expect(within(circles!).getByRole('img', { hidden: true })).toHaveAccessibleName('Seated: fingertips on both temples, small circles, light pressure.');
    expect(within(rest!).queryByRole('img', { hidden: true })).toBeNull();
  });
});
