// A built-in 16×16 grey picture of a house, so the convolution widget has clear edges to find.

import type { GreyImage } from './convolution';

/** One character per pixel, top row first. */
const ART = [
  '................',
  '............SS..',
  '.......R....SS..',
  '......RRR.......',
  '.....RRRRR......',
  '....RRRRRRR.....',
  '...RRRRRRRRR....',
  '..RRRRRRRRRRR...',
  '...WWWWWWWWW....',
  '...WNNWWWNNW....',
  '...WNNWWWNNW....',
  '...WWWWDDWWW....',
  '...WWWWDDWWW....',
  '...WWWWDDWWW....',
  'GGGGGGGGGGGGGGGG',
  'GGGGGGGGGGGGGGGG',
] as const;

/** Grey levels: sky, sun, roof, wall, window, door, grass. */
const LEVELS: Readonly<Record<string, number>> = { '.': 0.85, S: 1, R: 0.25, W: 0.65, N: 0.1, D: 0.35, G: 0.45 };

/** The house picture as rows of grey levels in [0, 1] (frozen: copy it before changing pixels). */
export const HOUSE_IMAGE: GreyImage = Object.freeze(
  ART.map((line) => Object.freeze(Array.from(line, (ch) => LEVELS[ch] as number))),
);
