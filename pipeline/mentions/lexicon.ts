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
