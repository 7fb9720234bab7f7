/**
 * Every built-in step shows a picture that matches its words: it says how it is done
 * (position, motion), and has a shipped drawing or a picture composed from those fields with
 * the figure, the tool on the body and a mark for each motion.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATIONS, readRoutineFile, routinePaths } from '../../scripts/routine-files';
import { stepPicture } from '../../src/lib/picture';
import { describePicture } from '../../src/ui/strings/picture';

const SHIPPED = new Set(readdirSync(ILLUSTRATIONS).filter((name) => name.endsWith('.svg')));
const HAND_TOOLS = new Set(['hands', 'fingertips', 'thumbs', 'knuckles']);

describe('built-in step pictures', () => {
  for (const path of routinePaths('routines')) {
    const file = readRoutineFile(path);
    if (!file.result.ok) throw new Error(`${path} is invalid`);
    for (const [index, step] of file.result.value.steps.entries()) {
      it(`${path} step ${index + 1}, ${step.title}`, () => {
        expect(step.position, 'every step says its position').toBeDefined();
        if (step.rest) return;
        expect(step.motion?.length, 'a step that is not a rest says its motion').toBeGreaterThan(0);
        expect(step.tool, 'and its tool').toBeDefined();
        expect(step.areas.length, 'and where').toBeGreaterThan(0);
        for (const side of step.sides === 'left-right' ? (['left', 'right'] as const) : [undefined]) {
          const picture = stepPicture(step, side, SHIPPED);
          const words = describePicture(picture.facts);
          if (picture.kind === 'drawn') {
            expect(SHIPPED.has(picture.name)).toBe(true);
            continue;
          }
          expect(step.illustration, 'a named drawing ships with the app').toBeUndefined();
          const kinds = new Set(picture.scene.shapes.map((shape) => shape.kind));
          expect(kinds.has('body'), 'a figure').toBe(true);
          if (HAND_TOOLS.has(step.tool!)) expect(kinds.has('hand'), 'a hand on the body').toBe(true);
          if (step.tool === 'ball') expect(kinds.has('ball'), 'the ball').toBe(true);
          if (!step.motion!.every((motion) => motion === 'still')) expect(kinds.has('motion') || kinds.has('press'), 'a mark for the motion').toBe(true);
          expect(picture.scene.contacts.length, 'a spot on the body').toBeGreaterThan(0);
          // One-sided steps name their side, both in the picture (mirrored) and in its words.
          const oneSide = side ?? (step.sides === 'left' || step.sides === 'right' ? step.sides : undefined);
          if (oneSide) expect(words).toContain(oneSide);
        }
      });
    }
  }
});
