/**
 * A query as sent to Neo4j: comments removed and whitespace runs folded to one space, outside
 * string literals and backtick-quoted names (kept byte for byte). The files in cypher/ explain
 * themselves at length; sent as written, read-statements was 6 KB on every request, five socket
 * writes from the driver (it writes 1,400-byte chunks) and 6 KB for Neo4j to hash into its plan
 * cache, where the query itself is under 3 KB.
 */
export function compactCypher(text: string): string {
  let out = "";
  let pendingSpace = false;
  let index = 0;
  const emit = (chunk: string) => {
    if (pendingSpace && out.length > 0) out += " ";
    pendingSpace = false;
    out += chunk;
  };
  while (index < text.length) {
    const char = text[index] as string;
    const next = text[index + 1];
    if (char === "'" || char === '"' || char === "`") {
      // A literal or quoted name runs to its unescaped closing quote (`` doubles inside names).
      let end = index + 1;
      while (end < text.length) {
        const inner = text[end];
        if (inner === "\\" && char !== "`") end += 2;
        else if (inner === char) {
          if (char === "`" && text[end + 1] === "`") end += 2;
          else break;
        } else end++;
      }
      emit(text.slice(index, end + 1));
      index = end + 1;
    } else if (char === "/" && next === "/") {
      const end = text.indexOf("\n", index);
      index = end < 0 ? text.length : end;
      pendingSpace = true;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end < 0 ? text.length : end + 2;
      pendingSpace = true;
    } else if (/\s/.test(char)) {
      pendingSpace = true;
      index++;
    } else {
      emit(char);
      index++;
    }
  }
  return out;
}
