/**
 * The built-in templates compiled at build time (dist/templates.cjs): the file is what compiling
 * today's templates gives, its code is used only for the very source it was compiled from, and a
 * draft made with it is the draft made by compiling the sources.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { PRECOMPILED_FILE, precompileBuiltInTemplates, withPrecompiled } from '../../pipeline/render/precompiled.js';
import { TEMPLATES_DIR } from '../../pipeline/paths.js';
import { LUSONG, ZHUZHOU } from '../support/paths.js';

const REPORT = path.join(TEMPLATES_DIR, 'project/report.njk');

describe('precompiled templates', () => {
  it('the build wrote what compiling the templates gives now (not stale)', () => {
    expect(existsSync(PRECOMPILED_FILE)).toBe(true);
    expect(readFileSync(PRECOMPILED_FILE, 'utf8')).toBe(precompileBuiltInTemplates());
  });

  it('code replaces a built-in template only for the source it was compiled from', () => {
    const src = readFileSync(REPORT, 'utf8');
    const used = withPrecompiled({ src, path: REPORT, noCache: true });
    expect(used.src).toMatchObject({ type: 'code' });
    // An edited built-in template (an install where someone changed it) compiles from its source.
    const edited = withPrecompiled({ src: `${src}\n`, path: REPORT, noCache: true });
    expect(edited.src).toBe(`${src}\n`);
    // A user's template of the same name is never swapped.
    const user = path.join(tmpdir(), 'project/report.njk');
    expect(withPrecompiled({ src, path: user, noCache: true }).src).toBe(src);
  });

  it('a draft from the compiled code is the draft from the sources, for both examples', async () => {
    // The same templates as a user's template folder replace every built-in one: compiled from source.
    const copy = mkdtempSync(path.join(tmpdir(), 'jixiao-templates-'));
    cpSync(TEMPLATES_DIR, copy, { recursive: true });
    for (const data of [ZHUZHOU, LUSONG]) {
      const precompiled = await draftReport({ data });
      const fromSource = await draftReport({ data, templates: copy });
      expect(precompiled.doc.markdown.length).toBeGreaterThan(1000);
      expect(precompiled.doc).toEqual(fromSource.doc);
    }
  });
});
