import type { Code } from '../codes.js';
import { LineCounter, isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import * as z from 'zod';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnostic, inputError } from '../errors.js';
import { limits } from '../limits.js';
import { fieldAt, fieldsAt, suggest } from './fields.js';

export interface YamlSource {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/**
 * Parses YAML (and so JSON) keeping positions. Numbers are handed on as their source text so
 * that money keeps the digits the user wrote (1864.050 is not 1864.05 in binary).
 */
export function parseYamlSource(file: string, text: string): { source: YamlSource } | { errors: Diagnostic[] } {
  const lines = new LineCounter();
  const tooDeep = flowDepthBeyond(text, limits().nestingDepth);
  if (tooDeep !== undefined) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    return { errors: [depthError(file, lines.linePos(tooDeep))] };
  }
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // One tab used for indentation sets off a cascade of parser errors: say the one thing to fix.
    const tab = tabIndent(text);
    if (tab) return { errors: [tab(file)] };
    return {
      errors: sortByPlace(doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        if (/call stack/i.test(e.message)) return depthError(file, pos);
        return {
          code: 'JX_DATA_SYNTAX',
          severity: 'error' as const,
          message: `YAML 语法错误：${describeYamlError(e.code, e.message)}`,
          location: { file, line: pos.line, column: pos.col },
        };
      })),
    };
  }
  const deepest = blockDepthBeyond(doc, limits().nestingDepth);
  if (deepest !== undefined) return { errors: [depthError(file, lines.linePos(deepest))] };
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.source !== undefined && /^[-+]?[\d.]+([eE][-+]?\d+)?$/.test(node.source)) {
        node.value = node.source;
      }
    },
  });
  return { source: { file, doc, lines } };
}

function depthError(file: string, pos: { line: number; col: number }): Diagnostic {
  return diagnostic('JX_DATA_LIMIT', `列表和键值嵌套超过 ${limits().nestingDepth} 层（真实的数据文件不超过 6 层）：请检查括号是否成对、缩进是否正确`, {
    location: { file, line: pos.line, column: pos.col },
  });
}

/**
 * Offset where flow collections ([ and {) nest deeper than `max`, found before parsing: the
 * parser recurses once per level and a bomb of 20,000 brackets would exhaust its stack.
 */
function flowDepthBeyond(text: string, max: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1] ?? '')))) {
      quote = c;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** Offset of the first node nested deeper than `max` (walked with a stack of its own, not recursion). */
function blockDepthBeyond(doc: Document, max: number): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > max) return node.range?.[0] ?? 0;
    for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
  }
  return undefined;
}

/**
 * The document as plain values, aliases resolved up to the alias limit: past it (an alias bomb) an
 * InputError, never a ReferenceError.
 */
export function toPlain(source: YamlSource): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: limits().yamlAliases });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    let at = 0;
    visit(source.doc, {
      Alias(_key, node) {
        if (at === 0 && isAlias(node)) at = node.range?.[0] ?? 0;
      },
    });
    const pos = source.lines.linePos(at);
    throw inputError('JX_DATA_LIMIT', `别名（*名称）展开后过大，超过 ${limits().yamlAliases} 倍的上限：数据文件中的别名层层引用，展开后会占满内存。请把引用的内容直接写出来`, {
      file: source.file, line: pos.line, column: pos.col,
    });
  }
}

/** The first line indented with a tab, as one error naming how many lines do so. */
function tabIndent(text: string): ((file: string) => Diagnostic) | undefined {
  const tabbed = text.split(/\r?\n/).map((l, i) => ({ line: i + 1, column: /^ *\t/.test(l) ? l.indexOf('\t') + 1 : 0 })).filter((l) => l.column > 0);
  const first = tabbed[0];
  if (!first) return undefined;
  const more = tabbed.length > 1 ? `（共 ${tabbed.length} 行，第 ${tabbed.slice(0, 5).map((t) => t.line).join('、')}${tabbed.length > 5 ? ' …' : ''} 行）` : '';
  return (file) => ({
    code: 'JX_DATA_TAB',
    severity: 'error',
    message: `第 ${first.line} 行用 Tab 缩进${more}：YAML 只能用空格缩进，请把 Tab 换成空格（每层两个空格）`,
    location: { file, line: first.line, column: first.column },
  });
}

/** Diagnostics in reading order: by line, then column; those without a line last. */
export function sortByPlace<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  const key = (d: Diagnostic): [number, number] => [d.location?.line ?? Number.MAX_SAFE_INTEGER, d.location?.column ?? 0];
  return [...diagnostics].sort((a, b) => {
    const [la, ca] = key(a);
    const [lb, cb] = key(b);
    return la - lb || ca - cb;
  });
}

function describeYamlError(code: string, message: string): string {
  const known: Record<string, string> = {
    BAD_INDENT: '缩进不正确',
    DUPLICATE_KEY: '字段重复',
    MISSING_CHAR: '缺少字符（如引号、括号未闭合）',
    BLOCK_AS_IMPLICIT_KEY: '键值写法不正确（冒号后是否缺空格？）',
    MULTILINE_IMPLICIT_KEY: '键不能跨行',
    UNEXPECTED_TOKEN: '出现了不应出现的字符',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
  };
  const first = message.split('\n')[0] ?? message;
  return known[code] ? `${known[code]}（${first}）` : first;
}

/**
 * Position of a zod issue path in the YAML: the key of the deepest field that exists, so a
 * missing field points at its parent's key and a wrong value at its own key.
 */
export function positionOf(source: YamlSource, path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  let offset: number | undefined = isNode(node) ? node.range?.[0] : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!isNode(item)) break;
      if (item.range) offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  if (offset === undefined) return undefined;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Dot path as a user reads it: indicators[3].target. */
export function dotPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(根)' : out;
}

type Issue = z.core.$ZodIssue;

/** zod's type names in the words of the data file's writer. */
const TYPE_NAMES: Readonly<Record<string, string>> = { number: '数字', string: '文字', object: '键值对象', array: '列表', boolean: '是/否（true/false）' };

/**
 * A union's bare "无效输入" tells the user nothing: report instead the issues of the branch that
 * got furthest (for a target written as {comparator, value}, the bad comparator), and for a
 * discriminator the values it may take.
 */
function explain(issue: Issue, prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const branches = issue.errors.filter((b) => b.length > 0);
    if (branches.length > 0) {
      const depth = (b: readonly Issue[]): number => Math.max(...b.map((i) => i.path.length));
      const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      if (depth(best) > 0) return best.flatMap((inner) => explain(inner, path));
    }
    const options = (issue as { options?: unknown[] }).options;
    if (Array.isArray(options) && options.length > 0) {
      return [{ path, message: `应为以下之一：${options.map((o) => `“${String(o)}”`).join('、')}` }];
    }
    // Every branch refused the type itself: say which types would do.
    const expected = [...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? TYPE_NAMES[i.expected] ?? i.expected : undefined)).filter((e): e is string => e !== undefined))];
    if (expected.length > 0) return [{ path, message: `应为${expected.join('或')}` }];
  }
  // A value of the wrong type, in the words the writer knows (a list item written as `{ name: … }` where text is wanted).
  if (issue.code === 'invalid_type' && TYPE_NAMES[issue.expected] !== undefined) return [{ path, message: `应为${TYPE_NAMES[issue.expected]}` }];
  return [{ path, message: issue.message }];
}

/** The raw value at a path, and whether its parent holds the last key at all. */
function rawAt(raw: unknown, path: readonly PropertyKey[]): { parent: unknown; present: boolean } {
  let parent: unknown = raw;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return { parent: undefined, present: false };
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  const present = last !== undefined && parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, last);
  return { parent, present };
}

/** Position of the place a missing field belongs: its siblings' first line, else the parent's key. */
function expectedPlace(source: YamlSource, parentPath: readonly PropertyKey[]): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  for (const key of parentPath) {
    if (isMap(node)) node = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return positionOf(source, parentPath);
  }
  const first = isMap(node) ? node.items[0]?.key : undefined;
  if (isNode(first) && first.range) {
    const pos = source.lines.linePos(first.range[0]);
    return { line: pos.line, column: pos.col };
  }
  return positionOf(source, parentPath);
}

/**
 * Turns zod issues into diagnostics with file, line, column and field path: an unknown key at its
 * own line with the field the writer probably meant; a missing field named, where it belongs.
 */
export function issuesToDiagnostics(source: YamlSource, error: z.ZodError, schema?: z.core.$ZodType, raw?: unknown, empty: ReadonlySet<string> = new Set()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: Code, at: readonly PropertyKey[], message: string, pos = positionOf(source, at)): void => {
    const path = dotPath(at);
    out.push({
      code, severity: 'error', message: `${path}：${message}`,
      location: { file: source.file, path, ...(pos ? { line: pos.line, column: pos.column } : {}) },
    });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys' && schema !== undefined) {
      const fields = fieldsAt(schema, issue.path, raw);
      for (const key of issue.keys) {
        const near = suggest(key, fields);
        const hint = near !== undefined ? `是否想写“${near}”？` : `可用的字段：${fields.map((f) => f.name).join('、')}`;
        push('JX_DATA_UNKNOWN_KEY', [...issue.path, key], `没有字段“${key}”，这一项不会被读取；${hint}`);
      }
      continue;
    }
    const { parent, present } = rawAt(raw, issue.path);
    const last = issue.path[issue.path.length - 1];
    // A required field written with no value (`weight:`): not filled in yet, said at its own line.
    if (typeof last === 'string' && empty.has(dotPath(issue.path))) {
      const field = schema !== undefined && raw !== undefined ? fieldAt(schema, issue.path, raw) : undefined;
      push('JX_DATA_MISSING', issue.path, `“${last}”尚未填写，此项不能留空${field?.description ? `（${field.description}）` : ''}`);
      continue;
    }
    if (schema !== undefined && raw !== undefined && typeof last === 'string' && !present && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
      const field = fieldAt(schema, issue.path, raw);
      push('JX_DATA_MISSING', issue.path, `缺少必填字段“${last}”${field?.description ? `（${field.description}）` : ''}`, expectedPlace(source, issue.path.slice(0, -1)));
      continue;
    }
    for (const { path: at, message } of explain(issue)) push('JX_DATA_INVALID', at, message);
  }
  // One line may draw the same message twice (a union's branches): keep one.
  const seen = new Set<string>();
  return sortByPlace(out.filter((d) => {
    const k = `${d.location?.path}|${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }));
}
