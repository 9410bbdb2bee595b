/**
 * Draws the Teams app icons: a speech bubble with a heart (a conversation about care for a pupil).
 * manifests/color.png: 192×192, full colour. manifests/outline.png: 32×32, white on transparent.
 * Run `npx tsx scripts/draw-icons.ts` after changing the design and commit the PNGs.
 */
import { writeFileSync } from 'node:fs';
import { encodePng, type RgbaImage } from './png';

type Rgb = readonly [number, number, number];
/** Signed distance in pixels from a point to a shape's edge: negative inside. */
type Shape = (x: number, y: number) => number;

const TEAL: Rgb = [0x0f, 0x6e, 0x7a]; // also the manifest's accentColor
const WHITE: Rgb = [0xff, 0xff, 0xff];
const CORAL: Rgb = [0xf0, 0x66, 0x5a];

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const halfWidth = (right - left) / 2 - radius;
  const halfHeight = (bottom - top) / 2 - radius;
  return (x, y) => {
    const dx = Math.abs(x - cx) - halfWidth;
    const dy = Math.abs(y - cy) - halfHeight;
    return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

/** Exact distance to a triangle (Inigo Quilez's formulation). */
function triangle(a: [number, number], b: [number, number], c: [number, number]): Shape {
  const corners = [a, b, c];
  const orientation = Math.sign((b[0] - a[0]) * (a[1] - c[1]) - (b[1] - a[1]) * (a[0] - c[0]));
  return (x, y) => {
    let nearest = Infinity;
    let side = Infinity;
    corners.forEach((from, i) => {
      const to = corners[(i + 1) % 3]!;
      const ex = to[0] - from[0];
      const ey = to[1] - from[1];
      const vx = x - from[0];
      const vy = y - from[1];
      const t = Math.min(Math.max((vx * ex + vy * ey) / (ex * ex + ey * ey), 0), 1);
      nearest = Math.min(nearest, Math.hypot(vx - ex * t, vy - ey * t));
      side = Math.min(side, orientation * (vx * ey - vy * ex));
    });
    return side > 0 ? -nearest : nearest;
  };
}

/** A heart whose point is at the bottom, `width` pixels wide, centred on (cx, cy) (Inigo Quilez's formulation). */
function heart(cx: number, cy: number, width: number): Shape {
  const scale = width / 1.2; // the unit heart spans about 1.2 across and 1.1 high, point at the origin
  return (x, y) => {
    const px = Math.abs(x - cx) / scale;
    const py = (cy - y) / scale + 0.55; // image y grows downwards, the unit heart's upwards
    if (px + py > 1) return (Math.hypot(px - 0.25, py - 0.75) - Math.SQRT2 / 4) * scale;
    const toTop = Math.hypot(px, py - 1);
    const along = 0.5 * Math.max(px + py, 0);
    return Math.sqrt(Math.min(toTop ** 2, (px - along) ** 2 + (py - along) ** 2)) * Math.sign(px - py) * scale;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

const outline =
  (shape: Shape, strokeWidth: number): Shape =>
  (x, y) =>
    Math.abs(shape(x, y)) - strokeWidth / 2;

function blankImage(size: number, background?: Rgb): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  if (background) {
    for (let i = 0; i < pixels.length; i += 4) pixels.set([...background, 255], i);
  }
  return { width: size, height: size, pixels };
}

/** Paints a shape over the image, anti-aliased by the distance to its edge at each pixel centre. */
function paint(image: RgbaImage, shape: Shape, colour: Rgb): void {
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const coverage = Math.min(Math.max(0.5 - shape(x + 0.5, y + 0.5), 0), 1);
      if (coverage === 0) continue;
      const i = (y * image.width + x) * 4;
      const below = image.pixels[i + 3]! / 255;
      const alpha = coverage + below * (1 - coverage);
      for (let channel = 0; channel < 3; channel++) {
        const mixed = (colour[channel]! * coverage + image.pixels[i + channel]! * below * (1 - coverage)) / alpha;
        image.pixels[i + channel] = Math.round(mixed);
      }
      image.pixels[i + 3] = Math.round(alpha * 255);
    }
  }
}

/** The bubble, in fractions of the icon's size. */
function speechBubble(size: number, box: [number, number, number, number], radius: number, tail: number[][]): Shape {
  const [left, top, right, bottom] = box.map((f) => f * size) as [number, number, number, number];
  const [a, b, c] = tail.map(([x, y]) => [x! * size, y! * size] as [number, number]);
  return union(roundedRect(left, top, right, bottom, radius * size), triangle(a!, b!, c!));
}

function drawColourIcon(size = 192): RgbaImage {
  const image = blankImage(size, TEAL);
  const bubble = speechBubble(size, [0.16, 0.19, 0.84, 0.69], 0.13, [
    [0.27, 0.6],
    [0.47, 0.6],
    [0.22, 0.85],
  ]);
  paint(image, bubble, WHITE);
  paint(image, heart(0.5 * size, 0.44 * size, 0.3 * size), CORAL);
  return image;
}

function drawOutlineIcon(size = 32): RgbaImage {
  const image = blankImage(size);
  const bubble = speechBubble(size, [0.08, 0.12, 0.92, 0.72], 0.18, [
    [0.22, 0.64],
    [0.46, 0.64],
    [0.16, 0.93],
  ]);
  paint(image, outline(bubble, 2), WHITE);
  paint(image, heart(0.5 * size, 0.43 * size, 0.38 * size), WHITE);
  return image;
}

const manifests = new URL('../manifests/', import.meta.url);
writeFileSync(new URL('color.png', manifests), encodePng(drawColourIcon()));
writeFileSync(new URL('outline.png', manifests), encodePng(drawOutlineIcon()));
console.log('manifests/color.png (192×192) en manifests/outline.png (32×32) getekend');
