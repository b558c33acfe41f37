import type { Code } from '../codes.js';
import type { ReportData } from '../../schemas/data.js';
import type { Dimension, Framework } from '../../schemas/framework.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { suggest } from './fields.js';

/** Where an achievement is filed: a dimension of the framework, a project, or a group of projects. */
export type GroupTarget =
  | { readonly kind: 'general' }
  | { readonly kind: 'dimension'; readonly dimension: Dimension; readonly index: number }
  | { readonly kind: 'project'; readonly index: number }
  | { readonly kind: 'projectGroup'; readonly index: number };

/** The dimension a name stands for (its name or an alias; 产出 and 产出指标 alike). */
export function dimensionOf(framework: Framework, name: string): { dimension: Dimension; index: number } | undefined {
  const bare = (s: string): string => s.replace(/指标$/, '');
  const index = framework.dimensions.findIndex((d) => [d.name, ...d.aliases].some((n) => n === name || bare(n) === bare(name)));
  const dimension = framework.dimensions[index];
  return dimension ? { dimension, index } : undefined;
}

/** Resolves a group name: a project's own name first, then a project group, then a dimension. */
export function resolveGroup(data: ReportData, framework: Framework, group: string | undefined): GroupTarget | undefined {
  if (group === undefined) return { kind: 'general' };
  const project = data.projects.findIndex((p) => p.name === group);
  if (project >= 0) return { kind: 'project', index: project };
  const projectGroup = data.projectGroups.findIndex((g) => g.name === group);
  if (projectGroup >= 0) return { kind: 'projectGroup', index: projectGroup };
  const dim = dimensionOf(framework, group);
  return dim ? { kind: 'dimension', ...dim } : undefined;
}

/** Every name a group may take, for the message when one matches nothing. */
function groupNames(data: ReportData, framework: Framework): string[] {
  return [...framework.dimensions.flatMap((d) => [d.name, ...d.aliases]), ...data.projectGroups.map((g) => g.name), ...data.projects.map((p) => p.name)];
}

function listed(names: readonly string[], max = 12): string {
  const shown = names.slice(0, max).map((n) => `“${n}”`).join('、');
  return names.length > max ? `${shown}等` : shown;
}

/**
 * References inside the data that must name something: an achievement's group, an indicator's
 * 一级指标, a project's group, a measure's problem, ids that must be unique. A reference that
 * matches nothing would drop its data from the draft without a word: it is an error naming both.
 */
export function referenceErrors(data: ReportData, framework: Framework, file: string): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const error = (code: Code, path: string, message: string): void => {
    errors.push({ code, severity: 'error', message: `${path}：${message}`, location: { file, path } });
  };
  if (data.kind === 'project' && data.meta.project === undefined) {
    error('JX_DATA_MISSING', 'meta.project', '项目支出报告须填写项目名称（project）');
  }

  const dimensionNames = framework.dimensions.flatMap((d) => [d.name, ...d.aliases]);
  data.indicators.forEach((ind, i) => {
    if (dimensionOf(framework, ind.level1)) return;
    const near = suggest(ind.level1, dimensionNames);
    error('JX_DATA_REFERENCE', `indicators[${i}].level1`, `一级指标“${ind.level1}”不在成效框架“${framework.name}”中（可写：${listed(dimensionNames)}）${near ? `；是否想写“${near}”？` : ''}`);
  });

  const names = groupNames(data, framework);
  data.achievements.forEach((a, i) => {
    if (resolveGroup(data, framework, a.group)) return;
    const near = suggest(a.group ?? '', names);
    error('JX_DATA_REFERENCE', `achievements[${i}].group`, `“${a.name}”归入的“${a.group}”不是成效框架“${framework.name}”的维度或一级指标，也不是项目或项目类别的名称，这项成效将无处可写（可写：${listed(names)}）${near ? `；是否想写“${near}”？` : ''}`);
  });

  const groupList = data.projectGroups.map((g) => g.name);
  data.projects.forEach((p, i) => {
    if (p.group === undefined || groupList.includes(p.group)) return;
    const near = suggest(p.group, groupList);
    error('JX_DATA_REFERENCE', `projects[${i}].group`, groupList.length === 0
      ? `项目“${p.name}”归入类别“${p.group}”，但 projectGroups 中没有任何类别；请在 projectGroups 中列出“${p.group}”`
      : `项目“${p.name}”归入的类别“${p.group}”不在 projectGroups 中（有：${listed(groupList)}）${near ? `；是否想写“${near}”？` : ''}`);
  });

  const problemIds = data.problems.map((p) => p.id).filter((id): id is string => id !== undefined);
  (data.measures ?? []).forEach((m, i) => {
    if (m.answers === undefined || problemIds.includes(m.answers)) return;
    const near = suggest(m.answers, problemIds);
    error('JX_DATA_REFERENCE', `measures[${i}].answers`, problemIds.length === 0
      ? `措施针对的问题“${m.answers}”不存在：problems 中没有写 id 的问题`
      : `措施针对的问题“${m.answers}”不在 problems 的 id 中（有：${listed(problemIds)}）${near ? `；是否想写“${near}”？` : ''}`);
  });

  const duplicates = (what: string, list: readonly (string | undefined)[], path: (i: number) => string): void => {
    const seen = new Map<string, number>();
    list.forEach((v, i) => {
      if (v === undefined) return;
      const first = seen.get(v);
      if (first !== undefined) error('JX_DATA_DUPLICATE', path(i), `${what}“${v}”与第 ${first + 1} 项重复`);
      else seen.set(v, i);
    });
  };
  duplicates('成效标识', data.achievements.map((a) => a.id), (i) => `achievements[${i}].id`);
  duplicates('问题标识', data.problems.map((p) => p.id), (i) => `problems[${i}].id`);
  duplicates('项目类别', data.projectGroups.map((g) => g.name), (i) => `projectGroups[${i}].name`);
  return errors;
}
