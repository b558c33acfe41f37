/**
 * The desk's safety without a browser: the token compare, upload names made safe, the job ids a
 * request may name, and `--host` (another interface only with a warning).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readValues, setValues } from '../../cli/desk/readback.js';
import { EXAMPLES } from '../support/paths.js';
import { safeName, Workspace } from '../../cli/desk/workspace.js';
import { newToken, tokenMatches } from '../../cli/desk/token.js';
import { startDesk } from './support.js';

describe('the desk token', () => {
  it('matches only itself, whatever the length given', () => {
    const token = newToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(newToken()).not.toBe(token);
    expect(tokenMatches(token, token)).toBe(true);
    for (const wrong of [undefined, '', token.slice(0, -1), `${token}x`, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()]) {
      expect(tokenMatches(wrong, token)).toBe(false);
    }
  });
});

describe('uploaded names', () => {
  it('keep only a safe base name: no folder, no traversal, no control or reserved characters', () => {
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeName('/abs/自评表.xlsx')).toBe('自评表.xlsx');
    expect(safeName('..')).toBe('文件');
    expect(safeName('.hidden.yaml')).toBe('hidden.yaml');
    expect(safeName('a<b>:c"d|e?f*.docx')).toBe('a_b__c_d_e_f_.docx');
    expect(safeName('报告\u0000.md')).toBe('报告_.md');
    expect(safeName('')).toBe('文件');
  });

  it('name no job but those the workspace made', async () => {
    const ws = new Workspace('/tmp/jixiao-desk-never-written');
    expect(() => ws.job('../../etc')).toThrow(/没有这个任务/);
    expect(() => ws.job('write-20260101-000000-00000000')).toThrow(/没有这个任务/);
  });
});

describe('jixiao desk --host', () => {
  it('listens on another address only when asked, and warns', async () => {
    const desk = await startDesk(['--host', '127.0.0.2']);
    try {
      expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/\?token=/);
      await expect.poll(() => desk.stderr()).toContain('警告：--host 127.0.0.2');
      const res = await fetch(`${desk.base}/api/config`, { headers: { 'x-jixiao-token': desk.token } });
      expect(res.status).toBe(200);
    } finally {
      await desk.stop();
    }
    const plain = await startDesk();
    try {
      expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(plain.stderr()).toBe('');
    } finally {
      await plain.stop();
    }
  });
});

describe('values fixed in the form', () => {
  it('are written where they stand: the rest of a hand-written data file is left as it was', () => {
    const text = readFileSync(path.join(EXAMPLES, 'lusong-2023-kegongxin.yaml'), 'utf8');
    const out = setValues(text, [
      { path: 'kind', value: 'project', type: 'string' },
      { path: 'budget.rate', value: '99.90', type: 'number' },
      { path: 'meta.unit', value: '某局: 含冒号 # 和井号', type: 'string' },
    ]);
    const before = text.split('\n');
    const after = out.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((l, i) => (l !== after[i] ? [i] : []));
    expect(changed.length).toBe(3);
    // The comment aligned beside a value stays where it was.
    const rate = after.find((l) => l.trimStart().startsWith('rate: 99.90'));
    expect(rate).toMatch(/^ {2}rate: 99\.90 +# 自评表所列执行率$/);
    const data = parse(out) as { kind: string; meta: { unit: string } };
    expect(data.kind).toBe('project');
    expect(data.meta.unit).toBe('某局: 含冒号 # 和井号');
    expect(readValues(out).find((v) => v.path === 'budget.rate')?.value).toBe('99.90');
  });

  it('add a value the file does not have yet', () => {
    const out = setValues('kind: project # 自评表\nmeta:\n  year: 2024\n', [{ path: 'meta.unit', value: '某局', type: 'string' }, { path: 'meta.year', value: '', type: 'number' }]);
    expect(parse(out)).toEqual({ kind: 'project', meta: { year: null, unit: '某局' } });
    expect(out).toContain('kind: project # 自评表');
  });
});
