import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Indicator, type IndicatorData } from '../../schemas/data.js';
import { ScoreProfile } from '../../schemas/profile.js';
import { loadProfile } from '../../pipeline/load/index.js';
import { assessIndicator, budgetRateScore, gradeOf } from '../../pipeline/facts/scoring.js';
import { dec } from '../../pipeline/decimal.js';
import { ROOT } from '../support/paths.js';

const national = await loadProfile('national', ROOT);

function ind(target: unknown, actual: unknown, weight = '10', extra: Record<string, unknown> = {}): IndicatorData {
  return Indicator.parse({ level1: '产出指标', level2: '数量指标', name: 'x', target, actual, weight, ...extra });
}

describe('national profile (财预〔2020〕10号)', () => {
  const cases: [string, unknown, unknown, Record<string, unknown>, string, string | undefined][] = [
    // name, target, actual, extra, status, rule score
    ['met exactly', '5个', '5个', {}, 'met', '10'],
    ['exceeded', '≥5个', '16个', {}, 'exceeded', '10'],
    ['unmet: actual ÷ target × weight', '120亿元', '115.49亿元', {}, 'unmet', '9.62'],
    ['reverse (≤) met', '≤183.31万元', '150万元', {}, 'exceeded', '10'],
    ['reverse (≤) unmet: target ÷ actual × weight', '≤183.31万元', '257.08万元', {}, 'unmet', '7.13'],
    ['negative direction without a sign', '183.31', '257.08', { direction: 'negative' }, 'unmet', '7.13'],
    ['about (左右) within tolerance counts as met only when reached', '15%左右', '14.9%', {}, 'unmet', '9.93'],
    ['about (左右) above', '15%左右', '17.9%', {}, 'met', '10'],
    ['a table cell without unit under a target with one', '57亿元', '118.8', {}, 'exceeded', '10'],
    ['qualitative reached', '促进高质量发展', '已完成', {}, 'met', '10'],
    ['qualitative partly', '促进高质量发展', '部分完成', {}, 'unmet', '6'],
    ['qualitative band given', '促进高质量发展', '有所提升', { band: '基本达成' }, 'unmet', '8'],
    ['qualitative unreadable', '促进高质量发展', '有所提升', {}, 'unknown', undefined],
    ['time: 12月 by 12月', '12月', '12月', {}, 'met', '10'],
  ];
  for (const [name, target, actual, extra, status, score] of cases) {
    it(name, () => {
      const a = assessIndicator(ind(target, actual, '10', extra), national);
      expect(a.status).toBe(status);
      expect(a.ruleScore?.toFixed()).toBe(score);
    });
  }

  it('budget execution: rate × weight, capped at the weight', () => {
    expect(budgetRateScore(dec('99.9091'), dec(10), national).toFixed()).toBe('9.99');
    expect(budgetRateScore(dec('100'), dec(10), national).toFixed()).toBe('10');
    expect(budgetRateScore(dec('112'), dec(10), national).toFixed()).toBe('10');
  });

  it('grades', () => {
    expect(['99', '90', '89.99', '80', '60', '59.5'].map((t) => gradeOf(dec(t), national))).toEqual(['优', '优', '良', '良', '中', '差']);
  });
});

describe('a province variant held as data', () => {
  const province = ScoreProfile.parse({
    id: 'province-x', name: '某省规则',
    budgetRate: { method: 'bands', bands: [{ min: '95', share: '1' }, { min: '80', share: '0.8' }, { min: '0', share: '0' }] },
    quantitative: { unmet: 'zero' },
    qualitative: [{ band: '达成', share: '1' }, { band: '部分达成', share: '0.5' }, { band: '基本达成', share: '0.8' }, { band: '未达成', share: '0' }],
    grades: [{ min: '85', grade: '优' }, { min: '0', grade: '一般' }],
  });
  it('scores execution in bands and unmet targets as zero', () => {
    expect(budgetRateScore(dec('90'), dec(10), province).toFixed()).toBe('8');
    expect(assessIndicator(ind('120亿元', '115.49亿元'), province).ruleScore?.toFixed()).toBe('0');
    expect(gradeOf(dec('86'), province)).toBe('优');
  });
  it('loads from a file the user names', async () => {
    const loaded = await loadProfile(path.join(ROOT, 'profiles/national.yaml'), ROOT);
    expect(loaded.grades[0]).toEqual({ min: '90', grade: '优' });
  });
});
