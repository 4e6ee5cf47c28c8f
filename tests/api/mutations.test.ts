/**
 * Mutations against the real graph (FICTIONAL data): corrections recorded and kept when the
 * document is ingested again, merges that keep the merged ids resolving, and ingestDocument.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { loadExtraction } from "../../src/load/load-extraction.js";
import { connectTestDatabase } from "../support/database.js";
import { fictionalMeeting2, fictionalMeeting2Edited, fictionalStatementIds as S } from "../fixtures/api/fictional-meetings.js";
import { meetingDocx, meetingHtml } from "../support/fictional-meeting.js";
import { buildEncryptedDocx } from "../support/office-documents.js";
import { codesOf, startApi, withKey, type Api } from "./helpers/api-harness.js";
import { loadFictionalMeetings } from "./helpers/load-data.js";

let db: Database;
let api: Api;

beforeAll(async () => {
  db = await connectTestDatabase();
  api = await startApi({ database: db });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});
beforeEach(async () => {
  await loadFictionalMeetings(db);
});

const STATEMENT_BY_TEXT = `query($doc: ID) { statements(filter: { document: $doc }, first: 50) { edges { node {
  id text stance speakers { id } persons { id } topics { id } corrections { field oldValue newValue by at } } } } }`;

async function statementWithText(documentId: string, text: string) {
  const data = await api.data(STATEMENT_BY_TEXT, { doc: documentId });
  return data.statements.edges.map((e: any) => e.node).find((n: any) => n.text === text);
}

describe("correctStatement", () => {
  it("records who, when, old and new value, and the correction survives a re-ingest of the edited document", async () => {
    const corrected = await api.data(
      `mutation($id: ID!) { correctStatement(id: $id, stance: REQUEST, actorIds: ["office:minister-jenv"], by: "fictieve analist") {
        id stance speakers { id } persons { id } corrections { field oldValue newValue by at } } }`,
      { id: S.s1 },
      withKey,
    );
    const statement = corrected.correctStatement;
    expect(statement.stance).toBe("REQUEST");
    expect(statement.speakers).toEqual([{ id: "office:minister-jenv" }]);
    expect(statement.persons).toEqual([{ id: "person:carla-bedacht" }]);
    expect(statement.corrections.map((c: any) => [c.field, c.oldValue, c.newValue])).toEqual([
      ["stance", "support", "request"],
      ["actors", "office:korpschef", "office:minister-jenv"],
    ]);
    expect(statement.corrections[0].by).toMatch(/^fictieve analist \(key:[0-9a-f]{12}\)$/);
    expect(Date.parse(statement.corrections[0].at)).not.toBeNaN();

    const outcome = await loadExtraction(db, fictionalMeeting2Edited.extraction, { timeoutMs: 120_000 });
    expect(outcome.kind).toBe("replaced");
    const text = fictionalMeeting2.extraction.statements.find((s) => s.id === S.s1)?.text ?? "";
    const after = await statementWithText(fictionalMeeting2Edited.extraction.document.id, text);
    expect(after.stance).toBe("REQUEST");
    expect(after.speakers).toEqual([{ id: "office:minister-jenv" }]);
    expect(after.corrections.map((c: any) => c.field).sort()).toEqual(["actors", "stance"]);
  });

  it("replaces topics; refuses unknown ids and empty corrections", async () => {
    const data = await api.data(`mutation($id: ID!) { correctStatement(id: $id, topicIds: ["topic:ondermijning"]) { topics { id } } }`, { id: S.s2 }, withKey);
    expect(data.correctStatement.topics).toEqual([{ id: "topic:ondermijning" }]);
    const unknownTopic = await api.gql(`mutation($id: ID!) { correctStatement(id: $id, topicIds: ["topic:bestaat-niet"]) { id } }`, { id: S.s2 }, withKey);
    expect(codesOf(unknownTopic)).toEqual(["BAD_USER_INPUT"]);
    const nothing = await api.gql(`mutation($id: ID!) { correctStatement(id: $id) { id } }`, { id: S.s2 }, withKey);
    expect(codesOf(nothing)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("merges", () => {
  it("mergeTopics moves statements; the merged id keeps resolving in node(), topic() and filters", async () => {
    const merged = await api.data(`mutation { mergeTopics(keepId: "topic:stroomstootwapen", mergeId: "topic:taser-pilot") { id aliases narrower { id } } }`, {}, withKey);
    expect(merged.mergeTopics.id).toBe("topic:stroomstootwapen");
    expect(merged.mergeTopics.aliases).toContain("taserpilot");
    const data = await api.data(`{
      node(id: "topic:taser-pilot") { __typename id }
      topic(id: "topic:taser-pilot") { id }
      topics { id }
      byOldId: statements(filter: { topics: ["topic:taser-pilot"] }) { totalCount }
      s8: statement(id: "${S.s8}") { topics { id } }
      search(text: "taserpilot") { topics { topic { id } } }
    }`);
    expect(data.node).toEqual({ __typename: "Topic", id: "topic:stroomstootwapen" });
    expect(data.topic.id).toBe("topic:stroomstootwapen");
    expect(data.topics.map((t: any) => t.id)).not.toContain("topic:taser-pilot");
    expect(data.byOldId.totalCount).toBe(3);
    expect(data.s8.topics).toEqual([{ id: "topic:stroomstootwapen" }]);
    expect(data.search.topics.map((h: any) => h.topic.id)).toEqual(["topic:stroomstootwapen"]);
  });

  it("mergeActors moves statements, tenures and membership; refuses different kinds", async () => {
    const refused = await api.gql(`mutation { mergeActors(keepId: "office:korpschef", mergeId: "group:regioburgemeesters") { id } }`, {}, withKey);
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    await api.data(`mutation { mergeActors(keepId: "office:minister-jenv", mergeId: "office:korpschef") { id } }`, {}, withKey);
    const data = await api.data(`{
      node(id: "office:korpschef") { __typename id }
      actor(id: "office:korpschef") { id partOf { id } ... on Office { holders { person { id } } } }
      statements(filter: { actors: ["office:korpschef"] }) { totalCount }
    }`);
    expect(data.node).toEqual({ __typename: "Office", id: "office:minister-jenv" });
    expect(data.actor.partOf).toEqual([{ id: "org:politie" }]);
    expect(data.actor.holders.map((h: any) => h.person.id).sort()).toEqual(["person:anna-fictief", "person:bram-verzonnen", "person:carla-bedacht"]);
    expect(data.statements.totalCount).toBe(7);
    const again = await api.gql(`mutation { mergeActors(keepId: "office:minister-jenv", mergeId: "office:korpschef") { id } }`, {}, withKey);
    expect(codesOf(again)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("ingestDocument", () => {
  it("extracts and loads a text once; the same text again changes nothing", async () => {
    const text = [
      "Fictieve terugkoppeling LOVP 1 juni 2021 (fictional test document)",
      "",
      "Cybercrime",
      "De korpschef benadrukt het grote belang van de fictieve aanpak van cybercrime.",
      "",
    ].join("\n");
    const mutation = `mutation($text: String!) { ingestDocument(text: $text, source: "fictional-api-upload.txt", title: "Fictief verslag") {
      loaded statementCount document { id title source } } }`;
    const first = await api.data(mutation, { text }, withKey);
    expect(first.ingestDocument.loaded).toBe(true);
    expect(first.ingestDocument.document.title).toBe("Fictief verslag");
    expect(first.ingestDocument.document.source).toBe("fictional-api-upload.txt");
    const second = await api.data(mutation, { text }, withKey);
    expect(second.ingestDocument.loaded).toBe(false);
    expect(second.ingestDocument.document.id).toBe(first.ingestDocument.document.id);
    expect(codesOf(await api.gql(mutation, { text }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("takes a file as base64 content with its name: a DOCX and a saved web page of the fictional meeting", async () => {
    const mutation = `mutation($content: String!, $source: String!) { ingestDocument(content: $content, source: $source) {
      loaded statementCount document { id title source format date } } }`;
    const docx = await api.data(mutation, { content: Buffer.from(meetingDocx()).toString("base64"), source: "fictional-meeting-upload.docx" }, withKey);
    expect(docx.ingestDocument).toMatchObject({
      loaded: true,
      document: { title: "Fictieve bestuurlijke terugkoppeling LOVP 14 april 2022", source: "fictional-meeting-upload.docx", format: "docx", date: "2022-04-14" },
    });
    expect(docx.ingestDocument.statementCount).toBeGreaterThanOrEqual(9);
    // The web page of the same meeting reads to the same normalised text: the same document, loaded once.
    const html = await api.data(mutation, { content: Buffer.from(meetingHtml()).toString("base64"), source: "fictional-meeting-upload.html" }, withKey);
    expect(html.ingestDocument).toMatchObject({ loaded: false, statementCount: docx.ingestDocument.statementCount, document: { id: docx.ingestDocument.document.id } });
  });

  it("a bad file is BAD_DOCUMENT naming it and the reason; bad arguments are BAD_USER_INPUT", async () => {
    const mutation = `mutation($text: String, $content: String, $source: String!) { ingestDocument(text: $text, content: $content, source: $source) { loaded } }`;
    const protectedDocx = await api.gql(mutation, { content: Buffer.from(buildEncryptedDocx()).toString("base64"), source: "fictional-protected.docx" }, withKey);
    expect(codesOf(protectedDocx)).toEqual(["BAD_DOCUMENT"]);
    expect(protectedDocx.body.errors![0]!.message).toBe("fictional-protected.docx: DOCX is encrypted (password protected); remove the password and save it again");
    for (const variables of [
      { source: "fictional.txt" },
      { text: "Fictieve tekst.", content: "RmljdGllZg==", source: "fictional.txt" },
      { content: "niet*base64!", source: "fictional.docx" },
      { content: "", source: "fictional.docx" },
      { text: "  ", source: "fictional.txt" },
    ]) {
      expect(codesOf(await api.gql(mutation, variables, withKey)), JSON.stringify(variables)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
