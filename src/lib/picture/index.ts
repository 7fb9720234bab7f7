/**
 * Step pictures: what a step looks like, from its own fields. `stepPicture` chooses between
 * a shipped hand-drawn illustration and a picture composed from position, area, side, tool,
 * motion and pressure; `pictureFacts` is what both show, for the text alternative
 * (src/ui/strings/picture.ts words it). Pure and DOM-free; StepPicture.svelte draws it.
 */
import { composeStepPicture, pictureFacts, type PictureFacts, type PictureStep } from './compose';
import type { Scene } from './scene';

export { composeStepPicture, pictureFacts, workedSide, type PictureFacts, type PictureStep, type WorkedSide } from './compose';
export { sceneToSvg, sceneClass, SIZE, type Scene, type Shape, type ShapeKind, type View } from './scene';

export type StepPicture =
  /** A shipped drawing, by file name; drawn for the right side (or both), mirrored for the left. */
  | { kind: 'drawn'; name: string; mirrored: boolean; facts: PictureFacts }
  | { kind: 'composed'; scene: Scene; facts: PictureFacts };

/**
 * The picture of a step on a side (the player's current side of a left-right step; none
 * elsewhere). A step that names an illustration in `shipped` gets that drawing; any other
 * name, or none, gets a picture composed from its fields: never a file from elsewhere.
 */
export function stepPicture(
  step: PictureStep & { illustration?: string | undefined },
  side?: 'left' | 'right',
  shipped: ReadonlySet<string> = new Set(),
): StepPicture {
  const facts = pictureFacts(step, side);
  if (step.illustration !== undefined && shipped.has(step.illustration)) {
    return { kind: 'drawn', name: step.illustration, mirrored: facts.side === 'left', facts };
  }
  return { kind: 'composed', scene: composeStepPicture(step, side), facts };
}
