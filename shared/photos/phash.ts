/**
 * Perceptual hashes (64-bit dHash, hex) and near-duplicate grouping. Pure TS: the Node side produces the 9×8
 * greyscale thumbnail with sharp, the renderer compares hashes it reads from the database.
 */

export const DHASH_WIDTH = 9;
export const DHASH_HEIGHT = 8;
/** Up to this many differing bits of 64, two photos are treated as the same shot (re-encoded, resized, lightly edited). */
export const NEAR_DUPLICATE_DISTANCE = 10;

/** dHash: one bit per horizontally adjacent pixel pair, set when the left pixel is brighter. */
export function dHashFromGrey(pixels: ArrayLike<number>, width = DHASH_WIDTH, height = DHASH_HEIGHT): string {
  if (pixels.length < width * height)
    throw new RangeError(`need ${width * height} grey pixels, got ${pixels.length}`);
  let hex = '';
  let nibble = 0;
  let bits = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width - 1; x++) {
      const left = pixels[y * width + x] ?? 0;
      const right = pixels[y * width + x + 1] ?? 0;
      nibble = (nibble << 1) | (left > right ? 1 : 0);
      if (++bits === 4) {
        hex += nibble.toString(16);
        nibble = 0;
        bits = 0;
      }
    }
  }
  if (bits > 0) hex += (nibble << (4 - bits)).toString(16);
  return hex;
}

const POPCOUNT4 = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Number of differing bits between two hex hashes of the same length. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new RangeError(`hash lengths differ: ${a.length} vs ${b.length}`);
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    const x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    if (Number.isNaN(x)) throw new RangeError(`not a hex hash: ${a} / ${b}`);
    d += POPCOUNT4[x] ?? 0;
  }
  return d;
}

export interface Hashed {
  id: string;
  phash: string;
  /** colourSignature hex; without it (rows made before it existed) only the shapes are compared. */
  colours?: string;
}

/** The colour signature is the image shrunk to a 3×3 grid of sRGB pixels: 27 bytes, 54 hex digits. */
export const COLOUR_GRID = 3;
/**
 * Beyond this mean difference per channel (of 255) two pictures are different colours: the red and the blue
 * variant of one product share every edge (the same dHash) but not their colours. Re-encoding or resizing moves the
 * grid by a few units, a colour variant by tens.
 */
export const SAME_COLOUR_DISTANCE = 18;

export function colourSignatureFromRgb(pixels: ArrayLike<number>): string {
  let hex = '';
  for (let i = 0; i < COLOUR_GRID * COLOUR_GRID * 3; i++)
    hex += Math.max(0, Math.min(255, Math.round(pixels[i] ?? 0)))
      .toString(16)
      .padStart(2, '0');
  return hex;
}

/** Mean absolute difference per channel between two colour signatures (0–255). */
export function colourDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new RangeError(`colour signatures differ in length: ${a} / ${b}`);
  let sum = 0;
  for (let i = 0; i < a.length; i += 2)
    sum += Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16));
  return sum / (a.length / 2);
}

function sameColours(a: Hashed, b: Hashed): boolean {
  if (!a.colours || !b.colours || a.colours.length !== b.colours.length) return true;
  return colourDistance(a.colours, b.colours) <= SAME_COLOUR_DISTANCE;
}

/**
 * Groups items whose hashes are within maxDistance of each other and whose colours agree, transitively (single linkage with union–find),
 * so a run of slightly different shots lands in one group. Only groups of two or more are returned, each in
 * input order. O(n²) comparisons: fine for a product's or a shoot's photos (thousands), not for a whole library.
 */
export function groupNearDuplicates<T extends Hashed>(
  items: readonly T[],
  maxDistance = NEAR_DUPLICATE_DISTANCE,
): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const p = parent[i] ?? i;
      parent[i] = parent[p] ?? p;
      i = p;
    }
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.phash.length !== b.phash.length) continue;
      if (hammingDistance(a.phash, b.phash) <= maxDistance && sameColours(a, b)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(item);
    groups.set(root, group);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
