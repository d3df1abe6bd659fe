/**
 * The value stored under `key` in `map` itself, never one inherited from Object.prototype: keys
 * come from stored data, and `constructor` or `toString` must read as "not there", not as a function.
 */
export function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
