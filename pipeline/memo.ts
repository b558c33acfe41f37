/** A cache a value is read into once: a Map, or a WeakMap for keys that live as long as their document. */
interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept for `key`, read and kept on the first ask: the rules and the figure reader ask the
 * same question of the same text, table or row again and again. undefined is a value too (one more
 * lookup tells it from absence).
 */
export function readOnce<K, V>(cache: Cache<K, V>, key: K, read: (key: K) => V): V {
  const kept = cache.get(key);
  if (kept !== undefined || cache.has(key)) return kept as V;
  const value = read(key);
  cache.set(key, value);
  return value;
}
