/**
 * Every built-in step shows a picture that matches its words: it says how it is done
 * (position, motion), and has a shipped drawing or a picture composed from those fields with
 * the figure, the tool on the body and a mark for each motion.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATIONS, readRoutineFile, routinePaths } from '../../scripts/routine-files';
import { stepPicture, workedSide, type View } from '../../src/lib/picture';
import { describePicture } from '../../src/ui/strings/picture';
import { drawnScene, seenSide } from '../support/picture-side';

const SHIPPED = new Set(readdirSync(ILLUSTRATIONS).filter((name) => name.endsWith('.svg')));
const HAND_TOOLS = new Set(['hands', 'fingertips', 'thumbs', 'knuckles']);
/** How each drawing a one-sided step may name is seen, to read its side back from it. */
const DRAWN_VIEWS: Record<string, View> = { 'ball-between-shoulder-blades.svg': 'side' };

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
          // One-sided steps show the side they name, as the person's own side.
          const oneSide = workedSide(step, side);
          if (oneSide !== 'both') {
            const scene = picture.kind === 'composed' ? picture.scene
              : drawnScene(readFileSync(join(ILLUSTRATIONS, picture.name), 'utf8'), DRAWN_VIEWS[picture.name]!, picture.mirrored);
            expect(picture.kind === 'composed' || picture.name in DRAWN_VIEWS, `how ${picture.kind === 'drawn' ? picture.name : ''} is seen`).toBe(true);
            expect(seenSide(scene), `the picture shows the ${oneSide} side`).toBe(oneSide);
            expect(words).toContain(oneSide);
          }
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
          // A reach overhead touches nothing; every other step has its spot on the body.
          if (!step.motion!.includes('stretch')) expect(picture.scene.contacts.length, 'a spot on the body').toBeGreaterThan(0);
        }
      });
    }
  }
});

describe('steps with the same fields but different words', () => {
  const stepOf = (id: string, title: string) => {
    const file = readRoutineFile(routinePaths('routines').find((path) => path.includes(id))!);
    if (!file.result.ok) throw new Error(`${id} is invalid`);
    return file.result.value.steps.find((step) => step.title === title)!;
  };
  const pictureOf = (id: string, title: string) => {
    const picture = stepPicture(stepOf(id, title), undefined, SHIPPED);
    return picture.kind === 'drawn' ? `drawn ${picture.name}` : JSON.stringify(picture.scene.shapes);
  };

  it('show brow pinches, strokes round the eye sockets and forehead strokes each in a picture of their own', () => {
    const pictures = [
      pictureOf('jaw-and-temples', 'Forehead strokes'),
      pictureOf('tension-headache-and-eyes', 'Brow pinches'),
      pictureOf('tension-headache-and-eyes', 'Strokes around the eyes'),
    ];
    expect(new Set(pictures).size).toBe(3);
    // The eye strokes' drawing marks the rim of each eye socket and strokes above and below each eye.
    const eyes = readFileSync(join(ILLUSTRATIONS, 'eye-socket-strokes.svg'), 'utf8');
    expect(eyes.match(/class="area"/g)).toHaveLength(2);
    expect(eyes.match(/class="motion"/g)).toHaveLength(8);
    expect(eyes).toMatch(/<title>[^<]*eye socket[^<]*<\/title>/);
    const pinch = readFileSync(join(ILLUSTRATIONS, 'brow-pinch.svg'), 'utf8');
    expect(pinch).toMatch(/<title>[^<]*pinched[^<]*thumb and index finger[^<]*<\/title>/);
  });
});
