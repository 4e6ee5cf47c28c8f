/**
 * The rules of the round of 6 December (e), each with Dutch sentences of our own in FICTIONAL
 * documents or fictional actors (invented people, bodies and places).
 */
import { describe, expect, it } from "vitest";
import { ActorIndex } from "../../src/ingest/actors/actor-index.js";

describe("an abbreviation's plural 's may be left out after the name of a body", () => {
  // A fictional office of a fictional college of regional inspectors (RI's).
  const index = new ActorIndex([
    { id: "office:fictief-voorzitter-ri", kind: "office", name: "voorzitter van het College van RI's", aliases: ["voorzitter van het College van RI's"] },
    { id: "org:fictief-buurtraden", kind: "organisation", name: "Overleg van opa's", aliases: ["Overleg van opa's"] },
  ]);
  const found = (text: string): string[] => index.find(text).map((m) => `${m.actorId}:${m.surface}`);

  it("'de voorzitter van het College van RI' is the office written with 'RI's'", () => {
    expect(found("In dit fictieve verslag wees de voorzitter van het College van RI op de achterstand.")).toEqual(["office:fictief-voorzitter-ri:voorzitter van het College van RI"]);
    expect(found("In dit fictieve verslag wees de voorzitter van het College van RI's op de achterstand.")).toEqual(["office:fictief-voorzitter-ri:voorzitter van het College van RI's"]);
  });

  it("an ordinary word's plural 's is kept: 'Overleg van opa' is no mention", () => {
    expect(found("Het fictieve Overleg van opa vergaderde in Wolderhoek.")).toEqual([]);
    expect(found("Het fictieve Overleg van opa's vergaderde in Wolderhoek.")).toEqual(["org:fictief-buurtraden:Overleg van opa's"]);
  });
});
