/**
 * Which side of the person a step picture shows worked, read from the picture as a viewer
 * reads it: facing someone, their left is on your right; from behind, their left is on your
 * left; from the side you see the side that faces you; a forearm or a foot close up is seen
 * as its owner sees it. Used by the picture tests, never by the app.
 */
import type { Scene, Shape, View } from '../../src/lib/picture';

type Side = 'left' | 'right';

/** The points a path passes through (its M, L and C coordinates); a circle's centre. */
function pointsOf(shape: Shape): { x: number; y: number }[] {
  const circle = /^M(-?[\d.]+) (-?[\d.]+)a(-?[\d.]+)/.exec(shape.d);
  if (circle) return [{ x: Number(circle[1]) + Number(circle[3]), y: Number(circle[2]) }];
  const numbers = shape.d.replace(/[MLCZ]/g, ' ').trim().split(/\s+/).map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => ({ x: numbers[2 * i]!, y: numbers[2 * i + 1]! }));
}

/** The middle of a shape's bounding box. */
function centre(shape: Shape): { x: number; y: number } {
  const points = pointsOf(shape);
  const mid = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return { x: mid(points.map((p) => p.x)), y: mid(points.map((p) => p.y)) };
}
const centreX = (shape: Shape) => centre(shape).x;

/** The side of the person the picture shows worked, or undefined where it cannot tell (the midline). */
export function seenSide(scene: Scene): Side | undefined {
  const { shapes } = scene;
  const contact = scene.contacts[0];
  switch (scene.view) {
    case 'front':
    case 'back': {
      // The trunk is the first body shape, its outline the same either side of the spine.
      const middle = centreX(shapes.find((shape) => shape.kind === 'body')!);
      const offset = contact!.x - middle;
      if (Math.abs(offset) < 3) return undefined;
      return (offset < 0) === (scene.view === 'front') ? 'right' : 'left';
    }
    case 'side': {
      // Which way the face looks (from the ear, the body shape drawn just before the face, to
      // the eye) and which way the head is (from the trunk, the first body shape): standing
      // and facing the viewer's right, or lying on the back with the head on the left, the
      // person shows their right side. In the page's coordinates (y down) that is a positive
      // turn from the face's way to the head's.
      const faceAt = shapes.findIndex((shape) => shape.kind === 'feature');
      const ear = centre(shapes.slice(0, faceAt).findLast((shape) => shape.kind === 'body')!);
      const eye = centre(shapes[faceAt]!);
      const trunk = centre(shapes.find((shape) => shape.kind === 'body')!);
      const face = { x: eye.x - ear.x, y: eye.y - ear.y };
      const head = { x: ear.x - trunk.x, y: ear.y - trunk.y };
      return face.y * head.x - face.x * head.y > 0 ? 'right' : 'left';
    }
    case 'hands': {
      // The worked hand (drawn as body) at the end of its forearm: a right forearm lying in
      // front of its owner has the elbow on the right and the fingers to the left.
      const handAt = shapes.findIndex((shape) => shape.kind === 'body');
      const forearm = shapes.slice(0, handAt).findLast((shape) => shape.kind === 'limb')!;
      return centreX(forearm) > centreX(shapes[handAt]!) ? 'right' : 'left';
    }
    case 'foot': {
      // A foot seen from its arch, as its owner sees it resting across the other knee: the
      // right foot's toes point to the left of the ankle bone, the left foot's to the right.
      const footAt = shapes.findIndex((shape) => shape.kind === 'body');
      const ankleBone = shapes.slice(footAt).find((shape) => shape.kind === 'feature')!;
      return centreX(shapes[footAt]!) < centreX(ankleBone) ? 'right' : 'left';
    }
  }
}


/** A drawing's shapes (class and path data), mirrored as the app shows it, read from its SVG text. */
export function drawnScene(svg: string, view: View, mirrored: boolean): Scene {
  const shapes: Shape[] = [...svg.matchAll(/<path class="([^"]+)" d="([^"]+)"/g)].map(([, kind, d]) => ({ kind: kind as Shape['kind'], d: mirrored ? mirror(d!) : d! }));
  return { view, shapes, contacts: [], mirrored, pressure: undefined };
}

/** Path data turned over left to right in the 160-wide box (absolute M, L and C only). */
function mirror(d: string): string {
  return d.replace(/(-?[\d.]+) (-?[\d.]+)/g, (_, x: string, y: string) => `${Math.round((160 - Number(x)) * 10) / 10} ${y}`);
}
