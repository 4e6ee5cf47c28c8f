/**
 * Resolves the concrete GraphQL type of a value returned through an interface. Every value the
 * resolvers return carries `__typename` (set where records become GraphQL objects), so there is
 * one rule and no guessing from shapes.
 */
export function typeNameOf(value: unknown): string | undefined {
  if (value && typeof value === "object" && "__typename" in value) return String((value as { __typename: unknown }).__typename);
  return undefined;
}
