// How each masking outcome looks: a tint, a border style and a text label, so colour is never the only cue.
import type { CSSProperties } from 'react';
import type { MaskKind } from '@/lib/text/masking';

const tint = (colour: string) => `color-mix(in srgb, ${colour} 22%, var(--bg))`;

export const kindStyle: Record<Exclude<MaskKind, null>, CSSProperties> = {
  masked: { background: tint('#2563eb'), border: '2px solid #2563eb' },
  random: { background: tint('#d97706'), border: '2px dashed #d97706' },
  kept: { background: tint('#059669'), border: '2px dotted #059669' },
};

export const plainStyle: CSSProperties = { border: '2px solid transparent' };
