// The static version: the house, its Sobel-x output and the numbers behind the default pixel, computed at
// build time by the same lib code the live widget uses.
import type { Locale } from '@/lib/i18n/locales';
import { convolve2d } from '@/lib/vision/convolution';
import { toUnitRange } from '@/lib/vision/display';
import { suggestedDisplayMode } from '@/lib/vision/kernel-input';
import { KERNELS } from '@/lib/vision/kernels';
import { neighbourhood } from '@/lib/vision/neighbourhood';
import { HOUSE_IMAGE } from '@/lib/vision/sample-image';
import { NeighbourhoodTable } from './neighbourhood-table';
import { PixelGrid } from './pixel-grid';
import { convolutionSchema } from './schema';
import { convText } from './strings';

export function ConvolutionExplorerFallback({ lang }: { lang: Locale }) {
  const t = convText[lang];
  const kernel = KERNELS['sobel-x'];
  const selected = { x: convolutionSchema.x.default, y: convolutionSchema.y.default };
  const shown = toUnitRange(convolve2d(HOUSE_IMAGE, kernel), suggestedDisplayMode(kernel));
  const n = neighbourhood(HOUSE_IMAGE, kernel, selected.x, selected.y);
  return (
    <figure className="rounded-lg border border-[var(--border)] p-3 sm:p-4">
      <figcaption className="mb-2">
        <span className="font-semibold">{t.title}</span>
        <span className="mt-1 block text-sm" style={{ color: 'var(--muted)' }}>{t.fallbackCaption}</span>
      </figcaption>
      <div className="grid grid-cols-2 gap-3">
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.input}</p>
          <PixelGrid pixels={HOUSE_IMAGE} selected={selected} window={1} label={t.inputLabel(false)} testId="conv-fallback-input" />
        </div>
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.output} ({t.kernels['sobel-x']})</p>
          <PixelGrid pixels={shown} selected={selected} window={0} label={t.outputLabel} testId="conv-fallback-output" />
        </div>
      </div>
      <p className="mt-2 text-sm">{t.selected(selected.x, selected.y)}</p>
      <NeighbourhoodTable n={n} kernel={kernel} shownGrey={shown[selected.y]?.[selected.x] ?? 0} lang={lang} idBase={`conv-fallback-${lang}`} />
    </figure>
  );
}
