/**
 * The product logic knows no place: no city, county or province name stands in pipeline/, cli/ or
 * templates/, and the same sentences read the same whichever city they are about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../pipeline/mentions/index.js';
import { normalizeSubject, ownerNames } from '../../pipeline/mentions/similarity.js';
import { readCorpus } from '../../pipeline/corpus/index.js';
import { runRules } from '../../pipeline/check/rules/index.js';
import { loadProfile } from '../../pipeline/load/index.js';
import { ROOT } from '../support/paths.js';

/** Place names of the seeds and examples, and a sample of others. */
const PLACES = /株洲|芦淞|长沙|衡阳|湘潭|岳阳|湖南|成都|杭州|广州|深圳|武汉|南京|郑州|西安|浙江|广东|四川|江苏/u;

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|njk|mjs)$/u.test(f))
    .map((f) => path.join(ROOT, dir, f));
}

describe('no place names in product logic', () => {
  it('pipeline/, cli/ and templates/ name no city or province', () => {
    const hits = [...files('pipeline'), ...files('cli'), ...files('templates')].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((l, i) => (PLACES.test(l) ? [`${path.relative(ROOT, f)}:${i + 1}: ${l.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});

describe('the same sentences under another city', () => {
  const cities = ['株洲市', '成都市', '佳木斯市', '阿坝藏族羌族自治州', '和田县'];

  it('an owner prefix is dropped whatever the city', () => {
    for (const c of cities) {
      expect(normalizeSubject(`${c}高新技术企业总数`), c).toBe('高新技术企业');
      expect(normalizeSubject(`${c}科学技术局全年预算金额`), c).toBe('全年预算');
    }
  });

  it('words that only end like a place stay: 上市企业, 城市更新, 园区企业', () => {
    expect(normalizeSubject('新上市企业数')).toBe('新上市企业');
    expect(normalizeSubject('城市更新项目数')).toBe('城市更新项目');
    expect(normalizeSubject('工业园区企业数')).toBe('工业园区企业');
  });

  it('the reporting unit named in the title is who, not what', () => {
    expect(ownerNames(['某某市科学技术局'])).toEqual(expect.arrayContaining(['某某市科学技术局', '某某市', '某某']));
    expect(normalizeSubject('某某高新技术企业总数', { owners: ownerNames(['某某市科学技术局']) })).toBe('高新技术企业');
  });

  it('a report reads the same, finding for finding, with the city changed', async () => {
    const profile = await loadProfile('national', ROOT);
    const report = (city: string) =>
      [
        `# ${city}科学技术局2024年度部门整体支出绩效自评报告`,
        '',
        '## 一、基本情况',
        '',
        `${city}高新技术企业总数达到1302家，技术合同成交额480.68亿元。`,
        '',
        '## 二、绩效情况',
        '',
        `截至年底，${city}高新技术企业总数1300家，全年预算数1864.05万元，其中项目支出1000万元、基本支出800万元。`,
        '',
      ].join('\n');
    const findings = (city: string) => {
      const text = report(city);
      const tree = readCorpus(text, { format: 'md' });
      return runRules({ file: 'r.md', text, tree, mentions: extractMentions(text), profile }).map((h) => `${h.code} ${h.mention.text}`);
    };
    const base = findings('株洲市');
    expect(base.length).toBeGreaterThan(0);
    for (const c of cities.slice(1)) expect(findings(c), c).toEqual(base);
  });
});
