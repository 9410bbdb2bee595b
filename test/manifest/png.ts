import { inflateSync } from 'node:zlib';

/** Just enough of a PNG reader to check the Teams icons: the IHDR header, and RGBA pixels for 8-bit images. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  hasAlpha: boolean;
}

const SIGNATURE = '89504e470d0a1a0a';

function* chunks(file: Buffer): Generator<{ type: string; data: Buffer }> {
  for (let offset = 8; offset + 8 <= file.length; ) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    yield { type, data: file.subarray(offset + 8, offset + 8 + length) };
    offset += 12 + length;
  }
}

export function readPngHeader(file: Buffer): PngHeader {
  if (file.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file');
  const first = chunks(file).next().value;
  if (first?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  const colourType = first.data[9]!;
  const hasTransparencyChunk = [...chunks(file)].some((chunk) => chunk.type === 'tRNS');
  return {
    width: first.data.readUInt32BE(0),
    height: first.data.readUInt32BE(4),
    bitDepth: first.data[8]!,
    colourType,
    // Colour types 4 (grey + alpha) and 6 (RGBA) carry alpha per pixel; tRNS adds it to the others.
    hasAlpha: colourType === 4 || colourType === 6 || hasTransparencyChunk,
  };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value)) as [number, number, number];
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Pixels of an 8-bit, non-interlaced RGBA PNG as [r, g, b, a] quadruples, row by row. */
export function decodeRgbaPixels(file: Buffer): Array<[number, number, number, number]> {
  const { width, height, bitDepth, colourType } = readPngHeader(file);
  if (bitDepth !== 8 || colourType !== 6) throw new Error(`only 8-bit RGBA is supported, got ${bitDepth}-bit type ${colourType}`);
  const compressed = Buffer.concat([...chunks(file)].filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(compressed);
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG row filter ${filter}`);
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const result: Array<[number, number, number, number]> = [];
  for (let i = 0; i < pixels.length; i += 4) result.push([pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!]);
  return result;
}
