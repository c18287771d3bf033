'use client';
// Paints a toy RGB picture into a canvas at its own resolution; CSS scales it, blocky for the smallest.
import { useEffect, useRef } from 'react';
import type { Picture } from '@/lib/clip/unclip-toy';

export function ToyPicture({ picture, label, pixelated, testId }: { picture: Picture; label: string; pixelated: boolean; testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const { size, rgb } = picture;
    const image = ctx.createImageData(size, size);
    for (let i = 0; i < size * size; i++) {
      for (let c = 0; c < 3; c++) image.data[i * 4 + c] = Math.round(255 * (rgb[i * 3 + c] as number));
      image.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [picture]);
  return (
    <canvas
      ref={ref}
      width={picture.size}
      height={picture.size}
      role="img"
      aria-label={label}
      className="size-32 rounded-md border border-[var(--border)]"
      style={{ imageRendering: pixelated ? 'pixelated' : 'auto' }}
      data-testid={testId}
      data-size={picture.size}
    />
  );
}
