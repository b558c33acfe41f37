import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../pipeline/errors.js';
import { loadData } from '../../pipeline/load/index.js';
import { jixiao } from '../support/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-load2-'));

const VALID = `kind: project
version: 2
meta:
  year: 2024
  unit: 某市科学技术局
  project: 科技专项
budget:
  initial: 100
  actual: 90
indicators:
  - level1: 产出指标
    level2: 数量指标
    name: 新增平台
    target: "≥5个"
    actual: 6个
    weight: 90
achievements:
  - { group: 产出, name: 服务企业, value: 120, unit: 家 }
`;

interface Error {
  code: string;
  message: string;
  line?: number;
  path?: string;
}

function write(text: string): string {
  const file = path.join(dir, `case-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function errorsOf(text: string): Promise<Error[]> {
  try {
    await loadData(write(text));
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).diagnostics.map((d) => ({
      code: d.code, message: d.message,
      ...(d.location?.line !== undefined ? { line: d.location.line } : {}),
      ...(d.location?.path !== undefined ? { path: d.location.path } : {}),
    }));
  }
  throw new Error('expected an InputError');
}

describe('an unknown key is an error, with the field the writer probably meant', () => {
  it('a misspelt key: its own line, and the nearest field within a third of its length', async () => {
    const errors = await errorsOf(VALID.replace('  initial: 100', '  intial: 100'));
    expect(errors).toEqual([{
      code: 'JX_DATA_UNKNOWN_KEY', line: 8, path: 'budget.intial',
      message: 'budget.intial：没有字段“intial”，这一项不会被读取；是否想写“initial”？',
    }]);
  });

  it('a key in Chinese is matched to the field whose description it names', async () => {
    const errors = await errorsOf(VALID.replace('  initial: 100', '  年初预算: 100'));
    expect(errors[0]).toMatchObject({ code: 'JX_DATA_UNKNOWN_KEY', line: 8, path: 'budget.年初预算' });
    expect(errors[0]?.message).toContain('是否想写“initial”？');
  });

  it('nonsense is not "corrected": the fields that exist are listed instead', async () => {
    const errors = await errorsOf(VALID.replace('  initial: 100', '  zzzzzz: 100'));
    expect(errors[0]?.message).not.toContain('是否想写');
    expect(errors[0]?.message).toContain('可用的字段：initial、adjustments、total、actual');
  });

  it('inside a list item and in the department-only parts alike', async () => {
    const errors = await errorsOf(VALID.replace('    weight: 90', '    weigth: 90').replace('kind: project', 'kind: department'));
    expect(errors.map((e) => [e.code, e.path, e.line])).toEqual([['JX_DATA_UNKNOWN_KEY', 'indicators[0].weigth', 16], ['JX_DATA_MISSING', 'indicators[0].weight', 11]].sort((a, b) => Number(a[2]) - Number(b[2])));
    expect(errors.find((e) => e.code === 'JX_DATA_UNKNOWN_KEY')?.message).toContain('是否想写“weight”？');
  });
});

describe('errors read in order, each at its own place', () => {
  it('several errors are sorted by line', async () => {
    const text = VALID.replace('  year: 2024', '  year: 二〇二四').replace('    actual: 6个', '    actual: [6]').replace('  unit: 某市科学技术局', '  unit: 某市科学技术局\n  unitt: x');
    const errors = await errorsOf(text);
    expect(errors.length).toBeGreaterThanOrEqual(3);
    const lines = errors.map((e) => e.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('a missing field in a list item is named at the item, with what it is', async () => {
    const errors = await errorsOf(VALID.replace('    weight: 90\n', ''));
    expect(errors).toEqual([{ code: 'JX_DATA_MISSING', line: 11, path: 'indicators[0].weight', message: 'indicators[0].weight：缺少必填字段“weight”（分值）' }]);
  });

  it('a tab used for indentation is one error, however many lines have it', async () => {
    const text = VALID.replace('  initial: 100', '\tinitial: 100').replace('  actual: 90', '\tactual: 90');
    const errors = await errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'JX_DATA_TAB', line: 8 });
    expect(errors[0]?.message).toContain('共 2 行');
  });
});

describe('a reference that names nothing is an error naming both', () => {
  it('an achievement filed under a group that is no dimension, indicator level, project or group', async () => {
    const errors = await errorsOf(VALID.replace('group: 产出,', 'group: 产出指表,'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'JX_DATA_REFERENCE', path: 'achievements[0].group', line: 18 });
    expect(errors[0]?.message).toContain('“服务企业”归入的“产出指表”');
    expect(errors[0]?.message).toContain('是否想写“产出指标”？');
    // Two characters off by one is too far to guess (a third of the key at most): the names that would do are listed.
    const short = await errorsOf(VALID.replace('group: 产出,', 'group: 产业,'));
    expect(short[0]?.message).not.toContain('是否想写');
    expect(short[0]?.message).toContain('可写：“产出”、“产出指标”');
  });

  it('a 一级指标 outside the framework, with the nearest', async () => {
    const errors = await errorsOf(VALID.replace('level1: 产出指标', 'level1: 产出指表'));
    expect(errors[0]).toMatchObject({ code: 'JX_DATA_REFERENCE', path: 'indicators[0].level1', line: 11 });
    expect(errors[0]?.message).toContain('是否想写“产出指标”？');
  });

  it('a project group and a measure\'s problem that do not exist', async () => {
    const text = `${VALID}projects:\n  - { name: 甲项目, group: 公共项目, actual: 90 }\nproblems:\n  - { id: slow, text: 进度偏慢 }\nmeasures:\n  - { text: 加快进度, answers: sloww }\n`;
    const errors = await errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual(['projects[0].group', 'measures[0].answers']);
    expect(errors[0]?.message).toContain('项目“甲项目”归入类别“公共项目”');
    expect(errors[1]?.message).toContain('“sloww”');
    expect(errors[1]?.message).toContain('是否想写“slow”？');
  });
});

describe('data files of version 1', () => {
  const V1 = VALID.replace('version: 2\n', '').replace('achievements:', 'projects:\n  - { name: 甲项目, budget: 60, actual: 50 }\n  - { name: 乙项目, budget: 40, actual: 40 }\nachievements:');

  it('are read as version 2, with a note saying what was converted', async () => {
    const loaded = await loadData(write(V1));
    expect(loaded.data.projects.map((p) => p.initial)).toEqual(['60', '40']);
    expect(loaded.notes).toEqual([expect.objectContaining({ code: 'JX_DATA_V1', severity: 'info' })]);
    expect(loaded.notes[0]?.message).toContain('projects[0].budget（年初预算）改称 initial');
  });

  it('jixiao migrate rewrites only what changed, comments and layout kept, and says so', () => {
    const old = write(`# 某单位的数据\n${V1.replace('  initial: 100', '  initial: 100   # 年初')}`);
    const out = path.join(dir, 'migrated.yaml');
    const run = jixiao(['migrate', old, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已写出');
    const before = readFileSync(old, 'utf8');
    const after = readFileSync(out, 'utf8');
    expect(after).toBe(before.replace('kind: project\n', 'kind: project\nversion: 2\n').replace(/budget: (\d+), actual/g, 'initial: $1, actual'));
    expect(jixiao(['migrate', out, '-o', path.join(dir, 'again.yaml')]).stdout).toContain('已是第 2 版');
  });

  it('jixiao migrate lists what still needs the writer (a group that names nothing), exit 1', () => {
    const old = write(V1.replace('group: 产出,', 'group: 某某,'));
    const run = jixiao(['migrate', old, '-o', path.join(dir, 'needs-work.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('JX_DATA_REFERENCE');
  });

  it('jixiao migrate refuses a file it cannot read as YAML, writing nothing', () => {
    const out = path.join(dir, 'never.yaml');
    const run = jixiao(['migrate', write('kind: project\n  bad: [\n'), '-o', out]);
    expect(run.code).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });
});
