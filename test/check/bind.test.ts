import { describe, expect, it } from 'vitest';
import type { Fact } from '../../schemas/fact.js';
import { Binder } from '../../pipeline/check/bind.js';
import { extractMentions } from '../../pipeline/mentions/index.js';

function fact(id: string, label: string, value: string, unit: string, kind: Fact['kind'] = 'money', precision = 2): Fact {
  const role: Fact['role'] = /rate/u.test(id) ? 'rate' : /initial|total/u.test(id) || label.includes('预算') ? 'budget' : 'actual';
  return { id, role, label, aliases: [], kind, value, unit, precision, provenance: { kind: 'data', path: id } };
}

const FACTS: Fact[] = [
  fact('budget.total', '全年预算数', '1864.05', '万元'),
  fact('budget.actual', '全年执行数', '1864.05', '万元'),
  fact('budget.initial', '年初预算数', '3600', '万元'),
  fact('budget.rate', '预算执行率', '99.9091237', '%', 'percent'),
  fact('loans', '知识价值信用贷款发放额', '19.65', '亿元', 'money'),
  fact('firms', '国家高新技术企业总数', '1302', '家', 'count', 0),
  fact('pat', '万人高价值发明专利拥有量', '14.91', '件', 'count'),
];
const binder = new Binder(FACTS);

function bindIn(sentence: string, figure: string) {
  const m = extractMentions(sentence).find((x) => x.text.includes(figure));
  if (!m) throw new Error(`no mention ${figure} in ${sentence}`);
  return binder.bind(m);
}

describe('binding a figure to the fact it states', () => {
  it('by subject and value', () => {
    expect(bindIn('全年预算1864.05万元。', '1864.05')).toMatchObject({ status: 'bound', factId: 'budget.total' });
    expect(bindIn('年初预算3600万元。', '3600')).toMatchObject({ status: 'bound', factId: 'budget.initial' });
  });
  it('a value that differs only within its display precision is consistent', () => {
    expect(bindIn('预算执行率99.91%。', '99.91')).toMatchObject({ status: 'bound', factId: 'budget.rate' });
    expect(bindIn('预算执行率99.9%。', '99.9')).toMatchObject({ status: 'bound', factId: 'budget.rate' });
    expect(bindIn('预算执行率100%。', '100')).toMatchObject({ status: 'bound', factId: 'budget.rate' });
    expect(bindIn('预算执行率99.81%。', '99.81')).toMatchObject({ status: 'mismatch', factId: 'budget.rate' });
  });
  it('under a change of scale (亿元 ↔ 万元)', () => {
    expect(bindIn('发放知识价值信用贷款196500万元。', '196500')).toMatchObject({ status: 'bound', factId: 'loans' });
    expect(bindIn('发放知识价值信用贷款31亿元。', '31')).toMatchObject({ status: 'mismatch', factId: 'loans' });
    expect(bindIn('发放知识价值信用贷款19.65万元。', '19.65')).toMatchObject({ status: 'mismatch', factId: 'loans' });
  });
  it('an approximation binds when the fact lies in its interval', () => {
    expect(bindIn('国家高新技术企业总数超1300家。', '1300')).toMatchObject({ status: 'bound', factId: 'firms' });
    expect(bindIn('国家高新技术企业总数达1300家。', '1300')).toMatchObject({ status: 'mismatch', factId: 'firms' });
  });
  it('a figure two facts claim equally, matching neither, is ambiguous, never guessed', () => {
    const twins = new Binder([fact('a', '全年预算数', '100', '万元'), fact('b', '全年预算数', '120', '万元')]);
    const m = extractMentions('全年预算110万元。')[0];
    expect(m && twins.bind(m)).toMatchObject({ status: 'ambiguous', factIds: ['a', 'b'] });
  });
  it('a figure about something the data does not hold stays unbound', () => {
    expect(bindIn('举办活动11场次。', '11')).toEqual({ status: 'unbound' });
  });
});
