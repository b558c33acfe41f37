/**
 * Word lists the extractor relies on. Kept together so a reviewer can see every word that
 * turns a number into a figure, an approximation, a change, or a name.
 */
/** A Chinese numeral right after these is vague (几十, 数百, 若干): not a figure. (上百, 成千 start with a scale.) */
export const CN_VAGUE_BEFORE = '几数若';

/** Openers after which a short quoted Chinese numeral phrase is a name (“七个有新作为”). */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"', '《': '》' };

/** Words after which the digits are a label, not a figure (附件3, 附件 1-3). */
export const LABEL_BEFORE = ['附件', '附表', '附图'];

/** A 前 that is part of these words is not the 前 of 前5名 (目前, 此前, 提前). */
export const QIAN_BLOCKERS = '目此之以提当空事会年月日门面眼跟生从先向超';

/** Groups a report divides its money into (a figure's scope). */
export const GROUP_NAMES = ['部门项目', '公共项目', '专项资金', '基本支出', '项目支出', '人员经费', '公用经费', '三公经费', '政府采购'];

const MONTH = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})';
/**
 * The name of one period, and nothing more: 一季度, 第二季度, 3月, 1-3月, 1月-6月, 上半年, 上旬,
 * Q3, 2024年一季度, 1-6月累计 — not 季度考核奖励, which only speaks of quarters.
 */
export const PERIOD_NAME = new RegExp(
  `^(?:20\\d\\d年)?(?:第?[一二三四1-4１-４]季度|Q[1-4]|${MONTH}月?(?:[-—–~～至]${MONTH})?月(?:份|末|底)?|[上下]半年|[上中下]旬)(?:累计)?$`,
  'u',
);
