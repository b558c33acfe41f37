import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, cacheUse, loadScript, saveCodeCache } from '../../cli/code-cache.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';

const BUNDLE = path.join(PACKAGE_ROOT, 'dist/bundle');

/** A fresh Node loads a bundled script the way bin/jixiao.js does and says how it was compiled. */
function useInFreshNode(script: string): string {
  const probe = `const c = require(${JSON.stringify(path.join(BUNDLE, 'code-cache.cjs'))}); const f = ${JSON.stringify(path.join(BUNDLE, script))}; c.loadScript(f); process.stdout.write(c.cacheUse(f));`;
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('`draft` starts from its code cache', () => {
  // A cache V8 refuses (other flags, another version) only slows jixiao down, silently: this says so.
  it('draft.cjs is compiled from the cache the build made', () => {
    expect(useInFreshNode('draft.cjs')).toBe('used');
  });

  // bin/jixiao.js runs `draft` from draft.cjs and every other command from the ES modules: two
  // builds of the same sources, which must write the same files.
  it('a draft from the script (bin/jixiao.js) and one from the ES modules are the same bytes, Word and Markdown', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-two-builds-'));
    const data = path.join(PACKAGE_ROOT, 'examples/zhuzhou-2024-keji-fund.yaml');
    const prior = path.join(PACKAGE_ROOT, 'corpus/zhuzhou-2023-keji-fund.md');
    const esm = pathToFileURL(path.join(BUNDLE, 'main.js')).href;
    for (const [name, extra] of [['w.docx', []], ['m.md', ['--prior', prior]]] as const) {
      const viaScript = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin/jixiao.js'), 'draft', data, ...extra, '-o', path.join(dir, `script-${name}`)], { encoding: 'utf8' });
      const viaModules = spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(esm)}; process.exitCode = await main(${JSON.stringify(['draft', data, ...extra, '-o', path.join(dir, `modules-${name}`)])});`], { encoding: 'utf8' });
      expect(viaScript.status, viaScript.stderr).toBe(0);
      expect(viaModules.status, viaModules.stderr).toBe(0);
      expect(viaScript.stderr.replaceAll('script-', '')).toBe(viaModules.stderr.replaceAll('modules-', ''));
      const a = readFileSync(path.join(dir, `script-${name}`));
      expect(a.length).toBeGreaterThan(1000);
      expect(a.equals(readFileSync(path.join(dir, `modules-${name}`)))).toBe(true);
    }
  });
});

describe('`check` of small inputs starts from the script too', () => {
  // bin/jixiao.js runs a check of small files from draft.cjs and of a folder or large files from the
  // ES modules: the two builds must say the same, to the byte.
  it('a check of one report, with and without data, prints the same from the script and from the ES modules', () => {
    const esm = pathToFileURL(path.join(BUNDLE, 'main.js')).href;
    const report = path.join(PACKAGE_ROOT, 'corpus/zhuzhou-2023-keji-fund.md');
    const data = path.join(PACKAGE_ROOT, 'examples/zhuzhou-2024-keji-fund.yaml');
    for (const args of [['check', report], ['check', report, '--data', data, '-f', 'json']]) {
      const viaScript = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin/jixiao.js'), ...args], { encoding: 'utf8' });
      const viaModules = spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(esm)}; process.exitCode = await main(${JSON.stringify(args)});`], { encoding: 'utf8' });
      expect(viaScript.status).toBe(viaModules.status);
      expect(viaScript.stdout.length).toBeGreaterThan(100);
      expect(viaScript.stdout).toBe(viaModules.stdout);
      expect(viaScript.stderr).toBe(viaModules.stderr);
    }
  });
});

describe('the built scripts', () => {
  // The sources are ES modules, always strict; a line before the bundle's "use strict" would make
  // that a plain string and the whole bundle sloppy (the wrapper's own `caller` shows which).
  it('run in strict mode, as the ES modules they were built from', () => {
    for (const script of ['draft.cjs']) {
      const text = readFileSync(path.join(BUNDLE, script), 'utf8');
      const wrapper = new vm.Script(`(function () {${text}\n})`).runInThisContext() as () => void;
      expect(Object.getOwnPropertyNames(wrapper), script).not.toContain('caller');
    }
  });
});

describe('loadScript', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-code-cache-'));
  const write = (name: string, body: string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, body);
    return file;
  };

  it('runs a script with no cache, then from the cache it saved', () => {
    const file = write('plain.cjs', 'exports.answer = function () { return 6 * 7; };\n');
    expect((loadScript(file)['answer'] as () => number)()).toBe(42);
    expect(cacheUse(file)).toBe('none');
    saveCodeCache(file);
    expect((loadScript(file)['answer'] as () => number)()).toBe(42);
    expect(cacheUse(file)).toBe('used');
  });

  it('ignores a cache made for other text of the same length, which V8 alone would run', () => {
    const file = write('edited.cjs', 'exports.word = function () { return "old"; };\n');
    loadScript(file);
    saveCodeCache(file);
    const cache = readFileSync(cacheFileOf(file));
    write('edited.cjs', 'exports.word = function () { return "new"; };\n');
    expect((loadScript(file)['word'] as () => string)()).toBe('new');
    expect(cacheUse(file)).toBe('stale');
    // Without the check: the same V8 data, given straight to V8 for the edited text.
    const source = `(function (exports, require, module, __filename, __dirname, __jixiaoImport, __jixiaoUrl) {${readFileSync(file, 'utf8')}\n})`;
    const unchecked = new vm.Script(source, { filename: file, cachedData: cache.subarray(8) });
    expect(unchecked.cachedDataRejected).toBe(false);
  });

  // V8 takes damaged data of the right length and may crash on it (a few bytes changed in the
  // middle of a script’s .cache file ended Node with "Fatal error … unreachable code").
  it('ignores a cache whose V8 data was damaged', () => {
    const file = write('damaged.cjs', 'exports.answer = function () { return 6 * 7; };\n');
    loadScript(file);
    saveCodeCache(file);
    const cache = readFileSync(cacheFileOf(file));
    const at = Math.floor((8 + cache.length) / 2);
    cache[at] = (cache[at] ?? 0) ^ 0xff;
    writeFileSync(cacheFileOf(file), cache);
    expect((loadScript(file)['answer'] as () => number)()).toBe(42);
    expect(cacheUse(file)).toBe('stale');
  });

  it('gives a cached script import() of packages outside the bundle, which V8 cannot give it', async () => {
    const file = write('imports.cjs', 'exports.join = async function () { const p = await __jixiaoImport("node:path"); return p.posix.join("a", "b"); };\n');
    loadScript(file);
    saveCodeCache(file);
    const cached = loadScript(file);
    expect(cacheUse(file)).toBe('used');
    expect(await (cached['join'] as () => Promise<string>)()).toBe('a/b');
  });
});

describe('on a Node without zlib.crc32 (before 20.15)', () => {
  it('the CLI starts without a cache and works', () => {
    const preload = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-old-node-')), 'no-crc32.cjs');
    writeFileSync(preload, "require('node:zlib').crc32 = undefined;\n");
    const probe = `const c = require(${JSON.stringify(path.join(BUNDLE, 'code-cache.cjs'))}); const f = ${JSON.stringify(path.join(BUNDLE, 'draft.cjs'))}; const { main } = c.loadScript(f); main(['--version']).then((code) => process.stdout.write(' ' + c.cacheUse(f) + ' ' + code));`;
    const run = spawnSync(process.execPath, ['--require', preload, '-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n none 0$/u);
  });
});

describe('after Node is upgraded (no cache for this V8)', () => {
  it('the first run saves one as it ends (the older V8’s goes), the next is compiled from it, and one V8 refuses for other flags is left alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-code-cache-heal-'));
    const file = path.join(dir, 'script.cjs');
    writeFileSync(file, 'exports.twice = function (n) { return 2 * n; };\n');
    const older = path.join(dir, 'script.cjs.v8-1.0.0.cache');
    writeFileSync(older, 'made by an older Node');
    const probe = `const c = require(${JSON.stringify(path.join(BUNDLE, 'code-cache.cjs'))}); const f = ${JSON.stringify(file)}; c.loadScript(f).twice(21); process.stdout.write(c.cacheUse(f));`;
    const run = (flags: string[] = []) => spawnSync(process.execPath, [...flags, '-e', probe], { encoding: 'utf8' }).stdout;
    expect(run()).toBe('none');
    expect(existsSync(cacheFileOf(file))).toBe(true);
    expect(existsSync(older)).toBe(false);
    expect(run()).toBe('used');
    const saved = readFileSync(cacheFileOf(file));
    expect(run(['--max-old-space-size=123'])).toBe('rejected');
    expect(readFileSync(cacheFileOf(file))).toEqual(saved);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
