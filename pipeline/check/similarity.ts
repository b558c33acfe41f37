/**
 * How alike a mention's subject and a fact's label are: the Dice coefficient of their character
 * bigrams, after dropping words that qualify any metric (全年, 达到, 总数…). Chinese metric names
 * share long runs of characters, so bigrams separate 技术合同成交额 from 技术合同登记 well enough,
 * and the cost is linear in the string length.
 */
const FILLER = /全年|年度|本年|当年|全市|全区|全县|全省|累计|共计|合计|总计|达到|达|为|实现|完成|其中|共|约|超过|超|以上|左右|的|了|年末|年底|截至|截止|目前|实际|[\s"“”‘’《》（）()、，,：:；;。/|·]/g;

export function normalizeSubject(text: string): string {
  // A name in quotes (“2024年科技发展专项资金”) says whose, not what: the metric is outside it.
  const unquoted = text.replace(/“[^”]{2,}”/g, '');
  return (unquoted.replace(FILLER, '') || text.replace(FILLER, ''));
}

export function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) grams.set(chars[0] ?? '', 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const g = `${chars[i]}${chars[i + 1]}`;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 0;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return (2 * shared) / total;
}

/**
 * Similarity of a subject to a label: the Dice score, raised to 0.9 when one ends with the other
 * and the shorter has at least four characters (国家高新技术企业总数 ends with 高新技术企业总数).
 */
export function subjectSimilarity(subject: string, subjectGrams: Map<string, number>, label: string, labelGrams: Map<string, number>): number {
  if (subject === '' || label === '') return 0;
  const shorter = subject.length <= label.length ? subject : label;
  const longer = shorter === subject ? label : subject;
  // The metric noun ends a Chinese subject (芦淞区…全年预算金额, 年末实有在职人数): a label the
  // subject ends with is the subject's metric; one buried inside it (…结转结余指标) need not be.
  if (shorter.length >= 4 && longer.endsWith(shorter)) return Math.max(0.9, dice(subjectGrams, labelGrams));
  return dice(subjectGrams, labelGrams);
}
