export type DataPath = Array<string | number>;

/** Returned by a visitor: do not descend into this entry's value. */
export const SKIP_ENTRY = Symbol('skip-entry');

/**
 * Visits every mapping entry of parsed data (iteratively, so deep documents cannot overflow the stack;
 * nothing deeper than `maxDepth`) and returns the first result the visitor gives.
 */
export function findInData<T>(
  data: unknown,
  maxDepth: number,
  visit: (key: string, value: unknown, parentPath: DataPath) => T | typeof SKIP_ENTRY | undefined,
): T | undefined {
  const stack: Array<{ value: unknown; path: DataPath }> = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > maxDepth || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      const result = visit(key, child, path);
      if (result === SKIP_ENTRY) continue;
      if (result !== undefined) return result;
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/** Reverses `list[first..]` in place. */
export function reverseFrom<T>(list: T[], first: number): void {
  for (let low = first, high = list.length - 1; low < high; low++, high--) {
    const item = list[low];
    list[low] = list[high];
    list[high] = item;
  }
}
