/**
 * `npx tsx scripts/face-drawings.ts`: writes the two face close-ups a composed picture cannot
 * tell apart from forehead strokes (same area, tool and motion): eye-socket-strokes.svg and
 * brow-pinch.svg in src/ui/common/illustrations. Drawn with the composer's figure, hands and
 * classes, so they take the theme like every step picture; run it again after changing the
 * figure, and look at the result (scripts/contact-sheet.ts).
 */
import { writeFileSync } from 'node:fs';
import { Figure } from '../src/lib/picture/body';
import { basePose } from '../src/lib/picture/poses';
import { Frame } from '../src/lib/picture/frame';
import { drawFigure } from '../src/lib/picture/draw-figure';
import { elbowFor } from '../src/lib/picture/reach';
import { drawHand, wristFor } from '../src/lib/picture/hands';
import { add, arrowhead, ellipse, polyline, scale, smooth, sub, unit, vec, type Vec } from '../src/lib/picture/geometry';
import { SIZE, type Shape } from '../src/lib/picture/scene';

const OUT = 'src/ui/common/illustrations';
type V = Vec;
const HEAD = (w: number) => 4.6 * (0.75 + w / 8);

function base() {
  const pose = basePose('seated', 'front');
  return pose;
}

function render(shapes: readonly Shape[], title: string): string {
  const body = shapes.map((s) => `<path class="${s.kind}" d="${s.d}"${s.width === undefined ? '' : ` stroke-width="${Math.round(s.width * 10) / 10}"`}/>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"><title>${title}</title>\n${body}\n</svg>\n`;
}

/** Arms reaching so their wrists are at `wrists`; returns the figure and its frame. */
function posed(wrists: Record<'right' | 'left', { wrist: V; fingers: V; hint: V }>) {
  let pose = base();
  const f0 = new Figure(pose);
  const arms = { ...pose.arms };
  for (const side of ['right', 'left'] as const) {
    const w = wrists[side];
    arms[side] = { elbow: elbowFor(f0.shoulder(side), w.wrist, w.hint), wrist: w.wrist, fingers: w.fingers };
  }
  pose = { ...pose, arms };
  const figure = new Figure(pose);
  const frame = new Frame(add(figure.headCentre, scale(figure.up, 1.5)), SIZE / 36, true);
  return { figure, frame };
}

// ---------- Strokes around the eyes ----------
{
  const f = new Figure(base());
  const h = (x: number, y: number) => f.head(vec(x, y));
  const size = 0.72;
  const wrists = {} as Record<'right' | 'left', { wrist: V; fingers: V; hint: V; spot: V; thumb: 1 | -1 }>;
  for (const side of ['right', 'left'] as const) {
    const s = side === 'right' ? 1 : -1;
    // The ring fingertip at the outer end of the brow bone, where the upper stroke ends; the hand beside the face.
    const spot = h(s * 7.4, 4.3);
    const fingers = unit(vec(-s * 0.55, 1));
    const thumb: 1 | -1 = side === 'right' ? 1 : -1;
    wrists[side] = { wrist: wristFor('fingertips', spot, fingers, thumb, size), fingers, hint: vec(s, -0.6), spot, thumb };
  }
  const { figure, frame } = posed(wrists);
  const hh = (x: number, y: number) => frame.at(figure.head(vec(x, y)));
  const drawn = drawFigure(figure, frame, ['right', 'left']);
  const shapes = [...drawn.behind, ...drawn.body, ...drawn.front];
  // The bony rim around each eye, lit.
  for (const s of [1, -1]) shapes.push({ kind: 'area', d: ellipse(hh(s * 4.4, 1.7), frame.len(5.2), frame.len(4.3)) });
  shapes.push(...drawn.working);
  for (const side of ['right', 'left'] as const) {
    const w = wrists[side];
    shapes.push(...drawHand(frame, 'fingertips', w.wrist, w.fingers, w.thumb, size));
  }
  // Two strokes each side, nose to temple: under the brow, and on the cheekbone under the eye.
  const w = 2.2;
  for (const s of [1, -1]) {
    for (const path of [[[1.9, 3.7], [3.6, 4.6], [5.4, 4.7], [6.9, 4.0]], [[2.2, -0.6], [3.8, -1.5], [5.6, -1.5], [7.3, -0.6]]]) {
      const pts = path.map(([x, y]) => hh(s * x!, y!));
      const tip = pts.at(-1)!;
      shapes.push({ kind: 'motion', d: smooth(pts, false) }, { kind: 'motion', d: arrowhead(tip, sub(tip, pts.at(-2)!), HEAD(w)) });
    }
  }
  writeFileSync(`${OUT}/eye-socket-strokes.svg`, render(shapes,
    'Facing you: ring fingertips glide outward along the bony rim of each eye socket, under the eyebrow and along the top of the cheekbone, from beside the nose to the temple; light pressure, never on the eye'));
}

// ---------- Brow pinches ----------
{
  const f = new Figure(base());
  const h = (x: number, y: number) => f.head(vec(x, y));
  const v = (pts: number[][]) => pts.map(([x, y]) => vec(x!, y!));
  // A hand pinching: index finger above, thumb below, their tips meeting at the contact (16, 1.1).
  const PINCH = v([[0, -3.4], [4, -4.4], [9, -4.6], [13, -3.9], [16, -2.5], [17.3, -0.6], [16.8, 0.6], [15.4, 0.3], [13.6, -0.9], [11, -1.1],
    [10.4, 0.6], [12.4, 1.6], [14.8, 1.9], [16.4, 2.8], [15.8, 4.4], [12.4, 5.7], [8, 5.6], [4, 4.6], [0, 3.4]]);
  const CURLED = [v([[10.2, -3.8], [12.4, -2.6]])];
  const size = 0.72;
  const contact = vec(16.1, 1.2);
  const wrists = {} as Record<'right' | 'left', { wrist: V; fingers: V; hint: V; spot: V; thumb: 1 | -1 }>;
  for (const side of ['right', 'left'] as const) {
    const s = side === 'right' ? 1 : -1;
    // Pinching the eyebrow a little out from its inner end; the hand comes from the side, fingers toward the nose, thumb below.
    const spot = h(s * 3.2, 4.4);
    const fingers = unit(vec(-s, 0.35));
    const thumb: 1 | -1 = side === 'right' ? 1 : -1;
    const along = fingers;
    const across = vec(-along.y, along.x);
    const wrist = sub(sub(spot, scale(along, contact.x * size)), scale(across, contact.y * thumb * size));
    wrists[side] = { wrist, fingers, hint: vec(s, -0.8), spot, thumb };
  }
  const { figure, frame } = posed(wrists);
  const hh = (x: number, y: number) => frame.at(figure.head(vec(x, y)));
  const drawn = drawFigure(figure, frame, ['right', 'left']);
  const shapes: Shape[] = [...drawn.behind, ...drawn.body, ...drawn.front];
  // The eyebrows, lit from the inner end to the outer.
  for (const s of [1, -1]) {
    shapes.push({ kind: 'area', d: ellipse(hh(s * 4.2, 4.7), frame.len(3.9), frame.len(1.9)) });
  }
  shapes.push(...drawn.working);
  for (const side of ['right', 'left'] as const) {
    const w = wrists[side];
    const place = (pts: V[]) => frame.local(w.wrist, w.fingers, pts.map((p) => scale(p, size)), w.thumb === -1).map((p) => frame.at(p));
    shapes.push({ kind: 'hand', d: smooth(place(PINCH)) }, ...CURLED.map((l): Shape => ({ kind: 'hand-line', d: polyline(place(l)) })));
  }
  const w = 2.2;
  for (const s of [1, -1]) {
    // Pinch marks above and below the brow, just outside the hand, then the way the pinches move: outward.
    const at = (x: number, y: number) => hh(s * x, y);
    const pinch = (from: V, to: V): Shape[] => [{ kind: 'motion', d: polyline([from, to]) }, { kind: 'motion', d: arrowhead(to, sub(to, from), HEAD(w)) }];
    shapes.push(...pinch(at(5.6, 9.4), at(5.6, 6.4)), ...pinch(at(5.6, -0.6), at(5.6, 2.4)));
    const from = at(2.6, 11.2);
    const to = at(8.4, 10.4);
    shapes.push({ kind: 'motion', d: polyline([from, to]) }, { kind: 'motion', d: arrowhead(to, sub(to, from), HEAD(w)) });
  }
  writeFileSync(`${OUT}/brow-pinch.svg`, render(shapes,
    'Facing you: each eyebrow pinched gently between thumb and index finger near its inner end, then pinch by pinch outward along the brow; light pressure'));
}
console.log('ok');
