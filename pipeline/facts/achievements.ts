import type { ReportData } from '../../schemas/data.js';
import type { Fact } from '../../schemas/fact.js';
import { dec, decText, percent } from '../decimal.js';
import type { FactBuilder } from './builder.js';
import { statedRate } from './stated.js';

/** The id an achievement's facts hang under: its own id, or its position. */
export function achievementId(a: { id?: string | undefined }, index: number): string {
  return `ach.${a.id ?? index}`;
}

/** What each approximation word of the data says of the value it stands by. */
export const APPROX_MEANING = { 超: 'more', 余: 'more', 多: 'more', 以上: 'more', 近: 'less', 约: 'about' } as const satisfies Record<string, NonNullable<Fact['approx']>>;

/** Named results (科技型中小企业备案 2045家 …), their change on last year and their completion of a task. */
export function achievementFacts(b: FactBuilder, data: ReportData): void {
  data.achievements.forEach((a, i) => {
    const id = achievementId(a, i);
    const path = `achievements[${i}]`;
    if (a.value === undefined) {
      // Not filled in yet: the draft says 〔待补〕 where the figure goes; last year's value and the task wait for it.
      b.markPending(id, '本年数值');
      return;
    }
    const value = a.value;
    // 2000余家 is all the data knows: the fact is a bound, and a text restating the bound must keep its number.
    const approx = a.approx === undefined ? undefined : APPROX_MEANING[a.approx];
    b.quantity('actual', id, a.name, [], value, a.unit, `${path}.value`, a.name, a.year !== undefined && a.year !== data.meta.year ? a.year : undefined, approx);
    const isRank = (a.unit === '位' || a.unit === '名') && /排名|名次|位次|排位/.test(a.name);
    if (a.prior !== undefined && isRank) {
      // A rank moves forward when its number falls: 第48位 → 第34位 is 前进14位.
      b.quantity('prior-year', `${id}.prior`, `上年${a.name}`, [`${a.name}上年`], a.prior, a.unit, `${path}.prior`, a.name);
      const gain = dec(a.prior).minus(value);
      b.add({
        id: `${id}.change`, role: 'change', label: `${a.name}${gain.isNegative() ? '后退' : '前进'}`, aliases: gain.isNegative() ? ['后退', '下降'] : ['前进', '提升', '上升'],
        kind: 'count', value: gain.abs(), unit: a.unit, precision: 0,
        provenance: { kind: 'formula', formula: '|上年名次 − 本年名次|', inputs: [id, `${id}.prior`] }, subject: a.name,
      });
    } else {
      // A change on last year: from last year's value, or as the report states its rate (同比增长22%, no base given).
      let computed;
      let up: boolean | undefined;
      const isPercent = a.unit === '%';
      if (a.prior !== undefined) {
        b.quantity('prior-year', `${id}.prior`, `上年${a.name}`, [`${a.name}上年`], a.prior, a.unit, `${path}.prior`, a.name);
        const change = dec(value).minus(a.prior);
        up = !change.isNegative();
        b.add({
          id: `${id}.change`, role: 'change', label: `${a.name}${up ? '增加' : '减少'}`, aliases: up ? ['增加', '增长', '提升', '提高'] : ['减少', '下降', '降低'],
          kind: isPercent ? 'quantity' : b.get(id)?.kind ?? 'quantity', value: change.abs(), unit: isPercent ? '个百分点' : a.unit,
          precision: Math.max(b.get(id)?.precision ?? 0, b.get(`${id}.prior`)?.precision ?? 0),
          provenance: { kind: 'formula', formula: '|本年 − 上年|', inputs: [id, `${id}.prior`] }, subject: a.name,
        });
        computed = isPercent ? undefined : percent(change.abs(), a.prior);
      }
      const stated = a.changeRate === undefined ? undefined : dec(a.changeRate.value);
      if (stated !== undefined) up = !stated.isNegative();
      if (computed !== undefined || stated !== undefined) {
        statedRate(b, {
          role: 'change', id: `${id}.change_rate`, label: `${a.name}${up ? '增长率' : '下降率'}`, aliases: up ? ['同比增长', '增长', '增幅'] : ['同比下降', '下降', '降幅'],
          stated: stated === undefined ? undefined : { value: decText(stated.abs()), basis: a.changeRate?.basis }, path: `${path}.changeRate`,
          computed, formula: '|本年−上年|÷上年', inputs: [`${id}.change`, `${id}.prior`], subject: a.name,
        });
      }
    }
    if (a.target !== undefined) {
      b.quantity('target', `${id}.target`, `${a.name}任务数`, ['任务数', '目标'], a.target, a.unit, `${path}.target`, a.name);
      const r = percent(value, a.target);
      if (r) b.rate('rate', `${id}.completion`, `${a.name}完成率`, ['完成率', '为全年任务'], r, '实际 ÷ 任务数', [id, `${id}.target`], a.name);
    }
  });
}
