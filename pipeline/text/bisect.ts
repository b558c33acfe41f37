/** The number of leading items ≤ `value` in ascending `items`: where `value` would be inserted after its equals. */
export function upperBound(items: readonly number[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
