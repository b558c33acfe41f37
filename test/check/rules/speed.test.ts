import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../pipeline/mentions/index.js';
import { RULES } from '../../../pipeline/check/rules/index.js';
import { readCorpus } from '../../../pipeline/corpus/index.js';
import { HAVE_SEEDS, NATIONAL, seed } from './support.js';

describe('speed', () => {
  // Ten copies of a seed are about 70,000 characters: a long report of some 50 pages.
  it.skipIf(!HAVE_SEEDS)('the rules check a 50-page report well under a second', () => {
    const text = Array.from({ length: 10 }, () => seed('zhuzhou-2024-keji-fund-project.md')).join('\n');
    const ctx = { file: 'long.md', text, tree: readCorpus(text, { file: 'long.md' }), mentions: extractMentions(text), profile: NATIONAL };
    const start = performance.now();
    for (const rule of RULES) rule.check(ctx);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
