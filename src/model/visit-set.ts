import type { PathSegment } from '../load/source-file.js';
import type { Classification, JsonObject, Located } from './contract.js';

interface SeenVisit {
  absPath: string;
  path: readonly PathSegment[];
  propertyName: string;
  personal: boolean | undefined;
  classificationPath: readonly PathSegment[] | undefined;
}

/**
 * The schema walk's record of visits already made, equal to keying each visit by the string
 * `file#pointer|propertyName|personal:classificationPointer` but without building and hashing that
 * string for every schema of a large contract: visits are grouped by the schema object itself (one
 * place holds one object; an object at several places, through YAML aliases, keeps one entry per place),
 * and paths are compared segment by segment as their JSON Pointers would be.
 */
export class SchemaVisitSet {
  private readonly byValue = new Map<JsonObject, SeenVisit[]>();

  /** Records the visit and returns true, or returns false when an equal visit was recorded before. */
  add(node: Located<JsonObject>, propertyName: string | undefined, classification: Classification | undefined): boolean {
    const name = propertyName ?? '';
    const personal = classification ? classification.personal : undefined;
    const classificationPath = classification ? classification.at.path : undefined;
    let list = this.byValue.get(node.value);
    if (list === undefined) {
      list = [];
      this.byValue.set(node.value, list);
    }
    for (const seen of list) {
      if (
        seen.propertyName === name &&
        seen.personal === personal &&
        seen.absPath === node.file.absPath &&
        samePointer(seen.path, node.path) &&
        (seen.classificationPath === classificationPath || (seen.classificationPath !== undefined && classificationPath !== undefined && samePointer(seen.classificationPath, classificationPath)))
      ) {
        return false;
      }
    }
    list.push({ absPath: node.file.absPath, path: node.path, propertyName: name, personal, classificationPath });
    return true;
  }
}

/** Whether two paths have the same JSON Pointer (`toPointer` is one-to-one on the segments' string forms). */
export function samePointer(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = a.length - 1; index >= 0; index--) {
    const x = a[index];
    const y = b[index];
    if (x !== y && String(x) !== String(y)) return false;
  }
  return true;
}
