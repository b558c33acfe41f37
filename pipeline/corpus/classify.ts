import type { Part, Topic } from './types.js';

/**
 * Part rules, tried in order: the first match wins. Order matters where titles combine words:
 * 其他需要说明的问题 is not a problem, 资金使用及绩效情况 is performance, 存在的问题及改进措施 is problems,
 * 绩效自评结果拟应用和公开情况 is application, 预算资金绩效目标 is overview.
 * `strong` rules may override the part inherited from a parent heading; the weak words
 * (管理, 使用, 实施, 产出…) only decide a section whose ancestors say nothing, so
 * `1.管理制度不健全` under 问题 stays a problem.
 */
const PART_RULES: ReadonlyArray<{ part: Part; re: RegExp; strong: boolean }> = [
  { part: 'attachments', re: /附件|自评表|评价表|评分表|基础数据表/u, strong: true },
  { part: 'other', re: /其他需要说明|其它需要说明|其他说明事项/u, strong: true },
  { part: 'application', re: /结果应用|应用和公开|应用及公开|公开情况|结果.{0,8}应用/u, strong: true },
  { part: 'problems', re: /问题/u, strong: true },
  { part: 'measures', re: /改进|整改|建议|下一步|工作打算|工作思路/u, strong: true },
  { part: 'performance', re: /绩效情况|绩效分析|绩效评价|绩效自评|完成情况|实现情况/u, strong: true },
  { part: 'performance', re: /产出|效益|效果|满意度|决策|过程/u, strong: false },
  {
    part: 'usage',
    re: /支出情况|使用|管理|组织实施|实施情况|基本支出|项目支出|三公|预算执行|资金安排|收支|政府性基金|国有资本|社会保险基金/u,
    strong: false,
  },
  { part: 'overview', re: /基本情况|概况|绩效目标|职责|职能|内设机构|机构设置|人员|单位情况|项目简介|主要任务/u, strong: false },
];

/** The part a heading title names; with `strongOnly`, only the words that may override a parent's part. */
export function partOfTitle(title: string, strongOnly = false): Part | undefined {
  for (const rule of PART_RULES) if ((!strongOnly || rule.strong) && rule.re.test(title)) return rule.part;
  return undefined;
}

const TOPIC_RULES: ReadonlyArray<[Exclude<Topic, undefined>, RegExp]> = [
  ['functions', /职责|职能|(?:实施|主管)?单位(?:基本)?情况|单位概况/u],
  ['organization', /内设机构|机构设置|组织架构|组织机构/u],
  ['staffing', /人员(?!经费)|编制/u],
  ['purpose', /项目概况|资金基本情况|项目简介|资金用途|设立依据|立项依据/u],
  ['goals', /绩效目标|年度目标|目标设定/u],
  ['budget', /一般公共预算|预算(?:资金)?(?:安排|执行)|资金安排|使用及管理|实际使用|使用情况|收支情况/u],
  ['basic-expense', /基本支出|人员经费|公用经费/u],
  ['project-expense', /项目支出/u],
  // 管理效率 is a dimension of results and 资产管理 a section of its own, not how the money is managed.
  ['management', /(?<!资产)管理(?!效率)/u],
  ['implementation', /组织实施|实施情况|实施过程/u],
  ['decision', /决策/u],
  ['process', /过程/u],
  ['output', /产出/u],
  ['effect', /效益|效果/u],
  ['satisfaction', /满意度/u],
  ['fund', /政府性基金/u],
  ['state-capital', /国有资本/u],
  ['social-insurance', /社会保险基金|社保基金/u],
];

/**
 * The topic a heading title names. A table caption wins outright; otherwise exactly one topic
 * must match, because a title naming two (预算资金使用及管理情况, 预算支出产出和效益情况) heads a
 * broader section and carrying it as one topic would carry its neighbours too.
 */
export function topicOfTitle(title: string): Topic {
  if (/基础数据表|基础数据/u.test(title)) return 'base-table';
  if (/自评表|评价表|评分表/u.test(title)) return 'score-table';
  const found = new Set<Exclude<Topic, undefined>>();
  for (const [topic, re] of TOPIC_RULES) if (re.test(title)) found.add(topic);
  if (found.size !== 1) return undefined;
  return [...found][0];
}
