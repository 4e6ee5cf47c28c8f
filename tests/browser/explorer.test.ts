/**
 * The web explorer in a real browser (Debian's Chromium via playwright-core) against the real
 * server: Neo4j with the seed (plus two fictional, earlier meetings so the date window has a
 * range), the GraphQL API and the bundle built by scripts/build-web.ts, all in this process.
 * Drawn nodes are read from the page's text equivalent and window.__explorer, not from pixels.
 * The network the page draws and the file it downloads are compared with the API's own answer
 * for the same arguments, asked directly. A screenshot goes to tests/artifacts/ on every run.
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb } from "../../scripts/build-web.js";
import { parseConfig } from "../../src/config/config.js";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database } from "../../src/db/database.js";
import { ingestPaths } from "../../src/load/ingest-paths.js";
import { startServer } from "../../src/server/server.js";
import { writeFictionalCorpus } from "../fixtures/extractions/fictional-corpus.js";
import { connectTestDatabase, wipeDatabase } from "../support/database.js";
import { launchChromium, type Chromium } from "./support/chromium.js";

const ARTIFACTS = path.join(projectRoot, "tests", "artifacts");
const SEED_DOCUMENTS = path.join(projectRoot, "seeds", "documents");

interface DrawnNode {
  key: string;
  id: string;
  kind: string;
  label: string;
  count: number;
}

let db: Database;
let server: Awaited<ReturnType<typeof startServer>>;
let baseUrl: string;
let browser: Chromium;
let temp: string;
const foreignRequests: string[] = [];
/** Every GraphQL operation each page sent, by name, in order (from before its first request). */
const sentOperations = new WeakMap<Page, string[]>();

/**
 * Set-up failures (Chromium missing above all) are kept and rethrown by every test, so each test
 * fails with the reason instead of being reported as skipped.
 */
let setupError: unknown = null;
function ready(): void {
  if (setupError !== null) throw setupError;
}

beforeAll(async () => {
  try {
    browser = await launchChromium();
    db = await connectTestDatabase();
    await wipeDatabase(db);
    temp = await mkdtemp(path.join(os.tmpdir(), "stance-graph-explorer-"));
    const fictional = await writeFictionalCorpus(path.join(temp, "fictional"), { documents: 2, seed: 7 });
    const report = await ingestPaths(db, [SEED_DOCUMENTS, ...fictional]);
    if (report.totals.failed > 0) throw new Error(`ingest failed for ${report.totals.failed} document(s)`);
    await buildWeb();
    server = await startServer({ config: parseConfig({ PORT: "0", HOST: "127.0.0.1" }), database: db, log: () => undefined });
    baseUrl = server.url.replace(/\/$/, "");
  } catch (error) {
    setupError = error;
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

async function openPage(hash = ""): Promise<Page> {
  ready();
  const page = await browser.context.newPage();
  const origin = new URL(baseUrl).origin;
  const sent: string[] = [];
  sentOperations.set(page, sent);
  page.on("request", (request) => {
    const name = /"operationName":"(\w+)"/.exec(request.postData() ?? "")?.[1];
    if (name) sent.push(name);
    const url = request.url();
    // blob: URLs of the page's own origin are the downloads, saved from memory.
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith(`blob:${origin}/`)) foreignRequests.push(url);
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
  const failure = await page.evaluate(() => window.__explorer.error);
  expect(failure, "the explorer failed to load its data").toBeNull();
  expect(errors).toEqual([]);
  return page;
}

/** Waits until the network for the current URL is drawn (the API answers asynchronously). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.network === "ready", null, { timeout: 30_000 });
}

/** Waits until the status count and the timeline show the API's answer for the current URL. */
async function counted(page: Page): Promise<void> {
  await settled(page);
  await page.waitForFunction(() => document.body.dataset.counts === "ready", null, { timeout: 30_000 });
}

/** Waits until the details panel has its statements (or summary counts) for the current selection. */
async function detailed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("details")?.dataset.ready === "true", null, { timeout: 30_000 });
}

const listedIds = (page: Page): Promise<(string | null)[]> =>
  page.locator("#statement-list li.statement").evaluateAll((items) => items.map((item) => item.getAttribute("data-statement-id")));

const STATEMENTS_QUERY = `query ($filter: StatementFilter, $first: Int!, $after: String) {
  statements(filter: $filter, first: $first, after: $after, order: DESC) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }`;
interface ApiStatements {
  statements: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}
/** The details list's page size (src/web/main.ts). */
const PAGE_SIZE = 25;

/** The whole network, labels included, lies on the canvas (a pixel of rounding allowed). */
async function expectFitted(page: Page): Promise<void> {
  const box = await page.evaluate(() => window.__explorer.drawnExtent());
  expect(box.x1, JSON.stringify(box)).toBeGreaterThanOrEqual(-1);
  expect(box.y1, JSON.stringify(box)).toBeGreaterThanOrEqual(-1);
  expect(box.x2, JSON.stringify(box)).toBeLessThanOrEqual(box.width + 1);
  expect(box.y2, JSON.stringify(box)).toBeLessThanOrEqual(box.height + 1);
}

/** Asks the API directly, as any client would. */
async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

interface ApiNetwork {
  nodes: { id: string; type: string; degree: number; weightedDegree: number; polarisation: number | null }[];
  edges: { source: string; target: string; weight: number; stance: string | null }[];
}
const NETWORK_QUERY = `query ($kind: NetworkKind!, $filter: NetworkFilter, $options: NetworkOptions) {
  network(kind: $kind, filter: $filter, options: $options) { nodes { id type degree weightedDegree polarisation } edges { source target weight stance } } }`;
const WINDOWS_QUERY = `query ($kind: NetworkKind!, $window: PeriodInput!, $step: PeriodInput!) {
  networkWindows(kind: $kind, window: $window, step: $step) { start end network { nodes { id type degree weightedDegree polarisation } edges { source target weight stance } } } }`;
const EXPORT_QUERY = `query ($kind: NetworkKind!, $format: ExportFormat!, $filter: NetworkFilter, $options: NetworkOptions) {
  exportNetwork(kind: $kind, format: $format, filter: $filter, options: $options) { filename mediaType content } }`;

/** The API's edges keyed as the explorer keys them, with their weights. */
function weightsByKey(network: ApiNetwork): Record<string, number> {
  const type = new Map(network.nodes.map((n) => [n.id, n.type]));
  const key = (id: string) => `${type.get(id)}:${id}`;
  return Object.fromEntries(network.edges.map((e) => [`${key(e.source)}|${key(e.target)}${e.stance ? `|${e.stance.toLowerCase()}` : ""}`, e.weight]));
}

const drawnWeights = async (page: Page): Promise<Record<string, number>> =>
  Object.fromEntries((await page.evaluate(() => window.__explorer.renderedEdges())).map((e) => [e.key, e.weight]));

/** Counts the page's network and export requests by operation name (document loads are not counted). */
function countOperations(page: Page): Record<string, number> {
  const counts: Record<string, number> = {};
  page.on("request", (request) => {
    const name = /"operationName":"(Explorer(?:Network|NetworkWindows|Export))"/.exec(request.postData() ?? "")?.[1];
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  });
  return counts;
}

const drawnNodes = (page: Page): Promise<DrawnNode[]> => page.evaluate(() => window.__explorer.nodes());
const labels = (nodes: DrawnNode[], kind: string): string[] => nodes.filter((n) => n.kind === kind).map((n) => n.label.toLowerCase());

describe("web explorer in Chromium", () => {
  it("draws the seed's main actors and topics and writes a screenshot", async () => {
    const page = await openPage();
    await counted(page);
    const nodes = await drawnNodes(page);
    const actors = labels(nodes, "actor");
    for (const expected of [/minister/, /korpschef/, /regioburgemeesters/, /\bpg\b|procureur/, /burgemeester van amsterdam/]) {
      expect(actors.some((label) => expected.test(label)), `actor ${expected} in ${actors.join(", ")}`).toBe(true);
    }
    const topics = labels(nodes, "topic");
    for (const expected of ["cybercrime", "ondermijning", "stroomstootwapen"]) {
      expect(topics.some((label) => label.includes(expected)), `topic ${expected} in ${topics.join(", ")}`).toBe(true);
    }
    // The text equivalent lists exactly the drawn nodes, as focusable buttons.
    const listed = await page.locator("#node-list button[data-node]").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-node")));
    expect(listed.sort()).toEqual(nodes.map((n) => n.key).sort());
    expect(await page.locator("#network").getAttribute("aria-label")).toMatch(/Network of \d+ actors and \d+ topics/);
    expect(await page.locator("#network canvas").count()).toBeGreaterThan(0);
    // Legend names every stance; the timeline has bars.
    for (const stance of ["support", "oppose", "concern", "request", "commitment", "inform"]) {
      await expect(page.locator("#legend").getByText(stance, { exact: true }).count()).resolves.toBe(1);
    }
    expect(await page.locator("#timeline svg g.bar").count()).toBeGreaterThan(1);
    await expectFitted(page);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer.png") });
    await page.close();
  });

  it("clicking the korpschef lists his statements with highlighted source sentences and a document link", async () => {
    const page = await openPage();
    const korpschef = (await drawnNodes(page)).find((n) => n.kind === "actor" && /korpschef/i.test(n.label));
    expect(korpschef).toBeDefined();
    // Click the node on the canvas itself.
    const position = await page.evaluate((key) => window.__explorer.position(key), korpschef!.key);
    expect(position).not.toBeNull();
    await page.mouse.click(position!.x, position!.y);
    await page.waitForSelector("#statement-list li.statement mark");
    await detailed(page);
    expect(await page.locator("#details-title").textContent()).toMatch(/korpschef/i);
    const items = page.locator("#statement-list li.statement");
    // Exactly the API's first page of the korpschef's statements, newest first.
    const expected = await api<ApiStatements>(STATEMENTS_QUERY, { filter: { actors: [korpschef!.id] }, first: PAGE_SIZE });
    expect(await listedIds(page)).toEqual(expected.statements.edges.map((e) => e.node.id));
    const first = items.first();
    expect(await first.locator(".speaker").textContent()).toMatch(/korpschef/i);
    expect(await first.locator("time").getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await first.locator("mark").textContent())!.trim().length).toBeGreaterThan(5);
    expect(await first.locator(".badge").textContent()).toMatch(/support|oppose|concern|request|commitment|inform/);
    expect(page.url()).toContain("sel=actor");
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-korpschef.png") });

    // The statement opens in its document, highlighted.
    const marked = (await first.locator("mark").textContent())!.replace(/\s+/g, " ").trim();
    await first.locator("a.doc-link").click();
    await page.waitForSelector("#document-text mark#highlight");
    expect(page.url()).toMatch(/#\/document\/[^?]+\?highlight=\d+-\d+$/);
    expect((await page.locator("#highlight").textContent())!.replace(/\s+/g, " ").trim()).toBe(marked);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-document.png") });
    // Back to the network with the selection kept.
    await page.locator("a.back-link").click();
    await page.waitForSelector("#statement-list li.statement");
    await page.close();
  });

  it("clicking a link lists the statements that make it", async () => {
    const page = await openPage();
    const edges = await page.evaluate(() => window.__explorer.edges());
    // The busiest link, so its midpoint is not hidden under a node.
    const edge = [...edges].sort((a, b) => b.count - a.count)[0];
    expect(edge).toBeDefined();
    const position = await page.evaluate((key) => window.__explorer.position(key), edge!.key);
    await page.mouse.click(position!.x, position!.y);
    await page.waitForFunction(() => window.__explorer.state().selection !== null);
    const selected = await page.evaluate(() => window.__explorer.state().selection);
    // An actor–topic link: the statements of that actor on that topic (narrower topics included).
    const filter = { actors: [edge!.source.slice("actor:".length)], topics: [edge!.target.slice("topic:".length)] };
    const expected = await api<ApiStatements>(STATEMENTS_QUERY, { filter, first: PAGE_SIZE });
    expect(expected.statements.totalCount).toBeGreaterThanOrEqual(edge!.count);
    const ids = expected.statements.edges.map((e) => e.node.id);
    if (selected === edge!.key) {
      await page.waitForSelector("#statement-list li.statement mark");
      await detailed(page);
      expect(await listedIds(page)).toEqual(ids);
      expect(await page.locator("#details-title").textContent()).toContain("—");
    } else {
      // A node lay over the midpoint; open the link from its URL instead.
      const second = await openPage(`#/?sel=${encodeURIComponent(edge!.key)}`);
      await second.waitForSelector("#statement-list li.statement mark");
      await detailed(second);
      expect(await listedIds(second)).toEqual(ids);
      await second.close();
    }
    await page.close();
  });

  it("the keyboard reaches nodes and links through the lists, and the details follow", async () => {
    const page = await openPage();
    const button = page.locator('#node-list button[data-node^="topic:"]').first();
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#statement-list li.statement");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    // Links are reachable too, from "Strongest links" in the details panel.
    await page.locator("button.icon-button[aria-label='Clear selection']").click();
    const link = page.locator("#link-list button[data-edge]").first();
    const key = await link.getAttribute("data-edge");
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#statement-list li.statement mark");
    expect(await page.evaluate(() => window.__explorer.state().selection)).toBe(key);
    await page.close();
  });

  it("choosing a stance or narrowing the date window changes what is drawn", async () => {
    const page = await openPage();
    const all = await drawnNodes(page);
    const totalAll = all.reduce((sum, n) => sum + n.count, 0);

    await page.locator("#stance-oppose").check();
    await page.waitForFunction(() => location.hash.includes("stance=oppose"));
    await settled(page);
    const oppose = await drawnNodes(page);
    expect(oppose.length).toBeLessThan(all.length);
    // Only opposing statements are left, so every link takes the oppose colour.
    const edges = await page.evaluate(() => window.__explorer.renderedEdges());
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((edge) => edge.colour === "#D55E00")).toBe(true);
    await page.locator("#stance-oppose").uncheck();
    await page.waitForFunction(() => !location.hash.includes("stance="));
    await settled(page);

    // The fictional meetings are years before the seed: moving the start of the window to the
    // last meeting date leaves only the seed.
    const dates = await page.locator("#date-from").getAttribute("max");
    expect(Number(dates)).toBeGreaterThanOrEqual(2);
    await page.locator("#date-from").focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.hash.includes("from="));
    await settled(page);
    const narrowed = await drawnNodes(page);
    const totalNarrowed = narrowed.reduce((sum, n) => sum + n.count, 0);
    expect(totalNarrowed).toBeLessThan(totalAll);
    expect(await page.locator("#date-label").textContent()).toMatch(/2019/);
    await page.close();
  });

  it("the URL restores view, filters and selection", async () => {
    const first = await openPage();
    await first.locator("#view-mode").selectOption("actor-topic");
    await first.locator("#stance-concern").check();
    await first.locator("#stance-request").check();
    await settled(first);
    const target = (await drawnNodes(first)).find((n) => n.kind === "actor");
    expect(target).toBeDefined();
    await first.locator(`#node-list button[data-node="${target!.key}"]`).click();
    await first.waitForSelector("#statement-list li.statement");
    const url = first.url();
    const before = await drawnNodes(first);
    await first.close();

    const second = await openPage(new URL(url).hash);
    expect(await second.locator("#stance-concern").isChecked()).toBe(true);
    expect(await second.locator("#stance-request").isChecked()).toBe(true);
    expect(await second.locator("#stance-support").isChecked()).toBe(false);
    expect((await drawnNodes(second)).map((n) => n.key).sort()).toEqual(before.map((n) => n.key).sort());
    await second.waitForSelector("#statement-list li.statement");
    expect(await second.locator("#details-title").textContent()).toBe(target!.label);

    // Another network from a link: actor congruence draws actors only.
    const conflict = await openPage("#/?view=congruence");
    expect(await conflict.locator("#view-mode").inputValue()).toBe("congruence");
    expect((await drawnNodes(conflict)).every((n) => n.kind === "actor")).toBe(true);
    await conflict.close();
    await second.close();
  });

  it("search goes through the API's full-text search", async () => {
    const page = await openPage();
    const response = page.waitForResponse((r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("ExplorerSearch"));
    await page.locator("#search").fill("ondermijning");
    await response;
    await page.waitForSelector("#search-results:not([hidden]) .hit");
    expect(await page.locator("#search-results .hit").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("changing a measure changes the URL and draws the API's network for the same arguments, one request per change", async () => {
    const page = await openPage("#/?view=congruence");
    const requests = countOperations(page);
    const plain = await api<{ network: ApiNetwork }>(NETWORK_QUERY, { kind: "CONGRUENCE" });
    expect(await drawnWeights(page)).toEqual(weightsByKey(plain.network));

    await page.locator("#measure-normalisation").selectOption("jaccard");
    await page.waitForFunction(() => location.hash.includes("normalisation=jaccard"));
    await settled(page);
    const jaccard = await api<{ network: ApiNetwork }>(NETWORK_QUERY, { kind: "CONGRUENCE", options: { normalisation: "JACCARD" } });
    const drawn = await drawnWeights(page);
    expect(drawn).toEqual(weightsByKey(jaccard.network));
    expect(Object.values(drawn).some((weight) => !Number.isInteger(weight)), "Jaccard gives fractions").toBe(true);
    expect(requests).toEqual({ ExplorerNetwork: 1 });

    // Selecting a node asks for no network; its measures are the API's.
    const actor = jaccard.network.nodes[0]!;
    await page.locator(`#node-list button[data-node="actor:${actor.id}"]`).click();
    await page.waitForSelector("#measures dd[data-measure='weighted degree']");
    expect(await page.locator("#measures dd[data-measure='degree']").textContent()).toBe(String(actor.degree));
    expect(Number(await page.locator("#measures dd[data-measure='weighted degree']").textContent())).toBeCloseTo(actor.weightedDegree, 3);
    expect(requests).toEqual({ ExplorerNetwork: 1 });

    // Actors & topics, one link per stance, under a stance filter: the API's per-stance network.
    await page.locator("#view-mode").selectOption("actor-topic");
    await settled(page);
    await page.locator("#measure-qualifier").selectOption("per-stance");
    await page.locator("#stance-support").check();
    await page.waitForFunction(() => location.hash.includes("qualifier=per-stance") && location.hash.includes("stance=support"));
    await settled(page);
    const perStance = await api<{ network: ApiNetwork }>(NETWORK_QUERY, { kind: "ACTOR_TOPIC", filter: { stances: ["SUPPORT"] }, options: { qualifier: "PER_STANCE" } });
    expect(await drawnWeights(page)).toEqual(weightsByKey(perStance.network));
    expect(Object.keys(await drawnWeights(page)).every((key) => key.endsWith("|support"))).toBe(true);
    expect(requests.ExplorerNetwork).toBe(4);

    // A topic's polarisation is shown as the API computed it.
    await page.locator("#stance-support").uncheck();
    await settled(page);
    const all = await api<{ network: ApiNetwork }>(NETWORK_QUERY, { kind: "ACTOR_TOPIC", options: { qualifier: "PER_STANCE" } });
    const polarised = all.network.nodes.find((n) => n.type === "topic" && n.polarisation !== null)!;
    expect(polarised).toBeDefined();
    await page.locator(`#node-list button[data-node="topic:${polarised.id}"]`).click();
    await page.waitForSelector("#measures dd[data-measure='polarisation']");
    expect(Number(await page.locator("#measures dd[data-measure='polarisation']").textContent())).toBeCloseTo(polarised.polarisation!, 3);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-measures.png") });
    await page.close();
  });

  it("moving windows: the slider steps through the API's windows without asking again", async () => {
    const page = await openPage("#/?window=1y");
    const requests = countOperations(page);
    const { networkWindows } = await api<{ networkWindows: { start: string; end: string; network: ApiNetwork }[] }>(WINDOWS_QUERY, {
      kind: "ACTOR_TOPIC",
      window: { size: 1, unit: "YEAR" },
      step: { size: 1, unit: "YEAR" },
    });
    expect(networkWindows.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#window-index").getAttribute("max")).toBe(String(networkWindows.length - 1));
    expect(await drawnWeights(page)).toEqual(weightsByKey(networkWindows[0]!.network));
    await page.locator("#window-index").focus();
    await page.keyboard.press("End");
    await page.waitForFunction((last) => location.hash.includes(`at=${last}`), networkWindows.length - 1);
    await settled(page);
    const last = networkWindows[networkWindows.length - 1]!;
    expect(await drawnWeights(page)).toEqual(weightsByKey(last.network));
    expect(await page.locator("#window-label").textContent()).toContain(`Window ${networkWindows.length} of ${networkWindows.length}`);
    expect(requests).toEqual({});
    await expectFitted(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-windows.png") });
    await page.close();
  });

  it("Download saves exportNetwork's file for exactly the current view; the GraphML is well-formed", async () => {
    const page = await openPage("#/?view=congruence&normalisation=jaccard");
    const requests = countOperations(page);
    await page.locator("#download-format").selectOption("graphml");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    const saved = await readFile((await download.path())!, "utf8");
    const variables = { kind: "CONGRUENCE", options: { normalisation: "JACCARD", duplicates: "STATEMENT" } };
    const expected = await api<{ exportNetwork: { filename: string; content: string } }>(EXPORT_QUERY, { ...variables, format: "GRAPHML" });
    expect(download.suggestedFilename()).toBe(expected.exportNetwork.filename);
    expect(saved).toBe(expected.exportNetwork.content);
    expect(requests).toEqual({ ExplorerExport: 1 });
    // Well-formed XML with the network's nodes and edges (parsed by the browser's own XML parser).
    const counts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return { error: doc.getElementsByTagName("parsererror").length, nodes: doc.getElementsByTagName("node").length, edges: doc.getElementsByTagName("edge").length };
    }, saved);
    const { network } = await api<{ network: ApiNetwork }>(NETWORK_QUERY, variables);
    expect(counts).toEqual({ error: 0, nodes: network.nodes.length, edges: network.edges.length });

    // Filters go along: the statements CSV under a topic filter.
    await page.locator("#filter-topic").selectOption("topic:cybercrime");
    await settled(page);
    await page.locator("#download-format").selectOption("statements-csv");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    const csvExpected = await api<{ exportNetwork: { filename: string; content: string } }>(EXPORT_QUERY, {
      ...variables,
      format: "STATEMENTS_CSV",
      filter: { topics: ["topic:cybercrime"] },
    });
    expect(await readFile((await csv.path())!, "utf8")).toBe(csvExpected.exportNetwork.content);
    expect(csvExpected.exportNetwork.content.split("\n").length).toBeGreaterThan(2);
    expect(await page.locator("#download-status").textContent()).toContain(csvExpected.exportNetwork.filename);
    await page.close();
  });

  it("starts with reference data, the network and its counts only: no statement is paged through", async () => {
    const page = await openPage();
    await settled(page);
    const sent = sentOperations.get(page)!;
    // The network is drawn without a statement page having been asked for.
    expect(sent).not.toContain("ExplorerStatements");
    await counted(page);
    expect([...sent].sort()).toEqual(["ExplorerNetwork", "ExplorerReference", "ExplorerStatementCounts"]);
    // A selection in the URL adds its counts and one page of its statements (and their documents).
    const selected = await openPage(`#/?sel=${encodeURIComponent("actor:office:korpschef")}`);
    await counted(selected);
    await detailed(selected);
    const named = sentOperations.get(selected)!.filter((name) => name !== "ExplorerDocument");
    expect(named.sort()).toEqual(["ExplorerNetwork", "ExplorerReference", "ExplorerStatementCounts", "ExplorerStatementCounts", "ExplorerStatements"]);
    await selected.close();
    await page.close();
  });

  it("the status count and the timeline's total are the API's totalCount for the filters and the window on screen", async () => {
    ready();
    const stances = ["SUPPORT", "OPPOSE"];
    const { networkWindows } = await api<{ networkWindows: { start: string; end: string }[] }>(
      `query ($filter: NetworkFilter) { networkWindows(kind: ACTOR_TOPIC, window: {size: 1, unit: YEAR}, step: {size: 1, unit: YEAR}, filter: $filter) { start end } }`,
      { filter: { stances } },
    );
    const at = networkWindows.length - 1;
    const shown = networkWindows[at]!;
    const page = await openPage(`#/?stance=support,oppose&window=1y&at=${at}`);
    await settled(page);
    const statusShown = () => page.waitForFunction(() => /^\d+ statements/.test(document.getElementById("status")?.textContent ?? ""));
    await statusShown();
    const count = async (filter: Record<string, unknown>) =>
      (await api<{ statements: { totalCount: number } }>(`query ($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter })).statements.totalCount;
    const expected = await count({ stances, from: shown.start.slice(0, 10), to: shown.end.slice(0, 10) });
    const all = await count({});
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all);
    const statusCount = async () => Number(/^(\d+) statements/.exec((await page.locator("#status").textContent()) ?? "")?.[1]);
    const timelineTotal = async () => Number(await page.locator("#timeline svg.timeline-chart").getAttribute("data-total"));
    expect(await statusCount()).toBe(expected);
    await counted(page);
    expect(await timelineTotal()).toBe(expected);

    // A topic filter without windows: the whole filter, narrower topics included.
    await page.goto(`${baseUrl}/#/?topic=${encodeURIComponent("topic:cybercrime")}`);
    await page.waitForFunction(() => window.__explorer.rendered === location.hash);
    await statusShown();
    const cybercrime = await count({ topics: ["topic:cybercrime"] });
    expect(cybercrime).toBeGreaterThan(0);
    expect(await statusCount()).toBe(cybercrime);
    await counted(page);
    expect(await timelineTotal()).toBe(cybercrime);
    await page.close();
  });

  it("a selected node lists the API's statements for it, newest first, a page at a time, and charts them", async () => {
    const page = await openPage();
    await settled(page);
    // The status line's count is in, so its request is recorded before the selection's.
    await page.waitForFunction(() => /^\d+ statements/.test(document.getElementById("status")?.textContent ?? ""));
    // The busiest node: its statements take more than one page.
    const node = [...(await drawnNodes(page))].sort((a, b) => b.count - a.count)[0]!;
    const filter = node.kind === "actor" ? { actors: [node.id] } : { topics: [node.id] };
    const first = await api<ApiStatements>(STATEMENTS_QUERY, { filter, first: PAGE_SIZE });
    expect(first.statements.totalCount, `${node.key} needs two pages`).toBeGreaterThan(PAGE_SIZE);
    const before = sentOperations.get(page)!.length;
    await page.locator(`#node-list button[data-node="${node.key}"]`).click();
    await detailed(page);
    const ids = first.statements.edges.map((e) => e.node.id);
    expect(await listedIds(page)).toEqual(ids);
    await counted(page);
    expect(await page.locator("#statement-count").textContent()).toContain(`${PAGE_SIZE} of ${first.statements.totalCount}`);
    expect(Number(await page.locator("#timeline svg.timeline-chart").getAttribute("data-total"))).toBe(first.statements.totalCount);
    // The selection asked for its counts and one page; the status line's count was known already.
    const asked = sentOperations.get(page)!.slice(before).filter((name) => name !== "ExplorerDocument");
    expect(asked.sort()).toEqual(["ExplorerStatementCounts", "ExplorerStatements"]);

    const second = await api<ApiStatements>(STATEMENTS_QUERY, { filter, first: PAGE_SIZE, after: first.statements.pageInfo.endCursor });
    const more = [...ids, ...second.statements.edges.map((e) => e.node.id)];
    await page.locator("#show-more").click();
    await page.waitForFunction((n) => document.querySelectorAll("#statement-list li.statement").length === n, more.length);
    expect(await listedIds(page)).toEqual(more);
    expect(await page.locator("#show-more").isHidden()).toBe(!second.statements.pageInfo.hasNextPage);
    expect(sentOperations.get(page)!.slice(before).filter((name) => name === "ExplorerStatements")).toHaveLength(2);
    await page.close();
  });

  it("an actor–actor link lists the statements the network answer names for it", async () => {
    ready();
    const { network } = await api<{ network: { nodes: { id: string }[]; edges: { source: string; target: string; statementIds: string[] }[] } }>(
      `query { network(kind: CONGRUENCE) { nodes { id } edges { source target statementIds } } }`,
      {},
    );
    const edge = [...network.edges].sort((a, b) => b.statementIds.length - a.statementIds.length)[0]!;
    expect(edge.statementIds.length).toBeGreaterThan(0);
    const key = `actor:${edge.source}|actor:${edge.target}`;
    const page = await openPage(`#/?view=congruence&sel=${encodeURIComponent(key)}`);
    await detailed(page);
    expect(await listedIds(page)).toEqual(edge.statementIds.slice(0, PAGE_SIZE));
    expect(await page.locator("#statement-count").textContent()).toContain(`of ${edge.statementIds.length}`);
    await page.close();
  });

  it("the page asked no host but its own server", () => {
    ready();
    expect(foreignRequests).toEqual([]);
  });
});
