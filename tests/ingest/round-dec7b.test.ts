/**
 * The rules of the round of 7 December (b), with Dutch sentences of our own in FICTIONAL minutes
 * (invented mayors and municipalities): one phrase that names the mayors of several places, and a
 * list of those present that gives each mayor's municipality in brackets.
 */
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/ingest/index.js";
import { actorNames as names, extractFictionalDocument, extractNote, statementWith } from "./support/fixtures.js";

/** The statement with `fragment` is held by these actors (by name), with this stance. */
function expectHeld(x: Extraction, fragment: string, holders: string[], stance: string): void {
  const statement = statementWith(x, fragment);
  expect(names(x, statement.actorIds)).toEqual(holders);
  expect(statement.stance).toBe(stance);
}

const fictionalMinutes = (lines: string[]): Extraction =>
  extractFictionalDocument("Fictief verslag algemeen bestuur Veiligheidsregio Kalmerwaard, 9 november 2023", "verslag", lines);

describe("'de burgemeesters van X en Y' are two offices", () => {
  const x = fictionalMinutes([
    "Het algemeen bestuur stelt de jaarrekening vast. De burgemeesters van Ommelwaard en Brakenrode stemmen tegen.",
    "",
    "De burgemeesters van Tolhoeve, Wierdum en Sluisdonk vragen om een nieuwe verdeelsleutel.",
  ]);

  it("each place gives its mayor's office, and the vote is theirs", () => {
    expect(names(x, statementWith(x, "stemmen tegen").actorIds).sort()).toEqual(["burgemeester van Brakenrode", "burgemeester van Ommelwaard"]);
    expect(statementWith(x, "stemmen tegen").stance).toBe("oppose");
  });

  it("a list of three places gives three offices", () => {
    const request = statementWith(x, "vragen om een nieuwe verdeelsleutel");
    expect(names(x, request.actorIds).sort()).toEqual(["burgemeester van Sluisdonk", "burgemeester van Tolhoeve", "burgemeester van Wierdum"]);
    expect(request.stance).toBe("request");
  });

  it("lower-case words after 'van' are no places ('de burgemeesters van de kleinere gemeenten')", () => {
    const y = fictionalMinutes(["De burgemeesters van de kleinere gemeenten en het dagelijks bestuur zijn het oneens."]);
    expect(y.actors.some((a) => a.kind === "office" && /kleinere|dagelijks/.test(a.name))).toBe(false);
  });
});

describe("'burgemeester X (Plaats)' in a list of those present holds that place's office", () => {
  const x = fictionalMinutes([
    "Aanwezig: burgemeester Harkema (Ommelwaard, voorzitter), burgemeester Dijkhof (Brakenrode), wethouder Lentink (Zorg) en de heer Aalders (secretaris).",
    "",
    "Bij stemming wordt het voorstel aangenomen. De burgemeesters van Ommelwaard en Brakenrode stemmen voor.",
    "",
    "Volgens de burgemeester van Brakenrode is de verdeelsleutel achterhaald.",
  ]);

  it("the mayor is partOf the office of the municipality in brackets", () => {
    expect(x.actors.find((a) => a.name === "Dijkhof")?.partOf).toBe("office:burgemeester-brakenrode");
    expect(x.actors.find((a) => a.name === "Harkema")?.partOf).toBe("office:burgemeester-ommelwaard");
  });

  it("an alderman's bracket is a portfolio, not a place", () => {
    expect(x.actors.some((a) => a.id === "office:wethouder-zorg")).toBe(false);
  });

  it("the offices named later are those persons", () => {
    expect(names(x, statementWith(x, "stemmen voor").actorIds).sort()).toEqual(["Dijkhof", "Harkema"]);
    expect(names(x, statementWith(x, "is de verdeelsleutel achterhaald").actorIds)).toEqual(["Dijkhof"]);
  });
});

describe("the writer's own judgement of what someone else did is the writer's position", () => {
  const x = extractNote([
    "De staatssecretaris kon wegens ziekte niet bij het overleg zijn, wat wij jammer vinden.",
    "",
    "Het plan van de korpschef om de meldkamers samen te voegen wordt door ons van harte gesteund.",
    "",
    "De minister heeft nog geen besluit genomen over de cameratoezichtregeling; wij blijven daarop aandringen.",
    "",
    "De korpschef vraagt of de wervingscampagne door ons kan worden gefinancierd.",
  ]);

  it("', wat wij ...', 'door ons' and '; wij ...' give the clause to the note's writer, not to its subject", () => {
    expect(names(x, statementWith(x, "wat wij jammer vinden").actorIds)).toEqual(["regioburgemeesters"]);
    expect(names(x, statementWith(x, "wordt door ons van harte gesteund").actorIds)).toEqual(["regioburgemeesters"]);
    expect(names(x, statementWith(x, "wij blijven daarop aandringen").actorIds)).toEqual(["regioburgemeesters"]);
  });

  it("'door ons' in what another actor asks stays that actor's", () => {
    expect(names(x, statementWith(x, "wervingscampagne door ons").actorIds)).toEqual(["korpschef"]);
  });
});

describe("a plan that meets resistance: those who resist hold the position", () => {
  const x = extractNote([
    "De korpschef stelt voor de meldkamers samen te voegen. Dat stuit bij de regioburgemeesters op weerstand.",
    "",
    "Het plan van de minister stuitte op verzet van enkele regioburgemeesters.",
    "",
    "Het voorstel stuit bij de korpschef op veel onbegrip.",
  ]);

  it("'stuit bij X op weerstand' and 'stuit op verzet van X' are X's opposition, not the proposer's", () => {
    for (const [fragment, holder] of [
      ["Dat stuit bij de regioburgemeesters op weerstand", "regioburgemeesters"],
      ["stuitte op verzet van enkele regioburgemeesters", "regioburgemeesters"],
      ["stuit bij de korpschef op veel onbegrip", "korpschef"],
    ] as const) expectHeld(x, fragment, [holder], "oppose");
  });
});

describe("a tag after first-person words names whose words they are", () => {
  const x = extractNote([
    "\"Elke schuur die we terugwinnen is winst voor het platteland\", aldus wethouder Piet Harmsen.",
    "",
    "De korpschef is kritisch over de bezetting. Dat kan de politie niet langer dragen, waarschuwde hij.",
  ]);

  it("'\"... we ...\", aldus X' is X's, not the note-writer's", () => {
    expect(names(x, statementWith(x, "die we terugwinnen").actorIds)).toEqual(["Piet Harmsen"]);
  });

  it("'Dat kan X niet langer dragen, waarschuwde hij': the tag's speaker holds it, 'Dat' is no backward reference", () => {
    expectHeld(x, "waarschuwde hij", ["korpschef"], "concern");
  });
});

describe("positions the lexicon lacked, whose named holders were dropped", () => {
  const x = extractNote([
    "De minister meldt dat de aangiftebereidheid daalt. Marloes Ketting, teamchef van het basisteam, herkent de cijfers.",
    "",
    "Enkele gemeenten reageerden boos op het besluit. De regioburgemeesters deelden die boosheid.",
    "",
    "De korpschef ziet de werving teruglopen. Hij is somber over de bezetting in de zomer.",
  ]);

  it("'herkent de cijfers' acknowledges (inform), 'deelden die boosheid' opposes, 'is somber over' is a concern", () => {
    for (const [fragment, holder, stance] of [
      ["herkent de cijfers", "Marloes Ketting", "inform"],
      ["deelden die boosheid", "regioburgemeesters", "oppose"],
      ["is somber over de bezetting", "korpschef", "concern"],
    ] as const) expectHeld(x, fragment, [holder], stance);
  });
});
