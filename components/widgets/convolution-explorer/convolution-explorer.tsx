'use client';
// Live convolution: pick or type a 3×3 kernel, see the house (or your own drawing) before and after, and
// the nine products behind any pixel you point at or reach with the arrow keys.
import { useId, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { SIZE, KERNEL_CHOICES, MODES } from './schema';
import { WidgetShell } from '../widget-shell';
import { formatValue } from './format';
import { NeighbourhoodTable } from './neighbourhood-table';
import { PixelGrid } from './pixel-grid';
import { convText } from './strings';
import { useConvolutionExplorer } from './use-convolution-explorer';

const field = 'rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 py-1';
const button = 'min-h-10 rounded-md border border-[var(--border)] px-3 py-1.5 hover:bg-[var(--surface)]';
const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export default function ConvolutionExplorer({ lang }: { lang: Locale }) {
  const t = convText[lang];
  const s = useConvolutionExplorer();
  const id = useId();
  const f = (x: number) => formatValue(x, lang);

  function onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const x = Math.min(SIZE - 1, Math.max(0, s.selected.x + move[0]));
      const y = Math.min(SIZE - 1, Math.max(0, s.selected.y + move[1]));
      s.select({ x, y });
    } else if ((e.key === ' ' || e.key === 'Enter') && s.drawn) {
      e.preventDefault();
      s.toggle(s.selected);
    }
  }

  const badCells = new Set(s.cellProblems.map((p) => p.cell));

  return (
    <WidgetShell
      title={t.title}
      problems={s.problems}
      labels={{ copySettingLink: t.copySettingLink, settingLinkCopied: t.settingLinkCopied, ignoredParam: t.ignoredParam }}
      link={() => s.linkToSetting('image-pretraining')}
      testId="convolution-explorer"
    >
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-0 flex-col gap-1">
          <span>{t.kernel}</span>
          <select value={s.kernelChoice} onChange={(e) => s.chooseKernel(e.target.value)} className={`${field} max-w-full`} data-testid="conv-kernel">
            {KERNEL_CHOICES.map((k) => (
              <option key={k} value={k}>{t.kernels[k]}</option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span>{t.mode}</span>
          <select value={s.mode} onChange={(e) => s.setMode(e.target.value)} className={`${field} max-w-full`} data-testid="conv-mode">
            {MODES.map((m) => (
              <option key={m} value={m}>{m === 'auto' ? `${t.modes.auto} ${t.autoIs(t.modes[s.resolvedMode] ?? '')}` : t.modes[m]}</option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span>{t.padding}</span>
          <select value={s.padding} onChange={(e) => s.setPadding(e.target.value)} className={`${field} max-w-full`} data-testid="conv-padding">
            {(['zero', 'edge'] as const).map((p) => (
              <option key={p} value={p}>{t.paddings[p]}</option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="mt-3">
        <legend className="text-sm">{t.weightsLabel}</legend>
        <div className="mt-1 grid w-fit grid-cols-3 gap-1" data-testid="conv-weights">
          {s.cells.map((c, i) => (
            <input
              key={i}
              type="text"
              inputMode="decimal"
              value={c}
              onChange={(e) => s.typeCell(i, e.target.value)}
              aria-label={t.weight(Math.floor(i / 3) + 1, (i % 3) + 1)}
              aria-invalid={badCells.has(i)}
              aria-describedby={badCells.size > 0 ? `${id}-err` : undefined}
              className={`${field} w-16 text-center font-mono text-sm`}
              style={badCells.has(i) ? { borderColor: 'var(--accent)', borderWidth: 2 } : undefined}
              data-testid={`conv-weight-${i}`}
            />
          ))}
        </div>
        <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }} data-testid="conv-kernel-sum">{t.sum(f(s.kernelSum))}</p>
        {s.cellProblems.length > 0 ? (
          <p id={`${id}-err`} role="alert" className="mt-1 text-sm font-medium" style={{ color: 'var(--accent)' }} data-testid="conv-weight-error">
            {t.cellError(s.cellProblems.map((p) => `${t.cellName(Math.floor(p.cell / 3) + 1, (p.cell % 3) + 1)} ${t.cellProblem[p.problem]}`).join('; '))}
          </p>
        ) : null}
      </fieldset>

      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t.picture}>
        <span>{t.picture}:</span>
        <button type="button" className={button} aria-pressed={!s.drawn} onClick={s.showHouse} data-testid="conv-house">{t.house}</button>
        <button type="button" className={button} aria-pressed={s.drawn} onClick={s.startDrawing} data-testid="conv-draw">{t.drawOwn}</button>
        {s.drawn ? <button type="button" className={button} onClick={s.clearDrawing} data-testid="conv-clear">{t.clear}</button> : null}
      </div>
      {s.drawn ? <p className="mt-1 text-xs" style={{ color: 'var(--muted)' }}>{t.drawHelp}</p> : null}

      <div className="mt-3 grid grid-cols-2 gap-3">
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.input}</p>
          <PixelGrid
            pixels={s.image}
            selected={s.selected}
            window={1}
            label={t.inputLabel(s.drawn)}
            testId="conv-input"
            onCell={s.preview}
            onLeave={() => s.preview(null)}
            onPress={(cell, dragging) => {
              if (!dragging) s.select(cell);
              s.paint(cell, dragging);
            }}
            onKeyDown={onKeyDown}
            paintable={s.drawn}
          />
        </div>
        <div className="min-w-0">
          <p className="mb-1 text-sm font-medium">{t.output}</p>
          <PixelGrid
            pixels={s.shown}
            selected={s.selected}
            window={0}
            label={t.outputLabel}
            testId="conv-output"
            onCell={s.preview}
            onLeave={() => s.preview(null)}
            onPress={(cell, dragging) => {
              if (!dragging) s.select(cell);
            }}
          />
        </div>
      </div>
      <p className="mt-2 text-sm" data-testid="conv-selected">{t.selected(s.selected.x, s.selected.y)}</p>
      <NeighbourhoodTable n={s.numbers} kernel={s.kernel} shownGrey={s.shownGrey} lang={lang} idBase={id} />
      <p className="sr-only" aria-live="polite">{t.live(s.selected.x, s.selected.y, f(s.numbers.sum))}</p>
    </WidgetShell>
  );
}
