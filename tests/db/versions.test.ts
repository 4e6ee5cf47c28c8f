import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/project-root.js";

const read = (file: string): string => readFileSync(path.join(projectRoot, file), "utf8");

describe("the Neo4j version", () => {
  it("is the same in neo4j/pom.xml and docker-compose.yml, so both modes run the same server", () => {
    const pomVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(read("neo4j/pom.xml"))?.[1];
    const imageVersion = /image:\s*neo4j:([\w.]+)-community\s*$/m.exec(read("docker-compose.yml"))?.[1];
    expect(pomVersion).toMatch(/^5\.26\.\d+$/);
    expect(imageVersion).toBe(pomVersion);
  });
});
