import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../pipeline/index.js';
import { allHits } from './support.js';

/**
 * Correct wordings of the kinds that gave false findings on the clean files of the sixteenth blind
 * corpus (bench/bulk-za: reports copied from government websites), rewritten here with other names
 * and figures: nothing is found in them; where a relation is read, one figure wrong is found.
 */
const DEPT = '# 2024年度某镇人民政府部门整体支出绩效自评报告\n\n## 一、预算执行情况\n\n';
const POLICY = '# 2024年度某县耕地保护补贴政策绩效自评报告\n\n## 一、资金情况\n\n';

const found = (text: string, file = 'report.md') => allHits(text, file).filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.mention.text}`);

describe('bulk-za: correct wordings of the sixteenth blind corpus kinds are quiet', () => {
  it('a scoring rule\'s threshold (预算执行率指标达到95%即得满分) is not what the rate was', () => {
    const text = (rate: string) => `${DEPT}全年预算1,200.00万元，全年支出1,170.00万元，预算执行率97.50%。\n\n## 二、评价方法\n\n预算执行率指标达到95%即得满分。\n\n## 三、结果\n\n预算执行率为${rate}。\n`;
    expect(found(text('97.50%'))).toEqual([]);
    expect(found(text('96.50%'))).toContain('JX_CHECK_CONFLICT 96.50%');
  });
  it('the funds given (下达补贴资金) and those paid out (全年发放补贴资金) are two figures', () => {
    const text = (paid: string, given: string) => `${POLICY}省财政厅下达我县补贴资金8,650.00万元。\n\n## 二、发放情况\n\n全年发放补贴资金${paid}万元，结余资金12.40万元。\n\n## 三、小结\n\n下达补贴资金${given}万元。\n`;
    expect(found(text('8,637.60', '8,650.00'))).toEqual([]);
    expect(found(text('8,637.60', '8,560.00'))).toContain('JX_CHECK_CONFLICT 8,560.00万元');
  });
  it('a score table copied one cell per line: a figure alone on its line takes no name from a row above it', () => {
    // Row groups apart by a blank line, as a web page's table copies.
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '完成小型水库大坝安全鉴定工作座数', '≥12座', '12座', '10', '10'],
      ['质量指标', '汛期水库安全运行率', '100%', '100%', '10', '10'],
      ['满意度指标', '服务对象满意度', '受益群众满意度', '≥90%', '88.00%', '10', '9.78'],
    ];
    const text = `一、绩效自评表\n\n${rows.map((r) => r.join('\n')).join('\n\n')}\n`;
    const subjects = extractMentions(text).map((m) => `${m.text}:${m.subject.text}`);
    expect(subjects).toContain('≥12座:小型水库大坝安全鉴定工作座数');
    expect(subjects.filter((x) => /^(?:100%|88\.00%|≥90%):/u.test(x))).toEqual(['100%:', '100%:', '≥90%:', '88.00%:']);
  });
});
