/**
 * A step picture as data: shapes in a square box, each with a kind that names its role.
 * The component draws each shape as a `<path class={kind}>`; colours come from the theme's
 * custom properties in CSS, never from here, so one picture serves light, dark and bedtime.
 *
 * A scene rather than an SVG string: the component renders it without `{@html}`, tests read
 * where the tool landed and which view was chosen, and `sceneToSvg` still gives a file for
 * a contact sheet or a handout.
 */
import type { Pressure } from '../routine/vocabulary';
import type { Vec } from './geometry';

/** The picture box is SIZE × SIZE units; widths below are in these units. */
export const SIZE = 160;

/**
 * What a shape is; also its CSS class (see src/ui/common/step-picture.css).
 * `limb-edge` and `limb` draw a limb as a wide outline stroke under a narrower body stroke,
 * so an arm or a leg is one smooth tube; `far` marks the limbs on the other side of the body.
 */
export type ShapeKind =
  | 'ground'
  | 'prop'
  | 'prop-line'
  | 'limb-edge'
  | 'limb'
  | 'limb-edge far'
  | 'limb far'
  | 'body'
  | 'body far'
  | 'feature'
  | 'area'
  | 'hand'
  | 'hand-line'
  | 'ball'
  | 'roller'
  | 'tool'
  | 'towel'
  | 'press'
  | 'motion'
  | 'motion-head';

export interface Shape {
  kind: ShapeKind;
  /** SVG path data in the SIZE × SIZE box. */
  d: string;
  /** Stroke width, for shapes drawn by their stroke whose thickness is the body's (limbs). */
  width?: number;
}

/** How the body is seen: from the side, the front, the back, or a close-up of a forearm and hand, or of a foot. */
export type View = 'side' | 'front' | 'back' | 'hands' | 'foot';

export interface Scene {
  view: View;
  shapes: Shape[];
  /** Where the hand or tool meets the body, in box units (tests check the side with it). */
  contacts: Vec[];
  /** The scene was drawn for the right side and turned over for the left. */
  mirrored: boolean;
  /** Heavier motion lines and a deeper glow for firmer pressure (a class on the picture). */
  pressure: Pressure | undefined;
}

/** The picture's classes: its view and its pressure, for the stylesheet. */
export const sceneClass = (scene: Scene) => `step-picture-art view-${scene.view}${scene.pressure ? ` pressure-${scene.pressure}` : ''}`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The scene as a standalone SVG document, classes kept; `title` becomes its <title>. Needs
 * the step-picture stylesheet (or the same class rules) to take the theme's colours.
 */
export function sceneToSvg(scene: Scene, title?: string): string {
  const shapes = scene.shapes
    .map((shape) => `<path class="${shape.kind}" d="${shape.d}"${shape.width === undefined ? '' : ` stroke-width="${Math.round(shape.width * 10) / 10}"`}/>`)
    .join('');
  const heading = title === undefined ? '' : `<title>${escape(title)}</title>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" class="${sceneClass(scene)}">${heading}${shapes}</svg>`;
}
