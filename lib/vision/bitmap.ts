// A black-and-white picture the reader draws, packed into hex text (one bit per pixel) so it fits in a link.

import { assertInteger } from '@/lib/math/validate';
import type { GreyImage } from './convolution';

/** A width×height picture of white (1) pixels. */
export function blankImage(width: number, height: number): number[][] {
  assertInteger(width, 'width', 1);
  assertInteger(height, 'height', 1);
  return Array.from({ length: height }, () => new Array<number>(width).fill(1));
}

/**
 * Packs the picture row by row, four pixels per hex digit (first pixel in the highest bit); a pixel below
 * 0.5 counts as black (bit 1). The width × height must be a multiple of 4.
 */
export function encodeBitmap(image: GreyImage): string {
  const bits = image.flat().map((v) => (v < 0.5 ? 1 : 0));
  if (bits.length === 0 || bits.length % 4 !== 0) throw new RangeError(`the picture needs a multiple of 4 pixels, got ${bits.length}`);
  let text = '';
  for (let i = 0; i < bits.length; i += 4) text += ((bits[i]! << 3) | (bits[i + 1]! << 2) | (bits[i + 2]! << 1) | bits[i + 3]!).toString(16);
  return text;
}

/** Reads encodeBitmap's text back as black (0) and white (1) pixels, or null when it is not exactly that long or not hex. */
export function decodeBitmap(text: string, width: number, height: number): number[][] | null {
  assertInteger(width, 'width', 1);
  assertInteger(height, 'height', 1);
  if ((width * height) % 4 !== 0) throw new RangeError(`width × height must be a multiple of 4, got ${width * height}`);
  if (text.length !== (width * height) / 4 || !/^[0-9a-f]*$/i.test(text)) return null;
  const bits = Array.from(text, (ch) => parseInt(ch, 16)).flatMap((n) => [(n >> 3) & 1, (n >> 2) & 1, (n >> 1) & 1, n & 1]);
  return Array.from({ length: height }, (_, y) => bits.slice(y * width, (y + 1) * width).map((b) => (b === 1 ? 0 : 1)));
}

/** A copy of the picture with pixel (x, y) set to value. */
export function setPixel(image: GreyImage, x: number, y: number, value: number): number[][] {
  return image.map((row, yy) => row.map((v, xx) => (xx === x && yy === y ? value : v)));
}
