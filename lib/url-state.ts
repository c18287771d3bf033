// Reads and writes a widget's settings as namespaced URL parameters (`?softmax.t=0.3`), so a link can
// carry a preset; anything unknown or out of range is reported, never thrown.
export type ParamSpec =
  | { kind: 'number'; min: number; max: number; default: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'boolean'; default: boolean };

export type Schema = Readonly<Record<string, ParamSpec>>;

type ValueOf<P extends ParamSpec> = P extends { kind: 'number' } ? number : P extends { kind: 'boolean' } ? boolean : string;
export type Values<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export interface ParamProblem {
  param: string;
  value: string;
  reason: 'unknown' | 'invalid' | 'out-of-range';
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, number | string | boolean> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out as Values<S>;
}

/** Parses a typed number: empty, non-numeric and non-finite text (`abc`, `1e999`) are rejected with a reason. */
export function parseNumber(text: string): { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'not-finite' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' };
  return { ok: true, value };
}

function readOne(spec: ParamSpec, raw: string): { value: number | string | boolean } | { reason: 'invalid' | 'out-of-range' } {
  if (spec.kind === 'number') {
    const parsed = parseNumber(raw);
    if (!parsed.ok) return { reason: 'invalid' };
    if (spec.integer && !Number.isInteger(parsed.value)) return { reason: 'invalid' };
    if (parsed.value < spec.min || parsed.value > spec.max) return { reason: 'out-of-range' };
    return { value: parsed.value };
  }
  if (spec.kind === 'boolean') {
    if (raw === '1' || raw === 'true') return { value: true };
    if (raw === '0' || raw === 'false') return { value: false };
    return { reason: 'invalid' };
  }
  return spec.values.includes(raw) ? { value: raw } : { reason: 'invalid' };
}

export function readParams<S extends Schema>(search: string, namespace: string, schema: S): { values: Values<S>; problems: ParamProblem[] } {
  const values: Record<string, number | string | boolean> = { ...defaults(schema) };
  const problems: ParamProblem[] = [];
  const prefix = `${namespace}.`;
  for (const [name, raw] of new URLSearchParams(search)) {
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!spec) {
      problems.push({ param: name, value: raw, reason: 'unknown' });
      continue;
    }
    const result = readOne(spec, raw);
    if ('value' in result) values[key] = result.value;
    else problems.push({ param: name, value: raw, reason: result.reason });
  }
  return { values: values as Values<S>, problems };
}

function formatValue(value: number | string | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  return value;
}

/** Returns `search` with this namespace's parameters replaced; defaults are left out to keep links short. */
export function writeParams<S extends Schema>(search: string, namespace: string, schema: S, values: Values<S>): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name.startsWith(`${namespace}.`)) params.delete(name);
  for (const [key, spec] of Object.entries(schema)) {
    const value = values[key as keyof S] as number | string | boolean;
    if (value !== spec.default) params.set(`${namespace}.${key}`, formatValue(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
