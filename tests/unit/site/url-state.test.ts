import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, parseNumber, readParams, writeParams, type Schema } from '@/lib/url-state';

const schema = Object.freeze({
  t: { kind: 'number', min: 0.05, max: 5, default: 1 },
  k: { kind: 'number', min: 1, max: 50, default: 10, integer: true },
  mode: { kind: 'enum', values: ['a', 'b'], default: 'a' },
  on: { kind: 'boolean', default: false },
} as const satisfies Schema);

describe('parseNumber', () => {
  it.each([
    ['0.3', 0.3],
    [' 12 ', 12],
    ['-1e3', -1000],
    ['.5', 0.5],
  ])('reads %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'empty'],
    ['abc', 'not-a-number'],
    ['1e999', 'not-finite'],
    ['0x10', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
  ])('rejects %j as %s', (text, reason) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason });
  });
});

describe('readParams', () => {
  it('gives defaults for an empty query', () => {
    expect(readParams('', 'w', schema)).toEqual({ values: defaults(schema), problems: [] });
  });

  it('reads valid values in its own namespace only', () => {
    const { values, problems } = readParams('?w.t=0.3&w.k=7&w.mode=b&w.on=1&other.t=9', 'w', schema);
    expect(values).toEqual({ t: 0.3, k: 7, mode: 'b', on: true });
    expect(problems).toEqual([]);
  });

  it('reports unknown, invalid and out-of-range values and keeps defaults for them', () => {
    const { values, problems } = readParams('?w.t=abc&w.k=2.5&w.mode=z&w.x=1&w.on=maybe&w.t=99', 'w', schema);
    expect(values).toEqual(defaults(schema));
    expect(problems.map((p) => [p.param, p.reason])).toEqual([
      ['w.t', 'invalid'],
      ['w.k', 'invalid'],
      ['w.mode', 'invalid'],
      ['w.x', 'unknown'],
      ['w.on', 'invalid'],
      ['w.t', 'out-of-range'],
    ]);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { values } = readParams(s, 'w', schema);
        expect(Number.isFinite(values.t)).toBe(true);
        expect(values.t).toBeGreaterThanOrEqual(0.05);
        expect(values.t).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('writeParams', () => {
  it('omits defaults and keeps other parameters', () => {
    expect(writeParams('?x=1&w.t=2', 'w', schema, defaults(schema))).toBe('?x=1');
    expect(writeParams('', 'w', schema, { ...defaults(schema), t: 0.3, on: true })).toBe('?w.t=0.3&w.on=1');
  });

  it('round-trips any valid setting', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('a', 'b'),
        fc.boolean(),
        (t, k, mode, on) => {
          const search = writeParams('', 'w', schema, { t, k, mode, on });
          const back = readParams(search, 'w', schema);
          expect(back.problems).toEqual([]);
          expect(back.values.t).toBeCloseTo(t, 4);
          expect(back.values).toMatchObject({ k, mode, on });
        },
      ),
    );
  });
});
