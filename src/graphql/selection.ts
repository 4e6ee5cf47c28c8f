/**
 * What a query selects below the field being resolved, so a resolver can leave out work nobody
 * asked for. Fragments (inline and named) are followed; @skip/@include are not evaluated, so a
 * conditionally selected field counts as selected (the safe side: the work is done).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

function fieldsNamed(name: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

/** Whether the query selects the field at `path` (e.g. ["edges", "statementIds"]) below the current field. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const [depth, name] of path.entries()) {
    const fields = fieldsNamed(name, sets, info);
    if (fields.length === 0) return false;
    if (depth === path.length - 1) return true;
    sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return false;
}
