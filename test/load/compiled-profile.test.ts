/**
 * The built-in profiles compiled at build time (dist/profiles/*.json), which a check without --data
 * reads instead of the YAML: used only for the very YAML they were compiled from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinProfileIds, COMPILED_PROFILES_DIR, compiledFor, compiledProfile } from '../../pipeline/load/compiled.js';
import { loadProfile } from '../../pipeline/load/index.js';
import { PROFILES_DIR } from '../../pipeline/paths.js';

describe('compiled profiles', () => {
  it('each built-in profile compiled by the build is the profile the YAML loader gives now', async () => {
    const ids = builtinProfileIds();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(compiledProfile(id)).toEqual(await loadProfile(id, PROFILES_DIR));
  });

  it('an edited YAML, or a file compiled in another way, is not used', () => {
    const compiled: unknown = JSON.parse(readFileSync(path.join(COMPILED_PROFILES_DIR, 'national.json'), 'utf8'));
    const source = readFileSync(path.join(PROFILES_DIR, 'national.yaml'));
    expect(compiledFor(compiled, source)).toBeDefined();
    expect(compiledFor(compiled, Buffer.concat([source, Buffer.from('\n')]))).toBeUndefined();
    expect(compiledFor(compiled, source.subarray(1))).toBeUndefined();
    // Bytes that are not UTF-8 decode to the same text as other bytes: compared as bytes, they differ.
    expect(compiledFor(compiled, Buffer.concat([source, Buffer.from([0xff])]))).toBeUndefined();
    expect(compiledFor({ sha256: 'x', profile: {} }, source)).toBeUndefined();
    expect(compiledFor(null, source)).toBeUndefined();
  });
});
