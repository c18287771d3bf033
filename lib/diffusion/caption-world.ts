// The diffusion widget's toy "images": a 2-D Gaussian mixture whose components are named like captions.

import { createMixture, type GaussianMixture } from './mixture';

/** Component labels in a fixed order; the widget translates them, the maths only uses these keys. */
export const CAPTION_LABELS = ['cat', 'dog', 'bird', 'fish'] as const;
export type CaptionLabel = (typeof CAPTION_LABELS)[number];

/**
 * Four blobs of unequal weight, close enough to overlap a little, so that plain conditional sampling
 * (s = 1) still lands some points nearer another caption and guidance (s > 1) has something to sharpen.
 */
export function captionMixture(): GaussianMixture {
  return createMixture({
    cat: { weight: 0.4, mean: [-1.5, -0.8], variance: 0.3 },
    dog: { weight: 0.3, mean: [1.5, -0.8], variance: 0.3 },
    bird: { weight: 0.2, mean: [0, 1.6], variance: [0.45, 0.2] },
    fish: { weight: 0.1, mean: [0, -0.2], variance: 0.15 },
  });
}
