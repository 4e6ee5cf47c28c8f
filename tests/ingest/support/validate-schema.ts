/**
 * A small JSON Schema validator for the subset schema/extraction.schema.json uses: type (incl.
 * arrays of types and "integer"), enum, required, properties, additionalProperties: false, items,
 * pattern, minimum, maximum, oneOf and local $ref. Returns the problems as JSON-pointer messages.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isInteger(value)) return "integer";
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

export function validate(root: Schema, value: unknown): string[] {
  const problems: string[] = [];
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref as string | undefined;
    if (!ref) return schema;
    const target = ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Schema)[key], root);
    return { ...(target as Schema), ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) };
  };
  const check = (schemaIn: Schema, v: unknown, at: string): boolean => {
    const schema = resolve(schemaIn);
    const before = problems.length;
    if (schema.oneOf) {
      const passing = (schema.oneOf as Schema[]).filter((s) => silent(s, v));
      if (passing.length !== 1) problems.push(`${at}: matches ${passing.length} of oneOf`);
    }
    if (schema.type) {
      const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
      if (!types.some((t) => matchesType(v, t))) problems.push(`${at}: expected ${types.join("|")}, got ${typeOf(v)}`);
    }
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) problems.push(`${at}: ${JSON.stringify(v)} not in enum`);
    if (typeof v === "string" && schema.pattern && !new RegExp(schema.pattern as string).test(v)) problems.push(`${at}: "${v}" does not match ${schema.pattern}`);
    if (typeof v === "number") {
      if (schema.minimum !== undefined && v < (schema.minimum as number)) problems.push(`${at}: below minimum`);
      if (schema.maximum !== undefined && v > (schema.maximum as number)) problems.push(`${at}: above maximum`);
    }
    if (typeOf(v) === "object") {
      const obj = v as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) problems.push(`${at}: missing ${key}`);
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, child] of Object.entries(obj)) {
        if (props[key]) check(props[key]!, child, `${at}/${key}`);
        else if (schema.additionalProperties === false) problems.push(`${at}: unexpected property ${key}`);
      }
    }
    if (Array.isArray(v) && schema.items) v.forEach((item, i) => check(schema.items as Schema, item, `${at}/${i}`));
    return problems.length === before;
  };
  const silent = (schema: Schema, v: unknown): boolean => {
    const saved = problems.length;
    const ok = check(schema, v, "");
    problems.length = saved;
    return ok;
  };
  check(root, value, "");
  return problems;
}
