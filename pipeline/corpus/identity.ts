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
const TAIL = /(?:部门|单位)?(?:整体)?(?:项目)?(?:支出|资金)?(?:使用)?(?:情况)?绩效(?:自评|评价|自评价)(?:报告)?.*$/u;

/** The unit, kind and year a report's title states ("2023年度X局整体支出绩效自评报告"). */
export function reportIdentity(tree: SectionTree): ReportIdentity {
  const title = (tree.title ?? '').replace(/\s+/gu, '');
  const year = /(20\d\d)年/u.exec(title)?.[1];
  const kind = /整体支出|部门整体/u.test(title) ? '部门整体' : /项目|专项|资金/u.test(title) ? '项目' : '';
  let unit = title.replace(/^.*?20\d\d年度?/u, '').replace(TAIL, '');
  // A project report's title names its fund: keep 资金 on it (X专项资金), as the title does.
  if (kind === '项目' && /资金使用绩效/u.test(title) && !unit.endsWith('资金')) unit = `${unit}资金`;
  return { unit: unit === '资金' ? '' : unit, kind, ...(year !== undefined ? { year: Number(year) } : {}) };
}
