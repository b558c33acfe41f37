import { closest, distance } from 'fastest-levenshtein';
import type * as z from 'zod';

/**
 * What the schema expects at a place of the data: the fields an object may have, with their
 * descriptions, so an unknown key gets a "did you mean" and a missing field is named.
 */
type AnySchema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: AnySchema;
  readonly in?: AnySchema;
  readonly out?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly shape?: Record<string, AnySchema>;
  readonly element?: AnySchema;
  readonly values?: readonly unknown[];
}

function def(s: AnySchema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Strips wrappers and picks the union branch the value is written for. */
function resolve(schema: AnySchema, value: unknown): AnySchema {
  let s = schema;
  for (let guard = 0; guard < 20; guard += 1) {
    const d = def(s);
    if (WRAPPERS.has(d.type) && d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else if (d.type === 'union' && d.options) {
      const branches = d.options.map((o) => resolve(o, value));
      const want = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : undefined;
      const fitting = branches.filter((b) => def(b).type === want);
      // A discriminated union: the object branch whose literal fields the value matches.
      const matched = fitting.find((b) => Object.entries(def(b).shape ?? {}).every(([k, f]) => {
        const fd = def(resolve(f, undefined));
        return fd.type !== 'literal' || !isPlainObject(value) || (fd.values ?? []).includes(value[k]);
      }));
      const chosen = matched ?? fitting[0];
      if (!chosen) return s;
      s = chosen;
    } else return s;
  }
  return s;
}

export interface FieldInfo {
  readonly name: string;
  readonly description: string | undefined;
  readonly required: boolean;
}

/** The schema at a data path, following the raw value through unions and arrays. */
function schemaAt(root: AnySchema, path: readonly PropertyKey[], raw: unknown): { schema: AnySchema; value: unknown } | undefined {
  let s = resolve(root, raw);
  let v = raw;
  for (const key of path) {
    const d = def(s);
    if (d.type === 'object' && typeof key === 'string') {
      const next = d.shape?.[key];
      if (!next) return undefined;
      v = isPlainObject(v) ? v[key] : undefined;
      s = resolve(next, v);
    } else if (d.type === 'array' && typeof key === 'number' && d.element) {
      v = Array.isArray(v) ? v[key] : undefined;
      s = resolve(d.element, v);
    } else {
      return undefined;
    }
  }
  return { schema: s, value: v };
}

function describe(s: AnySchema): string | undefined {
  let cur: AnySchema | undefined = s;
  for (let guard = 0; cur && guard < 10; guard += 1) {
    const text = (cur as unknown as { description?: string }).description;
    if (text) return text;
    const d = def(cur);
    cur = d.innerType ?? d.in;
  }
  return undefined;
}

function isOptional(s: AnySchema): boolean {
  const t = def(s).type;
  return t === 'optional' || t === 'default' || (t === 'pipe' && def(s).in !== undefined && isOptional(def(s).in as AnySchema));
}

/** The fields of the object the schema expects at `path` (empty where it expects no object). */
export function fieldsAt(root: AnySchema, path: readonly PropertyKey[], raw: unknown): FieldInfo[] {
  const at = schemaAt(root, path, raw);
  if (!at) return [];
  const d = def(at.schema);
  if (d.type !== 'object') return [];
  return Object.entries(d.shape ?? {})
    .filter(([name]) => name !== '$schema')
    .map(([name, f]) => ({ name, description: describe(f), required: !isOptional(f) }));
}

/** The one field the schema has at `path` (the parent object's entry for the last key). */
export function fieldAt(root: AnySchema, path: readonly PropertyKey[], raw: unknown): FieldInfo | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  return fieldsAt(root, path.slice(0, -1), raw).find((f) => f.name === key);
}

const HAN = /\p{Script=Han}/u;

/**
 * The name the writer probably meant: the nearest by edit distance when it is within a third of
 * the key's length (closest() always answers, even for nonsense); for a key written in Chinese,
 * the field whose description begins with it (年初预算 → initial).
 */
export function suggest(key: string, candidates: readonly FieldInfo[] | readonly string[]): string | undefined {
  const names = candidates.map((c) => (typeof c === 'string' ? c : c.name));
  if (names.length === 0) return undefined;
  const near = closest(key, [...names]);
  if (near !== undefined && distance(key, near) <= key.length / 3) return near;
  if (HAN.test(key)) {
    const infos = candidates.filter((c): c is FieldInfo => typeof c !== 'string');
    const hit = infos.find((c) => c.description?.startsWith(key)) ?? infos.find((c) => c.description?.includes(key));
    if (hit) return hit.name;
  }
  return undefined;
}
