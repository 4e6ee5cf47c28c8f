/**
 * Stance cues, in decision order: the first class with a matching cue wins, whatever its position
 * in the clause. Order encodes Dutch minutes' speech-act priorities:
 *   S1 explicit rejection ("wensen geen", "niet wenselijk") -> oppose
 *   S2 the speech act's own class, from the reporting verb (`stance/frame-stance.ts`)
 *   then content cues:
 *   S3 directives (vragen, verzoeken, oproepen, suggestie, willen ... betrokken, nodig) -> request
 *   S4 commissives (zal, kondigde aan, toegezegd, gaat in gesprek, komt met, er komt) -> commitment
 *   S5 negative evaluation (zorgen, knelpunt, teleurstelling, lastig, moeizaam) -> concern
 *   S6 opposition (tegengaan, bestrijden, onaanvaardbaar, kritiek) -> oppose
 *   S7 positive evaluation incl. praise (steunen, van belang, onmisbaar, waardevol, roemen) -> support
 *   S0 default: inform.
 * A support cue preceded (within three words) by a negator flips to oppose ("geen draagvlak").
 * Patterns are case-insensitive regular expressions over one clause.
 */
import type { Stance } from "../extraction.js";

export interface StanceCue {
  stance: Stance;
  /** The decision step, for explanations: S1-rejection ... S6-positive-evaluation. */
  rule: string;
  pattern: RegExp;
  /** Negation right before the cue turns it into this stance. */
  negated?: Stance;
}

const STEP: Record<Stance, string> = {
  oppose: "S1-rejection",
  request: "S3-directive",
  commitment: "S4-commissive",
  concern: "S5-negative-evaluation",
  support: "S7-positive-evaluation",
  inform: "S0-default",
};

const cue = (stance: Stance, source: string, negated?: Stance, rule = STEP[stance]): StanceCue => ({
  stance,
  rule,
  pattern: new RegExp(source, "iu"),
  ...(negated ? { negated } : {}),
});

export const STANCE_CUES: readonly StanceCue[] = [
  // 1. rejection
  cue("oppose", String.raw`\b(?:wenst|wensen|wenste|wensten|wil|willen|wilde|wilden)\s+(?:nog\s+|verder\s+)?geen\b`),
  cue("oppose", String.raw`\bniet\s+(?:wenselijk|gewenst|akkoord|aanvaardbaar|eens)\b`),
  cue("oppose", String.raw`\bgeen\s+(?:voorstander|steun|behoefte)\b`),
  cue("oppose", String.raw`\b(?:hier|daar)\s*(?:niet\s+)?mee\s+(?:niet\s+)?oneens\b|\bniet\s+(?:mee\s+)?eens\b|\bhet\s+(?:hier|daar)\s*niet\s+mee\s+eens\b`),
  cue("oppose", String.raw`\b(?:wijst|wijzen|wees|wezen)\b.*\baf\b|\bafgewezen\b|\bbezwaar\b`),
  // 2. directives
  cue("request", String.raw`(?<!\b(?:de|het|geen|enkele|veel|meer|alle|twee|drie|deze|die)\s)\b(?:vraagt|vragen|vroeg|vroegen|gevraagd)\b(?!\s+over\b)`),
  cue("request", String.raw`\b(?:verzoekt|verzoeken|verzocht|verzochten|verzoek)\b`),
  cue("request", String.raw`\b(?:roept|roepen|riep|riepen)\b.*\bop\b|\bopgeroepen\b|\boproep\b`),
  cue("request", String.raw`\bsuggestie\b|\b(?:suggereert|suggereren|suggereerde|suggereerden)\b`),
  cue("request", String.raw`\b(?:pleit|pleiten|pleitte|pleitten|gepleit|pleidooi)\b`),
  cue("request", String.raw`\b(?:stelt|stellen|stelde|stelden)\b.*\bvoor\s*[.,;]|\bvoorgesteld\b|\bvoorstel\b`),
  cue("request", String.raw`\b(?:dringt|dringen|drong|drongen)\b.*\baan\b|\baangedrongen\b`),
  cue("request", String.raw`\b(?:wil|willen|wilde|wilden|wenst|wensen)\b.*\bbetrokken\b`),
  cue("request", String.raw`\b(?:herinnert|herinneren|herinnerde|herinnerden)\s+(?:de|het)\s+[\p{L}\s]{1,40}?\baan\b`),
  cue("request", String.raw`\bnodig\b|\bnoodzakelijk\b|\bis gewenst\b`),
  // 3. commissives
  cue("commitment", String.raw`\b(?:zal|zullen)\b`),
  cue("commitment", String.raw`\b(?:kondigt|kondigen|kondigde|kondigden)\b|\baangekondigd\b`),
  cue("commitment", String.raw`\btoegezegd\b|\btoezegging\b|\b(?:zegt|zeggen|zegde|zegden|zei|zeiden)\b.*\btoe\b`),
  cue("commitment", String.raw`\b(?:gaat|gaan)\s+(?:\S+\s+){0,2}in gesprek\b`),
  cue("commitment", String.raw`\b(?:komt|komen)\s+(?:\S+\s+){0,3}met\b|\bmet\b(?:\s+\S+){1,4}\s+te komen\b`),
  cue("commitment", String.raw`\ber komt\b|\ber komen\b`),
  cue("commitment", String.raw`\b(?:wordt|worden)\s+(?:\S+\s+){0,3}(?:ingericht|opgezet|opgericht|ingevoerd|uitgewerkt|gestart|opgepakt)\b`),
  cue("commitment", String.raw`\bafgesproken\b|\bbereid\b|\bzet zich in\b|\bzetten zich in\b`),
  // 4. negative evaluation
  cue("concern", String.raw`(?<!ervoor\s)\bzorg(?:en)?\b(?!\s+(?:voor|dat|ervoor)\b)`),
  cue("concern", String.raw`\bzorgpunt(?:en)?\b|\bbezorgd(?:heid)?\b|\bzorgelijk\b|\bverontrust\w*`),
  cue("concern", String.raw`\bknelpunt(?:en)?\b|\bteleurstell\w*|\bteleurgesteld\b|\blastig\b|\bmoeizaam\b|\bmoeilijk\b`),
  cue("concern", String.raw`\brisico(?:'s)?\b|\b(?:vreest|vrezen|vreesde|vreesden)\b|\b(?:waarschuwt|waarschuwen|waarschuwde|waarschuwden)\b`),
  cue("concern", String.raw`\b(?:verbaast|verbaasde|verontrust\w*|stoort|stoorde|spijt|speet|bevreemdt|bevreemdde)\b|\bbaart\s+zorgen\b`),
  // A consequence that is a harm: "Dit leidt tot meer overlast", "... kan leiden tot fraude".
  cue("concern", String.raw`\b(?:leidt|leiden|leidde|leidden|zorgt|zorgen|zorgde)\s+(?:\S+\s+){0,2}(?:tot|voor)\b.*\b(?:witwassen|criminaliteit|geweld|overlast|ondermijning|intimidatie|onveiligheid|fraude|slachtoffers|uitbuiting|onrust|achterstanden|wachttijden)\b`),
  cue("concern", String.raw`\bonder druk\b|\bgestrand\b|\bvastgelopen\b|\bprobleem\b|\bproblemen\b|\bnegatieve?\b|\btekort(?:en)?\b|\bbetreur\w*`),
  // 5. opposition
  cue("oppose", String.raw`\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){1,3}tegen\s*(?:[.,;]|$)|\btegen\s*te\s*gaan\b|\btegengaan\b`, undefined, "S6-opposition"),
  cue("oppose", String.raw`\b(?:bestrijdt|bestrijden|bestreed|bestreden)\b|\bonaanvaardbaar\b|\bonwenselijk\b|\bkritiek\b|\bkritisch\b|\b(?:bekritiseert|bekritiseren|bekritiseerde)\b`, undefined, "S6-opposition"),
  // 6. positive evaluation and praise
  cue("support", String.raw`\b(?:steunt|steunen|steunde|steunden|gesteund|steun)\b|\b(?:onderschrijft|onderschrijven|onderschreef|onderschreven)\b`, "oppose"),
  cue("support", String.raw`\bvan\s+(?:groot\s+|zeer\s+groot\s+|essentieel\s+)?belang\b|\bhet\s+(?:grote\s+)?belang\s+van\b|\bbelangrijk\w*`, "oppose"),
  cue("support", String.raw`\bonmisbaar\b|\bessentieel\b|\bwaardevol\w*|\bgoede?\s+ontwikkeling\b|\bpositief\b|\bnuttig\b|\bmeerwaarde\b`, "oppose"),
  cue("support", String.raw`\b(?:roemt|roemen|roemde|roemden)\b|\b(?:prijst|prijzen|prees|prezen)\b|\bwaardering\b|\b(?:waardeert|waarderen|waardeerde|waardeerden)\b|\bcompliment\w*|\blof\b`),
  cue("support", String.raw`\b(?:sluit|sluiten|sloot|sloten)\s+zich\s+(?:hier|daar)?bij\b.*\baan\b|\b(?:is|zijn|was|waren)\s+het\s+(?:hier|daar)mee\s+eens\b|\b(?:verheugt|verheugde)\b`),
  cue("support", String.raw`\bterecht\b|\bgraag\b|\bdraagvlak\b|\beffect\s+(?:te\s+)?sorteren\b|\bsucces\w*|\bblij\b|\bvoorstander\b|\bwenselijk\b|\bingestemd\b|\bakkoord\b`, "oppose"),
];

export const NEGATORS = /\b(?:niet|geen|nooit|nauwelijks|onvoldoende)\s+(?:\S+\s+){0,2}$/iu;
