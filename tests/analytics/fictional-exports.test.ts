/**
 * Exports (GraphML, GEXF, CSV, statement CSV) of the FICTIONAL meetings, read back by an
 * INDEPENDENT reader: Debian's python3-networkx (nx.read_graphml / nx.read_gexf, through
 * tests/analytics/read_with_networkx.py run by /usr/bin/python3), and CSV parsed per RFC 4180 here.
 * Nodes, edges and weights are compared with the API's answer for the same network.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AnalyticNetwork } from "../../src/analytics/networks.js";
import type { Database } from "../../src/db/database.js";
import { exportToFiles, parseExportArguments } from "../../src/cli/commands/export.js";
import { toGexf } from "../../src/export/gexf.js";
import { toGraphml } from "../../src/export/graphml.js";
import { csvField, xmlEscape } from "../../src/export/text.js";
import type { Api } from "../api/helpers/api-harness.js";
import { useFictionalApi } from "../support/fictional-api.js";
import { fictionalStatementIds as S } from "../fixtures/api/fictional-meetings.js";

const PYTHON = "/usr/bin/python3";
const READER = path.join(import.meta.dirname, "read_with_networkx.py");
const dir = mkdtempSync(path.join(tmpdir(), "kg-fictional-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let db: Database;
let api: Api;

useFictionalApi((started) => {
  ({ db, api } = started);
});

interface NxGraph {
  multigraph: boolean;
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

function readWithNetworkx(format: "graphml" | "gexf", content: string): NxGraph {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.${format}`);
  writeFileSync(file, content, "utf8");
  const result = spawnSync(PYTHON, [READER, format, file], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`networkx could not read ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as NxGraph;
}

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += c;
  }
  if (field || record.length) throw new Error("CSV does not end with CRLF");
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ""])));
}

type Edge = { source: string; target: string; weight: number; stance: string | null; stances: { stance: string; count: number }[] };
type Node = { id: string; label: string; type: string; degree: number; weightedDegree: number; polarisation: number | null };
const NET = "nodes { id label type degree weightedDegree polarisation } edges { source target weight stance stances { stance count } }";
const pair = (a: string, b: string) => [a, b].sort().join("|");
const apiEdges = (edges: Edge[]) => edges.map((e) => `${pair(e.source, e.target)}|${e.stance?.toLowerCase() ?? ""}=${e.weight}`).sort();
const nxEdges = (g: NxGraph) => g.edges.map(([u, v, d]) => `${pair(u, v)}|${(d.stance as string | undefined) ?? ""}=${Number(d.weight)}`).sort();

const CASES = [
  { kind: "ACTOR_TOPIC", options: "{}" },
  { kind: "ACTOR_TOPIC", options: "{ qualifier: PER_STANCE }" },
  { kind: "CONGRUENCE", options: "{ normalisation: COSINE }" },
  { kind: "CONFLICT", options: "{}" },
  { kind: "SUBTRACT", options: "{ normalisation: JACCARD }" },
  { kind: "TOPICS", options: "{ topicLink: SHARED_ACTORS }" },
] as const;

describe("GraphML and GEXF read by networkx equal the API's network", () => {
  for (const { kind, options } of CASES) {
    it(`${kind} ${options}`, async () => {
      const data = await api.data(`{
        net: network(kind: ${kind}, options: ${options}) { ${NET} }
        graphml: exportNetwork(kind: ${kind}, format: GRAPHML, options: ${options}) { filename mediaType content }
        gexf: exportNetwork(kind: ${kind}, format: GEXF, options: ${options}) { filename mediaType content }
      }`);
      const nodes = data.net.nodes as Node[];
      const edges = data.net.edges as Edge[];
      expect(data.graphml.mediaType).toMatch(/^application\/graphml\+xml/);
      expect(data.gexf.filename).toMatch(/\.gexf$/);
      for (const format of ["graphml", "gexf"] as const) {
        const g = readWithNetworkx(format, data[format].content);
        expect(g.directed).toBe(false);
        expect(g.multigraph).toBe(options.includes("PER_STANCE"));
        expect(Object.keys(g.nodes).sort()).toEqual(nodes.map((n) => n.id).sort());
        expect(nxEdges(g)).toEqual(apiEdges(edges));
        for (const node of nodes) {
          const attrs = g.nodes[node.id] as Record<string, unknown>;
          expect(attrs.label).toBe(node.label);
          expect(attrs.type).toBe(node.type);
          expect(Number(attrs.degree)).toBe(node.degree);
          expect(Number(attrs.weightedDegree)).toBeCloseTo(node.weightedDegree, 9);
          if (node.polarisation === null) expect(attrs.polarisation).toBeUndefined();
          else expect(Number(attrs.polarisation)).toBeCloseTo(node.polarisation, 9);
        }
      }
    });
  }

  it("counts per stance and dates are edge attributes", async () => {
    const data = await api.data(`{ exportNetwork(kind: ACTOR_TOPIC, format: GRAPHML) { content } }`);
    const g = readWithNetworkx("graphml", data.exportNetwork.content);
    const kc = g.edges.find(([u, v]) => pair(u, v) === pair("office:korpschef", "topic:cybercrime"))?.[2];
    // korpschef on cybercrime: s1 support, s6 concern (2019-11-05), s7 oppose (2020-03-10).
    expect(kc).toMatchObject({ count_support: 1, count_concern: 1, count_oppose: 1, count_request: 0, statementCount: 3, firstDate: "2019-11-05", lastDate: "2020-03-10" });
  });
});

describe("dynamic GEXF from time windows", () => {
  it("nodes and edges carry one spell per window they are in, and the per-window weight", async () => {
    const data = await api.data(`{
      windows: networkWindows(kind: CONGRUENCE, window: { size: 1, unit: YEAR }, step: { size: 1, unit: YEAR }, filter: { from: "2019-01-01", to: "2020-12-31" }) { start end network { ${NET} } }
      gexf: exportNetwork(kind: CONGRUENCE, format: GEXF, window: { size: 1, unit: YEAR }, step: { size: 1, unit: YEAR }, filter: { from: "2019-01-01", to: "2020-12-31" }) { filename content }
    }`);
    expect(data.gexf.filename).toBe("congruence-network-windows.gexf");
    const g = readWithNetworkx("gexf", data.gexf.content);
    // 2019: regioburgemeesters–korpschef; 2020: regioburgemeesters–minister (hand-computed in fictional-network-measures.test.ts).
    expect(g.nodes["group:regioburgemeesters"]?.spells).toEqual([
      ["2019-01-01", "2019-12-31"],
      ["2020-01-01", "2020-12-31"],
    ]);
    expect(g.nodes["office:korpschef"]?.spells).toEqual([["2019-01-01", "2019-12-31"]]);
    const edges = Object.fromEntries(g.edges.map(([u, v, d]) => [pair(u, v), d]));
    expect(edges[pair("group:regioburgemeesters", "office:korpschef")]).toMatchObject({ weight: 1, spells: [["2019-01-01", "2019-12-31"]], windowWeight: [[1, "2019-01-01", "2019-12-31"]] });
    expect(edges[pair("group:regioburgemeesters", "office:minister-jenv")]).toMatchObject({ weight: 1, spells: [["2020-01-01", "2020-12-31"]] });
    const fromApi = (data.windows as { network: { edges: Edge[] } }[]).flatMap((w) => apiEdges(w.network.edges));
    expect(nxEdges(g)).toEqual(fromApi.sort());
  });

  it("refuses windows for GRAPHML and a window without a step", async () => {
    const a = await api.gql(`{ exportNetwork(kind: CONFLICT, format: GRAPHML, window: { size: 1, unit: YEAR }, step: { size: 1, unit: YEAR }) { content } }`);
    const b = await api.gql(`{ exportNetwork(kind: CONFLICT, format: GEXF, window: { size: 1, unit: YEAR }) { content } }`);
    expect(a.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(b.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("CSV", () => {
  it("nodes and edges tables parse back to the API's network", async () => {
    const data = await api.data(`{
      net: actorConflictNetwork { ${NET} }
      nodes: exportNetwork(kind: CONFLICT, format: NODES_CSV) { filename mediaType content }
      edges: exportNetwork(kind: CONFLICT, format: EDGES_CSV) { filename content }
    }`);
    expect(data.nodes.filename).toBe("conflict-network.nodes.csv");
    expect(data.nodes.mediaType).toMatch(/^text\/csv/);
    const nodes = parseCsv(data.nodes.content);
    expect(nodes.map((n) => [n.Id, n.Label, Number(n.degree)])).toEqual((data.net.nodes as Node[]).map((n) => [n.id, n.label, n.degree]));
    const edges = parseCsv(data.edges.content);
    expect(edges.map((e) => `${pair(e.Source as string, e.Target as string)}|=${Number(e.Weight)}`).sort()).toEqual(apiEdges(data.net.edges));
    expect(edges.every((e) => e.Type === "Undirected")).toBe(true);
  });

  it("statement-level CSV: one row per statement, actor and topic", async () => {
    const data = await api.data(`{ exportNetwork(kind: ACTOR_TOPIC, format: STATEMENTS_CSV) { filename content } }`);
    const rows = parseCsv(data.exportNetwork.content);
    // s1..s5, s7, s8: one row each (7); s6 is about two topics (2); s9 is by two actors (2) -> 11.
    expect(rows).toHaveLength(11);
    const s9 = rows.filter((r) => r.statement === S.s9).map((r) => [r.actor, r.office, r.person, r.topic, r.stance, r.date]);
    expect(s9).toEqual([
      ["group:regioburgemeesters", "", "Carla Bedacht", "topic:ondermijning", "commitment", "2020-03-10"],
      ["office:minister-jenv", "minister van Justitie en Veiligheid", "Carla Bedacht", "topic:ondermijning", "commitment", "2020-03-10"],
    ]);
    const s1 = rows.find((r) => r.statement === S.s1);
    expect(s1).toMatchObject({ actor: "office:korpschef", office: "korpschef", person: "Anna Fictief", stance: "support", text: "De korpschef steunt de verzonnen cyberaanpak." });
    expect(s1?.documentSource).toBe("fictional-lovp-2019-11-05.txt");
    expect(Number(s1?.end) - Number(s1?.start)).toBe((s1?.text ?? "").length);
  });
});

describe("escaping", () => {
  const tricky = `Fictief & "Co" <test>, 'x'\nregel twee`;
  it("XML and CSV escaping by hand", () => {
    expect(xmlEscape(`a & <b> "c" 'd'`)).toBe("a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
    expect(csvField(`plain`)).toBe("plain");
    expect(csvField(`a,b`)).toBe(`"a,b"`);
    expect(csvField(`say "hi"`)).toBe(`"say ""hi"""`);
    expect(csvField("two\r\nlines")).toBe(`"two\r\nlines"`);
  });

  it("labels with markup, quotes and newlines survive GraphML and GEXF through networkx", () => {
    const network: AnalyticNetwork = {
      kind: "topics",
      nodes: ["a", "b"].map((id) => ({ id: `topic:${id}&<"'>`, label: `${tricky} ${id}`, type: "topic", kind: null, statementCount: 1, degree: 1, weightedDegree: 0.5, polarisation: null, firstDate: null, lastDate: null })),
      edges: [{ source: `topic:a&<"'>`, target: `topic:b&<"'>`, weight: 0.5, rawWeight: 1, stance: null, polarity: null, stances: [], topicIds: [], actorIds: [], statementIds: ["x"], firstDate: null, lastDate: null }],
    };
    for (const [format, text] of [["graphml", toGraphml(network, tricky)], ["gexf", toGexf(network, tricky)]] as const) {
      const g = readWithNetworkx(format, text);
      expect(g.nodes[`topic:a&<"'>`]?.label).toBe(`${tricky} a`);
      expect(g.edges[0]?.[2].weight).toBe(0.5);
    }
  });
});

describe("kg export (CLI)", () => {
  it("writes FILE-nodes.csv and FILE-edges.csv, GraphML, and the statements", async () => {
    const base = path.join(dir, "cli-topics.csv");
    const written = await exportToFiles(db, parseExportArguments(["--network", "topics", "--format", "csv", "--topic-link", "shared-actors", "--normalise", "cosine", "--out", base]), 120_000);
    expect(written).toEqual([path.join(dir, "cli-topics-nodes.csv"), path.join(dir, "cli-topics-edges.csv")]);
    const edges = parseCsv(readFileSync(written[1] as string, "utf8"));
    const cyberOnd = edges.find((e) => pair(e.Source as string, e.Target as string) === pair("topic:cybercrime", "topic:ondermijning"));
    expect(Number(cyberOnd?.Weight)).toBeCloseTo(1, 9); // 3 shared actors / sqrt(3 * 3)
    expect(cyberOnd?.rawWeight).toBe("3");

    const graphml = path.join(dir, "cli-conflict.graphml");
    await exportToFiles(db, parseExportArguments(["--network", "conflict", "--format", "graphml", "--actor", "office:korpschef", "--out", graphml]), 120_000);
    const g = readWithNetworkx("graphml", readFileSync(graphml, "utf8"));
    // The conflict edges touching the korpschef: with the regioburgemeesters and with the minister, weight 1 each.
    expect(nxEdges(g)).toEqual([`${pair("group:regioburgemeesters", "office:korpschef")}|=1`, `${pair("office:korpschef", "office:minister-jenv")}|=1`]);

    const statements = path.join(dir, "cli-statements.csv");
    await exportToFiles(db, parseExportArguments(["--statements", "--from", "2020-01-01", "--out", statements]), 120_000);
    // 2020: s7, s8, s9 (two actors) -> 4 rows.
    expect(parseCsv(readFileSync(statements, "utf8"))).toHaveLength(4);
  });

  it("usage errors", () => {
    expect(() => parseExportArguments(["--network", "friends", "--format", "csv", "--out", "x"])).toThrow(/--network must be one of/);
    expect(() => parseExportArguments(["--network", "topics", "--format", "csv"])).toThrow(/--out/);
    expect(() => parseExportArguments(["--network", "topics", "--format", "graphml", "--window", "1y", "--step", "1y", "--out", "x"])).toThrow(/gexf or csv/);
    expect(() => parseExportArguments(["--network", "topics", "--format", "gexf", "--window", "1y", "--out", "x"])).toThrow(/go together/);
    expect(parseExportArguments(["--network", "congruence", "--format", "gexf", "--window", "6m", "--step", "1m", "--out", "x"]).window).toEqual({ size: 6, unit: "month" });
  });
});
