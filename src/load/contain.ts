import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Why `absPath` may not be read from a run rooted at `root` (outside it, or a link leading out of it),
 * or undefined when it may. A path that does not exist is left to the caller's own "not found".
 */
export function outsideReason(root: string, absPath: string): string | undefined {
  const inside = (base: string, target: string) => {
    const relative = path.relative(base, target);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (!inside(path.resolve(root), path.resolve(absPath))) return 'it is outside the working directory';
  try {
    if (!inside(realpathSync(root), realpathSync(absPath))) return 'it is a link that leads outside the working directory';
  } catch {
    return undefined;
  }
  return undefined;
}
