import type { SectionTree } from './types.js';

/** Whose report it is and what about, as its title says: for a bureau's overview of many reports. */
export interface ReportIdentity {
  /** The unit (部门整体) or the fund / project (项目), as the title names it; '' when the title names none. */
  readonly unit: string;
  /** 部门整体 or 项目; '' when the title says neither. */
  readonly kind: '部门整体' | '项目' | '';
  readonly year?: number | undefined;
}

// What follows the unit in a title: (部门)整体支出绩效自评报告, (项目)资金使用绩效自评报告, …
const TAIL = /(?:部门|单位)?(?:整体)?(?:项目)?(?:支出|资金)?(?:使用)?(?:情况)?(?:区域)?绩效(?:自评|评价|自评价)(?:报告)?.*$/u;

/** Fields a form labels with whose it is: the unit's, and a project's own name. */
const UNIT_LABEL = /^(?:填报单位|预算单位(?:名称)?|单位名称|部门名称|(?:部门（单位）|单位（部门）)名称|预算部门|实施单位|主管部门)$/u;
const PROJECT_LABEL = /^项目名称$/u;
/** What a title names when it names no one: a table's title (…情况表), or the kind of unit. */
const AREA_ONLY = /^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|县|区|州|旗|盟)$/u;
const GENERIC = /^(?:部门|单位|部门（单位）|部门\(单位\))?$|表$/u;

/** The first value the report's opening (before its second section) gives each label: 填报单位：X, or | 项目名称 | X |. */
function labelled(tree: SectionTree): { unit?: string; project?: string } {
  const blocks = [...tree.preamble, ...tree.sections.slice(0, 2).flatMap((s) => s.blocks)];
  const out: { unit?: string; project?: string } = {};
  const take = (label: string, value: string) => {
    const v = value.replace(/[（(]\s*盖章\s*[)）]/gu, '').replace(/\s+/gu, '').replace(/[：:]$/u, '');
    // Not a number, nor the next column's header (项目名称 | 上年结转（万元） | …).
    if (v === '' || /^[\d.,%]+$/u.test(v) || /[（(](?:万?元|%|个|人)[)）]$|^(?:年初|全年|上年|本年)|预算数|执行数|决算数|分值|得分|指标/u.test(v)) return;
    if (UNIT_LABEL.test(label)) out.unit ??= v;
    else if (PROJECT_LABEL.test(label)) out.project ??= v;
  };
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      // A form's line read from a PDF keeps its cells apart by spaces only: 项目名称 2024年科技发展专项资金.
      const bare = /^([\u4e00-\u9fff（）]{4,10})\s+(\S+)/u.exec(b.text);
      if (bare && (UNIT_LABEL.test(bare[1] ?? '') || PROJECT_LABEL.test(bare[1] ?? ''))) take(bare[1] ?? '', bare[2] ?? '');
      for (const m of b.text.matchAll(/([\u4e00-\u9fff（）()]{2,10})[：:]\s*([^\s：:]+(?:\s[^\s：:]+)*?)(?=\s{2,}|\u3000|\s+[\u4e00-\u9fff]{2,6}[：:]|$)/gu)) take(m[1] ?? '', m[2] ?? '');
      continue;
    }
    for (const row of b.rows) {
      row.forEach((cell, i) => {
        const label = cell.replace(/\s+/gu, '').replace(/[：:]$/u, '');
        if (UNIT_LABEL.test(label) || PROJECT_LABEL.test(label)) take(label, row.slice(i + 1).find((c) => c.trim() !== '') ?? '');
      });
    }
  }
  return out;
}

/**
 * The unit, kind and year a report's title states ("2023年度X局整体支出绩效自评报告", "X局2024年度…"),
 * and where the title names no one (2024年度项目支出绩效自评表), the form's own fields: 项目名称 for a
 * project, else 填报单位, 预算单位, 部门名称.
 */
export function reportIdentity(tree: SectionTree): ReportIdentity {
  const title = (tree.title ?? '').replace(/\s+/gu, '');
  const year = /(20\d\d)年/u.exec(title)?.[1];
  const kind = /整体支出|部门整体/u.test(title) ? '部门整体' : /项目|专项|资金/u.test(title) ? '项目' : '';
  // The unit before the year (X局2024年度…), else after it (2024年度X局…).
  const before = year !== undefined ? title.slice(0, title.indexOf(`${year}年`)).replace(/^关于/u, '') : '';
  const after = title.replace(/^.*?20\d\d年度?/u, '').replace(TAIL, '');
  let unit = before.length >= 2 ? before : after;
  // An area alone before the year (某市2024年度政务信息化建设项目…) names where, not what: the project after it does.
  if (AREA_ONLY.test(before) && after.length >= 2 && !GENERIC.test(after)) unit = `${before}${after}`;
  // A project report's title names its fund: keep 资金 on it (X专项资金), as the title does.
  if (before.length < 2 && kind === '项目' && /资金使用绩效/u.test(title) && !unit.endsWith('资金')) unit = `${unit}资金`;
  if (unit === '资金' || GENERIC.test(unit)) {
    const fields = labelled(tree);
    unit = (kind === '项目' ? (fields.project ?? fields.unit) : (fields.unit ?? fields.project)) ?? '';
  }
  return { unit, kind, ...(year !== undefined ? { year: Number(year) } : {}) };
}
