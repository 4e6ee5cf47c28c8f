/**
 * Frequent finite verbs that are not speech acts but can carry an actor after them in verb-second
 * inversion ("Tijdens het overleg kon de minister ...", "Daarna maakte het bureau ..."): auxiliaries,
 * modals and the commonest main verbs of minutes. Used only to recognise inversion.
 */
import { REPORTING_FINITE_FORMS } from "./reporting-verbs.js";

export const COMMON_FINITE_VERBS: ReadonlySet<string> = new Set([
  "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden",
  "zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten",
  "mag", "mogen", "mocht", "mochten", "wil", "willen", "wilde", "wilden", "wou", "gaat", "gaan", "ging", "gingen",
  "komt", "komen", "kwam", "kwamen", "maakt", "maken", "maakte", "maakten", "doet", "doen", "deed", "deden",
  "staat", "staan", "stond", "stonden", "ziet", "zien", "zag", "zagen", "neemt", "nemen", "nam", "namen",
  "houdt", "houden", "hield", "hielden", "brengt", "brengen", "bracht", "brachten", "blijft", "blijven", "bleef", "bleven",
  "werkt", "werken", "werkte", "werkten", "krijgt", "krijgen", "kreeg", "kregen", "legt", "leggen", "legde", "legden",
  "sprak", "spraken", "spreekt", "spreken", "hoopt", "hopen", "hoopte", "hoopten", "denkt", "denken", "dacht", "dachten",
  "besprak", "bespraken", "bespreekt", "bespreken", "vergadert", "vergaderen", "vergaderde", "vergaderden",
  "betrekt", "betrekken", "betrok", "betrokken", "zet", "zetten", "zette", "ligt", "liggen", "lag", "lagen",
  "zit", "zitten", "zat", "zaten", "volgt", "volgen", "volgde", "volgden", "vormt", "vormen", "vormde", "vormden",
  "kent", "kennen", "kende", "kenden", "heet", "heten", "levert", "leveren", "leverde", "leverden",
  "onderschrijft", "onderschrijven", "onderschreef", "onderschreven", "steunt", "steunen", "steunde", "steunden",
  "streeft", "streven", "streefde", "streefden", "beloofde", "beloofden", "belooft", "beloven", "bedankte", "bedankten",
  "prees", "prezen", "prijst", "prijzen", "kreeg", "kregen", "schreef", "schreven", "schrijft", "schrijven",
  "draagt", "dragen", "droeg", "droegen", "vindt", "vinden", "vond", "vonden", "zegt", "zeggen", "zei", "zeiden",
  "onderzoekt", "onderzoeken", "onderzocht", "onderzochten", "verklaart", "verklaarde", "stelt", "stellen", "stelde", "stelden",
  "schoof", "schoven", "schuift", "schuiven", "opent", "opende", "sluit", "sluiten", "sloot", "sloten", "begroet", "begroette",
  "deed", "deden", "weet", "weten", "wist", "wisten", "ziet", "zag", "zagen", "reageerde", "reageerden", "reageert",
]);

/** Finite verbs ending in -n that are singular nonetheless (for "ze" + verb number agreement). */
export const SINGULAR_FORMS_IN_N: ReadonlySet<string> = new Set(["kan", "ben", "won", "begon", "zon", "verzon", "kon", "bon"]);

/** A finite form of a listed verb, a reporting verb or a common one ("zegt", "heeft", "vond"). */
export function isFiniteVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_FINITE_VERBS.has(lower) || REPORTING_FINITE_FORMS.has(lower);
}
