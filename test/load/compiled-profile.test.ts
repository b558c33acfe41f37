/**
 * The built-in profiles and frameworks compiled at build time (dist/profiles/*.json), which a check
 * and a draft read instead of the YAML: used only for the very YAML they were compiled from.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinFrameworkIds, builtinProfileIds, COMPILED_PROFILES_DIR, compiledFor, compiledFramework, compiledProfile,
} from '../../pipeline/load/compiled.js';
import { loadFramework, loadProfile } from '../../pipeline/load/index.js';
import { PROFILES_DIR } from '../../pipeline/paths.js';
import { jixiao } from '../support/cli.js';

describe('compiled profiles and frameworks', () => {
  it('each built-in profile compiled by the build is the profile the YAML loader gives now', async () => {
    const ids = builtinProfileIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(compiledProfile(id)).toEqual(await loadProfile(id, PROFILES_DIR));
  });

  it('each built-in framework compiled by the build is the framework the YAML loader gives now', async () => {
    const ids = builtinFrameworkIds();
    expect(ids).toEqual(['department-framework', 'project-framework']);
    for (const id of ids) expect(compiledFramework(id)).toEqual(await loadFramework(id, PROFILES_DIR));
  });

  it('an edited YAML, or a file compiled in another way, is not used', () => {
    const compiled: unknown = JSON.parse(readFileSync(path.join(COMPILED_PROFILES_DIR, 'national.json'), 'utf8'));
    const source = readFileSync(path.join(PROFILES_DIR, 'national.yaml'));
    expect(compiledFor(compiled, source)).toBeDefined();
    expect(compiledFor(compiled, Buffer.concat([source, Buffer.from('\n')]))).toBeUndefined();
    expect(compiledFor(compiled, source.subarray(1))).toBeUndefined();
    // Bytes that are not UTF-8 decode to the same text as other bytes: compared as bytes, they differ.
    expect(compiledFor(compiled, Buffer.concat([source, Buffer.from([0xff])]))).toBeUndefined();
    // The first format (a hash of the YAML): not read, the YAML is.
    expect(compiledFor({ sha256: 'x', profile: {} }, source)).toBeUndefined();
    expect(compiledFor(null, source)).toBeUndefined();
    // Not an id of a built-in file: never a path.
    expect(compiledProfile('../profiles/national')).toBeUndefined();
    expect(compiledFramework('no-such-framework')).toBeUndefined();
  });

  it('a framework named as the profile, or a profile as the framework, is refused in Chinese with its place, as from the YAML', async () => {
    expect(compiledProfile('project-framework')).toBeUndefined();
    expect(compiledFramework('national')).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-compiled-'));
    const report = path.join(dir, 'r.md');
    writeFileSync(report, '# 自评报告\n\n一、基本情况\n\n资金100万元。\n');
    const run = jixiao(['check', report, '--profile', 'project-framework']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/project-framework\.yaml:\d+:\d+: 错误 \[JX_DATA_MISSING\]/);
    expect(run.stderr).not.toMatch(/JX_INTERNAL|TypeError|    at /);
  });
});
