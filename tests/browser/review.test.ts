/**
 * The explorer's review view in a real browser (Debian's Chromium via playwright-core) against the
 * real server with API keys, on FICTIONAL meetings (tests/fixtures/api/fictional-meetings.ts):
 * an analyst walks the review of one fictional document, least confident first: a wrong key is
 * refused with a clear message and changes nothing; with the right key (kept for the tab's
 * session, never in the URL or local storage) they correct a speaker, reject a sentence and
 * confirm one, see who changed what when, and the network and counts change accordingly.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb } from "../../scripts/build-web.js";
import { parseConfig } from "../../src/config/config.js";
import { projectRoot } from "../../src/config/project-root.js";
import type { Database } from "../../src/db/database.js";
import { startServer } from "../../src/server/server.js";
import { TEST_API_KEY } from "../api/helpers/api-harness.js";
import { loadFictionalMeetings } from "../api/helpers/load-data.js";
import { fictionalMeeting2, fictionalStatementIds as S } from "../fixtures/api/fictional-meetings.js";
import { connectTestDatabase } from "../support/database.js";
import { launchChromium, type Chromium } from "./support/chromium.js";

const ARTIFACTS = path.join(projectRoot, "tests", "artifacts");
const DOCUMENT = fictionalMeeting2.extraction.document.id;

let db: Database;
let server: Awaited<ReturnType<typeof startServer>>;
let baseUrl: string;
let browser: Chromium;
let setupError: unknown = null;

beforeAll(async () => {
  try {
    browser = await launchChromium();
    db = await connectTestDatabase();
    await loadFictionalMeetings(db);
    // Distinct confidences, so "least confident first" has an order to show.
    await db.write("load-test-set-confidence", { rows: [{ id: S.s5, confidence: 0.31 }, { id: S.s4, confidence: 0.42 }, { id: S.s1, confidence: 0.55 }] });
    await buildWeb();
    server = await startServer({ config: parseConfig({ PORT: "0", HOST: "127.0.0.1", API_KEYS: TEST_API_KEY }), database: db, log: () => undefined });
    baseUrl = server.url.replace(/\/$/, "");
  } catch (error) {
    setupError = error;
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function reviewOf(id: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query($id: ID!) { statement(id: $id) { review } }`, variables: { id } }),
  });
  return ((await response.json()) as any).data.statement.review;
}

/** Summed weight of the drawn links between an actor and a topic (all stances). */
async function linkWeight(page: Page, actorId: string, topicId: string): Promise<number> {
  const edges = await page.evaluate(() => window.__explorer.edges());
  return edges.filter((e) => e.source.endsWith(actorId) && e.target.endsWith(topicId)).reduce((sum, e) => sum + e.weight, 0);
}

async function statusCount(page: Page): Promise<number> {
  await page.waitForFunction(() => document.body.dataset.network === "ready" && document.body.dataset.counts === "ready", null, { timeout: 30_000 });
  return Number(/^(\d+) statements/.exec((await page.locator("#status").textContent()) ?? "")?.[1]);
}

const POLL = { timeout: 20_000, interval: 100 };
const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? "";

const card = (page: Page, id: string | undefined) => page.locator(`#review-list li.review-item[data-statement-id="${id}"]`);

describe("review view in Chromium", () => {
  it("the search box marks why a statement matched: the word in any form, or the topic it is about", async () => {
    if (setupError !== null) throw setupError;
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/#/`);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    await page.fill("#search", "stroomstootwapens");
    await page.press("#search", "Enter");
    const results = page.locator("#search-results a.hit");
    await expect.poll(() => results.count(), POLL).toBeGreaterThan(1);
    const hits = await results.evaluateAll((links) => links.map((link) => ({ marks: [...link.querySelectorAll("mark")].map((m) => m.textContent), text: link.textContent ?? "" })));
    // s4 says "stroomstootwapen" (singular): marked; s8 is about the taserpilot, narrower than the topic named.
    expect(hits.find((hit) => hit.text.includes("fictief stroomstootwapen voor iedere agent"))?.marks).toEqual(["stroomstootwapen"]);
    expect(hits.find((hit) => hit.text.includes("taserpilot"))?.text).toContain("about stroomstootwapen");
    await page.close();
  }, 60_000);

  it("walks the review of a fictional document: wrong key refused; correct a speaker, reject one, confirm one; network and counts follow", async () => {
    if (setupError !== null) throw setupError;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/#/`);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 30_000 });
    const before = {
      count: await statusCount(page),
      regioStroom: await linkWeight(page, "group:regioburgemeesters", "topic:stroomstootwapen"),
      ministerStroom: await linkWeight(page, "office:minister-jenv", "topic:stroomstootwapen"),
    };
    expect(before).toEqual({ count: 9, regioStroom: 1, ministerStroom: 1 });

    // The header's Review link, then the document.
    await page.click("#review-link");
    await page.waitForFunction(() => document.body.dataset.review === "ready", null, { timeout: 30_000 });
    await page.selectOption("#review-document", DOCUMENT);
    await page.waitForFunction((doc) => location.hash.includes(encodeURIComponent(doc)) && document.body.dataset.review === "ready", DOCUMENT, { timeout: 30_000 });
    const order = await page.locator("#review-list li.review-item").evaluateAll((items) => items.map((item) => item.getAttribute("data-statement-id")));
    expect(order.slice(0, 3)).toEqual([S.s5, S.s4, S.s1]);
    const first = card(page, S.s5);
    await expect(first.locator(".context mark").textContent()).resolves.toBe(fictionalMeeting2.extraction.statements.find((s) => s.id === S.s5)?.text);
    await expect(first.locator(".statement-meta").textContent()).resolves.toMatch(/confidence 0\.31.*rule fictional-fixture.*cue/);
    await expect(first.locator(".review-proposal").textContent()).resolves.toMatch(/Speaker: minister van Justitie en Veiligheid · Stance: oppose · Topics: stroomstootwapen/);

    // A wrong key: a clear message, nothing changed.
    await page.fill("#review-key", "a-wrong-fictional-key-000000");
    await page.click("#review-key-use");
    await card(page, S.s1).locator(".review-confirm").click();
    await expect.poll(() => text(card(page, S.s1).locator(".review-message")), POLL).toMatch(/Not changed: The API key was not accepted/);
    await expect.poll(() => text(page.locator("#review-key-message")), POLL).toMatch(/API key was not accepted/);
    expect(await card(page, S.s1).getAttribute("data-review")).toBe("unreviewed");
    expect(await reviewOf(S.s1 as string)).toBe("UNREVIEWED");

    // The right key, kept for the session only.
    await page.click("#review-key-forget");
    await page.fill("#review-key", TEST_API_KEY);
    await page.click("#review-key-use");
    await page.fill("#review-analyst", "Fictieve Analist");
    await page.locator("#review-analyst").dispatchEvent("change");
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: Object.values(sessionStorage), href: location.href }));
    expect(storage.local).toBe(0);
    expect(storage.session).toContain(TEST_API_KEY);
    expect(storage.href).not.toContain(TEST_API_KEY);

    // Correct a speaker: s4 was the regioburgemeesters', it is the minister's.
    const s4 = card(page, S.s4);
    await s4.locator(".review-correct").click();
    await s4.locator(".review-speaker-select").selectOption("office:minister-jenv");
    await s4.locator(".review-save").click();
    await expect.poll(() => s4.getAttribute("data-review"), POLL).toBe("corrected");
    await expect.poll(() => text(s4.locator(".review-speakers")), POLL).toBe("minister van Justitie en Veiligheid");
    await expect.poll(() => text(s4.locator(".review-history")), POLL).toContain("Fictieve Analist (key:");
    await expect.poll(() => text(s4.locator(".review-history")), POLL).toContain("speaker: regioburgemeesters → minister van Justitie en Veiligheid");

    // Reject a sentence (not a position), confirm another.
    await card(page, S.s5).locator(".review-reject").click();
    await expect.poll(() => card(page, S.s5).getAttribute("data-review"), POLL).toBe("rejected");
    await card(page, S.s1).locator(".review-confirm").click();
    await expect.poll(() => card(page, S.s1).getAttribute("data-review"), POLL).toBe("confirmed");
    await expect.poll(() => text(card(page, S.s1).locator(".review-history")), POLL).toContain("confirmed");
    expect([await reviewOf(S.s4 as string), await reviewOf(S.s5 as string), await reviewOf(S.s1 as string)]).toEqual(["CORRECTED", "REJECTED", "CONFIRMED"]);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "review.png"), fullPage: false });

    // Back to the network (same page: the explorer must ask the API again).
    await page.locator("a.back-link").first().click();
    await page.waitForFunction(() => location.hash === "#/" || location.hash === "", null, { timeout: 30_000 });
    await page.waitForFunction(() => /^8 statements/.test(document.getElementById("status")?.textContent ?? ""), null, { timeout: 30_000 });
    expect(await statusCount(page)).toBe(8);
    expect(await linkWeight(page, "group:regioburgemeesters", "topic:stroomstootwapen")).toBe(0);
    // The minister lost the rejected s5 and gained the corrected s4.
    expect(await linkWeight(page, "office:minister-jenv", "topic:stroomstootwapen")).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
