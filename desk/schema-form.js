// A form for one object of the data file, generated from the data file's JSON Schema
// (schemas/jixiao-data.schema.json): one field per plain value, labelled with the schema's
// Chinese description, typed by the schema (number, text, a choice). The server validates the
// result with the same checks as the CLI and answers with its messages.

/** The schema branch for a data file of this kind (project / department). */
function rootFor(schema, kind) {
  const branches = schema.oneOf ?? [schema];
  return branches.find((b) => b.properties?.kind?.const === kind) ?? branches[0];
}

/** The branch of an anyOf that can hold what comes next (an object's field or a list's item). */
function descend(node, part) {
  if (!node) return undefined;
  const options = node.anyOf ?? node.oneOf ?? [node];
  for (const o of options) {
    if (typeof part === 'number' && o.items) return { ...o.items, description: o.items.description };
    if (typeof part === 'string' && o.properties && o.properties[part]) return o.properties[part];
  }
  return undefined;
}

export function splitPath(p) {
  const out = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

export function joinPath(parts) {
  return parts.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s === '' ? p : `${s}.${p}`), '');
}

export function nodeAt(schema, kind, parts) {
  let node = rootFor(schema, kind);
  for (const p of parts) node = descend(node, p);
  return node;
}

/** What a plain value may be: its types, its choices, its label. undefined for objects and lists. */
export function scalarInfo(node) {
  if (!node) return undefined;
  const options = node.anyOf ?? [node];
  const types = new Set();
  let choices;
  for (const o of options) {
    const t = Array.isArray(o.type) ? o.type : o.type ? [o.type] : [];
    for (const x of t) if (x !== 'object' && x !== 'array') types.add(x === 'integer' ? 'number' : x);
    if (o.enum) choices = o.enum;
    if (o.const !== undefined) choices = [...(choices ?? []), o.const];
  }
  if (types.size === 0) return undefined;
  return { types: [...types], choices, description: node.description ?? '', required: false };
}

/** A label for a field: the schema's description up to its first full stop or colon. */
export function labelOf(node, key) {
  const d = node?.description ?? '';
  const short = d.split(/[；：;:（(]/)[0].trim();
  return short || String(key);
}

/**
 * The fields of the object at `parentParts`: every plain property the schema lists, with its
 * current value (from `values`, a map path → value) or empty.
 */
export function fieldsFor(schema, kind, parentParts, values) {
  const node = nodeAt(schema, kind, parentParts);
  const obj = (node?.anyOf ?? [node]).find((o) => o && o.properties);
  if (!obj) return [];
  const required = new Set(obj.required ?? []);
  const out = [];
  for (const [key, prop] of Object.entries(obj.properties)) {
    if (key === '$schema' || key === 'version') continue;
    const info = scalarInfo(prop);
    if (!info) continue;
    const path = joinPath([...parentParts, key]);
    out.push({ key, path, label: labelOf(prop, key), info: { ...info, required: required.has(key) }, value: values.get(path) });
  }
  return out;
}

/** The input for one field: a choice list where the schema lists choices, else a text box. */
export function inputFor(field) {
  const { info, value } = field;
  let el;
  if (info.choices && info.choices.length > 0) {
    el = document.createElement('select');
    el.append(new Option('（不填）', ''));
    for (const c of info.choices) el.append(new Option(String(c), String(c)));
    el.value = value === undefined || value === null ? '' : String(value);
  } else {
    el = document.createElement('input');
    el.type = 'text';
    if (info.types.length === 1 && info.types[0] === 'number') el.inputMode = 'decimal';
    el.value = value === undefined || value === null ? '' : String(value);
  }
  el.name = field.path;
  el.dataset.path = field.path;
  el.dataset.original = el.value;
  el.title = info.description;
  return el;
}

/** The type a typed value is written as: a number where the schema allows one and it looks like one. */
export function typeFor(info, text) {
  if (info.types.includes('number') && /^-?\d+(\.\d+)?$/.test(text.trim())) return 'number';
  if (info.types.includes('boolean') && /^(true|false)$/.test(text.trim())) return 'boolean';
  return 'string';
}

/** The kinds of data file the schema knows (its branches), each with its Chinese name. */
export function kinds(schema) {
  return (schema.oneOf ?? [schema]).flatMap((b) => (b.properties?.kind?.const !== undefined ? [{ kind: b.properties.kind.const, label: b.properties.kind.description ?? b.properties.kind.const }] : []));
}

/**
 * The top-level parts a change of kind touches, read from the two branches of the schema: those
 * only the new kind has, and those the data has (`keys`) that the new kind does not take.
 */
export function kindSections(schema, from, to, keys) {
  const a = rootFor(schema, from).properties ?? {};
  const b = rootFor(schema, to).properties ?? {};
  const entry = (key, node) => ({ key, label: labelOf(node, key) });
  return {
    added: Object.keys(b).filter((k) => !(k in a)).map((k) => entry(k, b[k])),
    dropped: [...new Set(keys)].filter((k) => !(k in b)).map((k) => entry(k, a[k])),
  };
}
