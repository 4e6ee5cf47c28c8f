/**
 * Synthetic (FICTIONAL) minutes for benchmarks, with an answer key.
 *
 * Every document is invented: recombined sentences in the genre of Dutch policing minutes, marked
 * "fictief"/"fictional" in its title, first paragraph and file name. Speakers are offices,
 * groups and organisations of seeds/gazetteer (so persons resolve through the tenures there,
 * which change over the years the meetings span), topics are named by their label or one of
 * their synonyms, stances come from fixed cue templates, some statements use a pronoun for the
 * previous speaker. Deterministic for a given seed: the same N and seed give the same bytes, and
 * a smaller corpus is a prefix of a larger one with the same seed (dates spread over 2017-2024).
 *
 * The answer key lists, per document, the statements as written: actor (as spoken), the person
 * who held that office on the meeting date (from the gazetteer's tenures), stance and topic.
 */
import type { Gazetteer } from "../../src/ingest/index.js";

export interface ExpectedStatement {
  sentence: string;
  actorId: string;
  personId: string | null;
  stance: "support" | "oppose" | "concern" | "request" | "commitment" | "inform";
  topicId: string;
  pronoun: boolean;
  agendaItem: string;
}

export interface SyntheticMeeting {
  fileName: string;
  date: string;
  body: string;
  text: string;
  expected: ExpectedStatement[];
}

export interface CorpusOptions {
  meetings: number;
  seed?: number;
  /** Agenda items per meeting (min..max) and sentences per item (min..max). */
  itemsPerMeeting?: [number, number];
  sentencesPerItem?: [number, number];
}

interface Speaker {
  id: string;
  /** How the minutes name it at the start of a sentence. */
  surface: string;
  plural: boolean;
  /** "Hij"/"Zij" for the pronoun variant; none for organisations and groups spoken of as "zij". */
  pronoun: string;
  weight: number;
}

const SPEAKERS: Speaker[] = [
  { id: "office:minister-jenv", surface: "De minister", plural: false, pronoun: "Hij", weight: 6 },
  { id: "office:minister-jenv", surface: "De minister van Justitie en Veiligheid", plural: false, pronoun: "Hij", weight: 2 },
  { id: "office:korpschef", surface: "De korpschef", plural: false, pronoun: "Hij", weight: 6 },
  { id: "office:burgemeester-amsterdam", surface: "De burgemeester van Amsterdam", plural: false, pronoun: "Zij", weight: 3 },
  { id: "office:burgemeester-rotterdam", surface: "De burgemeester van Rotterdam", plural: false, pronoun: "Hij", weight: 3 },
  { id: "office:voorzitter-college-pg", surface: "De PG", plural: false, pronoun: "Hij", weight: 3 },
  { id: "office:minister-financien", surface: "De minister van Financiën", plural: false, pronoun: "Hij", weight: 1 },
  { id: "office:nctv", surface: "De NCTV", plural: false, pronoun: "Hij", weight: 1 },
  { id: "group:regioburgemeesters", surface: "De regioburgemeesters", plural: true, pronoun: "Zij", weight: 5 },
  { id: "org:openbaar-ministerie", surface: "Het Openbaar Ministerie", plural: false, pronoun: "", weight: 2 },
  { id: "org:vng", surface: "De VNG", plural: false, pronoun: "", weight: 1 },
];

/** Topic id and the ways the minutes name it (label and synonyms of seeds/gazetteer/topics.yaml). */
const TOPICS: [string, string[]][] = [
  ["topic:cybercrime", ["cybercrime", "cybercriminaliteit", "digitale criminaliteit"]],
  ["topic:ondermijning", ["ondermijning", "ondermijnende criminaliteit", "georganiseerde criminaliteit"]],
  ["topic:drugs", ["drugscriminaliteit", "synthetische drugs", "drugshandel"]],
  ["topic:witwassen", ["witwassen", "criminele geldstromen"]],
  ["topic:geweld", ["geweld tegen politieagenten", "geweldsincidenten"]],
  ["topic:stroomstootwapen", ["het stroomstootwapen", "de taser"]],
  ["topic:integriteit", ["integriteit", "het handelingskader"]],
  ["topic:mensenhandel", ["mensenhandel", "uitbuiting"]],
  ["topic:personeel", ["de werving", "de capaciteit"]],
  ["topic:jongeren", ["jongeren", "jeugdcriminaliteit"]],
  ["topic:begroting", ["de politiebegroting", "de begroting"]],
  ["topic:terrorisme", ["terrorisme", "radicalisering"]],
  ["topic:gokken", ["gokautomaten", "kansspelen"]],
  ["topic:informatie-uitwisseling", ["informatie-uitwisseling", "gegevensdeling"]],
];

type Stance = ExpectedStatement["stance"];
/** Cue templates per stance: singular and plural verb forms; {T} is the topic as named. */
const STANCE_TEMPLATES: Record<Stance, [string, string][]> = {
  support: [
    ["steunt de aanpak van {T}", "steunen de aanpak van {T}"],
    ["onderschrijft het voorstel over {T}", "onderschrijven het voorstel over {T}"],
  ],
  oppose: [["is geen voorstander van de nieuwe regels voor {T}", "zijn geen voorstander van de nieuwe regels voor {T}"]],
  concern: [
    ["maakt zich zorgen over {T}", "maken zich zorgen over {T}"],
    ["is verontrust over {T}", "zijn verontrust over {T}"],
  ],
  request: [["vraagt aandacht voor {T}", "vragen aandacht voor {T}"]],
  commitment: [["zegt toe een brief te sturen over {T}", "zeggen toe een brief te sturen over {T}"]],
  inform: [["informeert de leden over {T}", "informeren de leden over {T}"]],
};
const STANCE_WEIGHTS: [Stance, number][] = [
  ["support", 4],
  ["concern", 3],
  ["request", 3],
  ["oppose", 1],
  ["commitment", 2],
  ["inform", 2],
];

const HEADINGS: Record<string, string> = {
  "topic:cybercrime": "Cybercrime",
  "topic:ondermijning": "Ondermijning",
  "topic:drugs": "Drugs",
  "topic:witwassen": "Witwassen",
  "topic:geweld": "Geweld tegen politie",
  "topic:stroomstootwapen": "Stroomstootwapen",
  "topic:integriteit": "Integriteit",
  "topic:mensenhandel": "Mensenhandel",
  "topic:personeel": "Personeel",
  "topic:jongeren": "Jongeren",
  "topic:begroting": "Begroting",
  "topic:terrorisme": "Terrorisme",
  "topic:gokken": "Gokken",
  "topic:informatie-uitwisseling": "Informatie-uitwisseling",
};

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const BODIES = ["LOVP", "Veiligheidsberaad"];
/** Meetings spread over these years; the gazetteer's tenures change within them. */
const FIRST_DAY = Date.UTC(2017, 0, 2);
const LAST_DAY = Date.UTC(2024, 5, 28);
const DAY_MS = 86_400_000;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

export function generateCorpus(options: CorpusOptions, gazetteer: Gazetteer): SyntheticMeeting[] {
  const random = seededRandom(options.seed ?? 1);
  const meetings: SyntheticMeeting[] = [];
  const days = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS);
  for (let index = 0; index < options.meetings; index++) {
    // Golden-ratio sequence: every prefix of the corpus covers the whole period evenly, so the
    // first 100 meetings of a 10,000-meeting corpus are a 100-meeting corpus of the same years.
    const day = Math.floor(((index * GOLDEN) % 1) * days);
    meetings.push(meeting(index, new Date(FIRST_DAY + day * DAY_MS), random, options, gazetteer));
  }
  return meetings;
}

function meeting(index: number, day: Date, random: () => number, options: CorpusOptions, gazetteer: Gazetteer): SyntheticMeeting {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = ([low, high]: [number, number]) => low + Math.floor(random() * (high - low + 1));
  const weighted = <T>(items: readonly [T, number][]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const date = day.toISOString().slice(0, 10);
  const body = BODIES[index % BODIES.length]!;
  const number = String(index + 1).padStart(5, "0");
  const human = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const lines = [
    `Fictief verslag ${body} ${human}`,
    "",
    `Dit is een fictief document (synthetic, fictional), gegenereerd voor benchmarks; vergadering ${number}. Niets hierin is echt gezegd.`,
    "",
  ];
  const expected: ExpectedStatement[] = [];
  const speakerWeights = SPEAKERS.map((speaker) => [speaker, speaker.weight] as [Speaker, number]);
  const items = between(options.itemsPerMeeting ?? [3, 6]);
  const usedTopics = new Set<string>();
  for (let item = 0; item < items; item++) {
    let [topicId, names] = pick(TOPICS);
    for (let attempt = 0; attempt < 5 && usedTopics.has(topicId); attempt++) [topicId, names] = pick(TOPICS);
    usedTopics.add(topicId);
    const heading = HEADINGS[topicId]!;
    lines.push(heading);
    const sentences: string[] = [];
    let previous: Speaker | undefined;
    const count = between(options.sentencesPerItem ?? [4, 8]);
    for (let sentence = 0; sentence < count; sentence++) {
      const usePronoun = previous !== undefined && previous.pronoun !== "" && random() < 0.2;
      const speaker = usePronoun ? previous! : weighted(speakerWeights);
      const stance = weighted(STANCE_WEIGHTS);
      const [singular, plural] = pick(STANCE_TEMPLATES[stance]);
      const topicName = pick(names);
      const predicate = (speaker.plural ? plural : singular).replace("{T}", topicName);
      const subject = usePronoun ? speaker.pronoun : speaker.surface;
      const text = `${subject} ${predicate}.`;
      sentences.push(text);
      expected.push({
        sentence: text,
        actorId: speaker.id,
        personId: holderOn(gazetteer, speaker.id, date),
        stance,
        topicId,
        pronoun: usePronoun,
        agendaItem: heading,
      });
      previous = speaker;
    }
    lines.push(sentences.join(" "), "");
  }
  return { fileName: `fictional-synthetic-${body.toLowerCase()}-${number}-${date}.txt`, date, body, text: `${lines.join("\n")}\n`, expected };
}

function holderOn(gazetteer: Gazetteer, officeId: string, date: string): string | null {
  const tenure = gazetteer.tenures.find((t) => t.officeId === officeId && t.from <= date && (t.to === undefined || date <= t.to));
  return tenure?.personId ?? null;
}

/** Mulberry32: a tiny deterministic generator, so the corpus is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
