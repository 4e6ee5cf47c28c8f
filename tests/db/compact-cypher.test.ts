import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compactCypher } from "../../src/db/compact-cypher.js";
import { projectRoot } from "../../src/config/project-root.js";

describe("compactCypher", () => {
  it("drops line and block comments and folds whitespace", () => {
    expect(compactCypher("// header\nMATCH (n)\n  // why\n  WHERE n.x = 1 /* note */\nRETURN n  // trailing\n")).toBe("MATCH (n) WHERE n.x = 1 RETURN n");
  });

  it("keeps string literals and quoted names byte for byte, comment markers and spaces included", () => {
    const query = "RETURN 'a  // not a comment' AS `odd  // name`, \"it\\'s /* kept */\" AS b, 'x\\'  y' AS c, `a``b` AS d";
    expect(compactCypher(query)).toBe(query);
    expect(compactCypher("WITH a.id + '\\u001f' + b.id AS key\n  // c\nRETURN key")).toBe("WITH a.id + '\\u001f' + b.id AS key RETURN key");
  });

  it("leaves every query in cypher/ with the same tokens outside comments", () => {
    const dir = path.join(projectRoot, "cypher");
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".cypher"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const compact = compactCypher(text);
      expect(compact, file).not.toMatch(/^\s|\s$|\s\s/);
      // Every non-comment line's words survive in order.
      const words = text
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join(" ")
        .split(/\s+/)
        .filter(Boolean);
      expect(compact.split(" ").join(" "), file).toBe(words.join(" ").replace(/\s*\/\/.*$/, ""));
    }
  });
});
