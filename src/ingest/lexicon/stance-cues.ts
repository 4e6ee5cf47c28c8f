/**
 * Stance cues, in decision order: the first class with a matching cue wins, whatever its position
 * in the clause. Order encodes Dutch minutes' speech-act priorities:
 *   S1 explicit rejection ("wensen geen", "niet akkoord", "onbegrijpelijk") -> oppose
 *   S2 the predicate's own class: the reporting verb (`stance/frame-stance.ts`) or a predicate
 *      idiom ("staat achter", "gaat akkoord met", "legt zich er niet bij neer", "maakt zich sterk voor")
 *   then content cues:
 *   S3 directives (vragen, verzoek, moet, zou moeten, is nodig, willen dat, hoog tijd) -> request
 *   S4 commissives (zal, kondigde aan, toegezegd, gaat in gesprek, streeft ernaar, komt erop terug) -> commitment
 *   S5 negative evaluation (zorgen, ongerustheid, knelpunt, gevaar, spijt, verrast, onduidelijk) -> concern
 *   S6 opposition (tegengaan, bestrijden, onaanvaardbaar, kritiek, te zwaar) -> oppose
 *   S7 positive evaluation incl. praise and thanks (van belang, onmisbaar, bruikbaar, dank, verheugd) -> support
 *   S0 default: inform.
 * A support cue preceded (within three words) by a negator flips to oppose ("geen draagvlak").
 * Patterns are case-insensitive regular expressions over one clause, written for the genre: each
 * is a construction of Dutch minutes and position notes, not a phrase of one document.
 */
import type { Stance } from "../extraction.js";

export interface StanceCue {
  stance: Stance;
  /** The decision step, for explanations: S1-rejection ... S7-positive-evaluation. */
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

const LETTER = "[a-zà-öø-ÿ]";
/** Declining to comment: "wil zich niet uitlaten", "wil niet ingaan op" (no position, so no rejection either). */
const NO_COMMENT_VERB = String.raw`(?:uitlaten|uitspreken|reageren|ingaan)`;
/** "ziet geen aanleiding", "geen reden ziet": declining to act, in either word order. */
const SEE = String.raw`(?:ziet|zien|zag|zagen)`;
const NO_CAUSE = String.raw`geen\s+(?:enkele\s+)?(?:aanleiding|reden|noodzaak)`;
const cue = (stance: Stance, source: string, negated?: Stance, rule = STEP[stance]): StanceCue => ({
  stance,
  rule,
  // Case-insensitive Unicode regular expressions are many times slower in V8 than plain
  // case-insensitive ones: letters are spelled out as a Latin-1 class instead of \p{L}.
  pattern: new RegExp(source.replaceAll("\\p{L}", LETTER), "i"),
  ...(negated ? { negated } : {}),
});

/**
 * Idioms whose verb is the clause's predicate: they decide like a reporting verb does (S2), before
 * any content cue ("Hij staat achter het pleidooi" supports, whatever "pleidooi" would say).
 */
export const PREDICATE_IDIOMS: readonly StanceCue[] = [
  cue("oppose", String.raw`\b(?:legt|leggen|legde|legden)\s+(?:zich\s+)?(?:\S+\s+){0,3}niet\s+(?:\S+\s+){0,2}bij\s+neer\b|\bniet\s+bij\s+neer\b`, undefined, "S2-idiom-oppose"),
  // Acquiescing: "legt zich neer bij de meerderheid", "legden zich erbij neer" (the negated form is above).
  cue("support", String.raw`\b(?:legt|leggen|legde|legden)\s+zich\s+(?:(?!niet\b)\S+\s+){0,3}neer\s+bij\b|\b(?:legt|leggen|legde|legden)\s+zich\s+(?:er|daar|hier)\s*(?:(?!niet\b)\S+\s+){0,2}bij\s+neer\b`, undefined, "S2-idiom-support"),
  cue("oppose", String.raw`\b(?:verzet|verzetten|verzette|verzetten)\s+(?:zich|zij|ze|hij)\b|\b(?:zich|ons|me|mij)\s+(?:\S+\s+){0,2}(?:verzetten|verzet|verzette)\s+tegen\b|\bkeurt\s+(?:\S+\s+){0,3}af\b|\bafgekeurd\b|\b(?:stemt|stemmen|stemde|stemden)\s+(?:\S+\s+){0,2}tegen\b|\btegen\s+(?:\S+\s+){0,4}(?:stemt|stemmen|stemde|stemden|gestemd|te\s+stemmen)\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\S+\s+){0,2}achter\b|\bachter\s+(?:\S+\s+){0,3}te\s+staan\b|\b(?:kan|kunnen|kon|konden)\s+(?:zich|zij|ze|hij)\s+(?:\S+\s+){0,3}vinden\s+in\b`, "oppose", "S2-idiom-support"),
  // "ziet daar niets in", "zagen er weinig heil in": rejection; "ziet (wel) kansen in", "ziet meer in" (preferring).
  cue("oppose", String.raw`\b(?:ziet|zien|zag|zagen)\s+(?:\S+\s+){0,2}(?:niets|weinig|geen\s+heil|geen\s+brood)\s+in\b|\b(?:niets|weinig|niks)\s+(?:heil\s+)?(?:zien|zag|zagen|ziet)\s+in\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:ziet|zien|zag|zagen)\s+(?:\S+\s+){0,3}(?:kansen|mogelijkheden|perspectief|meer)\s+in\b`, "oppose", "S2-idiom-support"),
  // Seeing the advantages or the key in something, valuing it ("hecht aan een landelijke regie"; "hecht
  // eraan dat ..." asks), saying it works or helps: a yes.
  cue("support", String.raw`\b(?:ziet|zien|zag|zagen)\s+(?:\S+\s+){0,3}(?:voordelen|de\s+sleutel|de\s+oplossing)\b|\b(?:hecht|hechten|hechtte|hechtten)\s+(?:(?:wel|ook|juist|vooral|zeer)\s+)?aan\s+(?:de|het|een)\s|\b(?:werkt|werken|werkte|werkten)\s+(?:\S+\s+){0,4}?(?:goed|prima|uitstekend)\b(?!\s+samen)|(?<!niet\s)\b(?:helpt|helpen|hielp|hielpen)\s+(?!niet\b|geen\b)(?:\S+\s+){0,3}?(?:bij|meer)\b`, "oppose", "S2-idiom-support"),
  // Not ruling an option out is a cautious yes: "sloot een tweede fase niet uit"; "sluit niet uit
  // dat ..." only reports a possibility.
  cue("support", String.raw`\b(?:sluit|sluiten|sloot|sloten)\s+(?:\S+\s+){1,6}?niet\s+uit\b(?!\s*,?\s*dat\b)`, undefined, "S2-idiom-support"),
  // "Het kan niet zo zijn dat ...": the speaker rejects the situation; "niet te verantwoorden".
  cue("oppose", String.raw`\b(?:het|dat|dit)\s+kan\s+(?:toch\s+)?niet\s+(?:zo\s+)?zijn\s+dat\b|\bniet\s+(?:\S+\s+){0,2}te\s+verantwoorden\b|\bonverantwoord\p{L}*`, undefined, "S2-idiom-oppose"),
  // Doubting what is proposed ("betwijfelt of een eigen team wel nodig is") decides before the "nodig" it doubts.
  cue("concern", String.raw`\b(?:betwijfelt|betwijfelen|betwijfelde|betwijfelden|betwijfel)\b`, undefined, "S2-idiom-concern"),
  // A promise refused is no commitment: "kon geen verhoging beloven", "kan dat niet toezeggen".
  cue("inform", String.raw`\b(?:kan|kon|kunnen|konden|wil|wilde|wilden)\s+(?:\S+\s+){0,7}(?:niet|geen)\s+(?:\S+\s+){0,3}(?:beloven|toezeggen)\b|\b(?:kan|kon|kunnen|konden)\s+(?:\S+\s+){0,3}(?:niet|geen)\s+(?:\S+\s+){0,3}uitspraken?\s+doen\b`, undefined, "S2-idiom-refusal"),
  // "een toezegging kan hij nu niet doen", "doet geen toezeggingen": no commitment either.
  cue("inform", String.raw`\b(?:geen|niet)\s+(?:\S+\s+){0,2}toezegging(?:en)?\b|\btoezegging(?:en)?\s+(?:\S+\s+){0,5}(?:niet|geen)\s+(?:\S+\s+){0,2}(?:doen|geven|gedaan|gegeven)\b`, undefined, "S2-idiom-refusal"),
  // Wanting to inform or to wait is not a promise to act: "wil u met deze brief informeren",
  // "wil eerst de evaluatie afwachten".
  cue("inform", String.raw`\b(?:wil|willen|wilde|wilden)\s+(?:\S+\s+){0,8}?(?:informeren|mededelen|meedelen|toelichten|op\s+de\s+hoogte\s+(?:brengen|stellen|houden)|afwachten)\b`, undefined, "S2-idiom-inform"),
  // "Niet alle burgemeesters zijn even enthousiast / tevreden": reservations of part of the group.
  cue("concern", String.raw`\bniet\s+(?:alle|iedereen|elke|ieder)\b(?:\s+\S+){0,6}?\s+(?:even\s+|zo\s+|onverdeeld\s+|daarvan\s+|echter\s+)?(?:enthousiast|tevreden|gelukkig|overtuigd|positief|blij|gerust)\b`, undefined, "S2-idiom-concern"),
  // "staan met lege handen", "hun handen zijn gebonden": powerless.
  cue("concern", String.raw`\bmet\s+lege\s+handen\b|\bhanden\s+(?:\S+\s+){0,2}gebonden\b`, undefined, "S2-idiom-concern"),
  // "heeft grote moeite met", "is er niet gelukkig mee", "is er klaar mee", "neemt afstand van",
  // "spreekt zich uit tegen": taking distance; "spreekt zich uit voor", "kan daarmee leven", "kunnen
  // wij ermee leven", "kan ik met deze stap leven", "kunnen wij grotendeels instemmen", "geen
  // tegenstander van", "zijn het erover eens": a yes.
  cue("oppose", String.raw`\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,2}(?:grote\s+|veel\s+|de\s+nodige\s+|zijn\s+|haar\s+|hun\s+)?moeite\s+met\b|\bniet\s+(?:\S+\s+){0,1}gelukkig\s+(?:mee|met)\b|\b(?:er|daar|hier)\s+(?:\S+\s+){0,2}klaar\s+mee\b|\b(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){0,2}afstand\s+van\b|\b(?:spreekt|spreken|sprak|spraken)\s+zich\s+(?:\S+\s+){0,3}uit\s+tegen\b|\b(?:voelt|voelen|voelde|voelden)\s+(?:\S+\s+){0,3}niet\s+voor\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:spreekt|spreken|sprak|spraken)\s+zich\s+(?:\S+\s+){0,3}uit\s+voor\b|\bons\s+(?:\S+\s+){0,2}uitgesproken\s+voor\b|\b(?:daar|hier)mee\s+(?:kan|kunnen|kon|konden)\s+(?:\S+\s+){0,4}leven\b|\b(?:kan|kunnen|kon|konden)\s+(?:(?!niet\b|geen\b)\S+\s+){0,3}(?:(?:daar|hier|er)?mee\s+|met\s+(?:\S+\s+){1,3})leven\b|\b(?:kan|kunnen|kon|konden)\s+(?:(?!niet\b|geen\b)\S+\s+){0,4}instemmen\b|\bgeen\s+tegenstander\b|\b(?:is|zijn|was|waren)\s+het\s+(?:\S+\s+){0,2}(?:er|hier|daar)over\s+eens\b|\b(?:kan|kunnen|kon|konden)\s+(?:ons|wij|we|ik|mij|me)\s+(?:\S+\s+){0,3}vinden\s+in\b`, undefined, "S2-idiom-support"),
  // "kan zich in het voorstel vinden", "kunnen zich op hoofdlijnen in de prioriteiten vinden": the
  // object of "zich vinden in" often stands between the reflexive and the verb.
  cue("oppose", String.raw`\b(?:kan|kunnen|kon|konden)\s+zich\s+(?:\S+\s+){0,3}?niet\s+(?:\S+\s+){0,4}?in\s+(?:\S+\s+){0,4}?vinden\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:kan|kunnen|kon|konden)\s+zich\s+(?:(?!niet\b|geen\b)\S+\s+){0,4}?in\s+(?:\S+\s+){0,4}?vinden\b`, "oppose", "S2-idiom-support"),
  // Open to a proposal (not a building open to the public) is a cautious yes ("staat open voor", "gaf aan open te staan voor"); not open is a no.
  cue("oppose", String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\S+\s+){0,3}niet\s+(?:\S+\s+){0,2}open\s+voor\b|\bniet\s+(?:\S+\s+){0,2}open\s+te\s+staan\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\S+\s+){0,4}open\s+voor\b(?!\s+(?:het\s+)?(?:publiek|bezoekers|iedereen|verkeer)\b)|\bopen\s+te\s+staan\s+voor\b`, undefined, "S2-idiom-support"),
  // "doet een dringend beroep op de minister om ...": an appeal is a request.
  cue("request", String.raw`\b(?:doet|doen|deed|deden|gedaan)\s+(?:\S+\s+){0,3}beroep\s+op\b|\bberoep\s+(?:\S+\s+){0,3}(?:doen|gedaan)\b`, undefined, "S2-idiom-request"),
  // Strong figurative condemnation: "spreekt van een kaalslag", "noemt het een klap in het gezicht".
  cue("oppose", String.raw`\bklap\s+in\s+het\s+gezicht\b|\bkaalslag\b`, undefined, "S2-idiom-oppose"),
  // "noemt de verordening een schoffering", "een collectieve straf", "een bezuiniging in een nette jas";
  // defending what a measure would reduce: "Een politiebureau is meer dan een loket".
  cue("oppose", String.raw`\bschoffering\b|\bcollectieve\s+straf\b|\bin\s+een\s+nette\s+jas\b|^["'„“‘]?\s*(?:een|het|de)\s+\p{L}+\s+(?:is|zijn)\s+meer\s+dan\s+(?:een|alleen|slechts)\s+(?!(?:miljoen|paar|half|derde|kwart|jaar|dag|week|uur|maand|procent)\b)\p{L}`, undefined, "S2-idiom-oppose"),
  // Judging a proposal too weak or out of proportion: "vindt de voorstellen te voorzichtig",
  // "vindt uitbreiding niet proportioneel"; "ziet extra boa's niet als oplossing".
  cue("oppose", String.raw`\b(?:vindt|vinden|vond|vonden)\s+(?:\S+\s+){0,6}?(?:te\s+(?:voorzichtig|vrijblijvend|mager|vaag|beperkt|duur|traag)|niet\s+(?:proportioneel|realistisch|haalbaar|zinvol))\b|\b(?:ziet|zien|zag|zagen)\s+(?:\S+\s+){0,5}?niet\s+als\s+(?:de\s+|een\s+)?(?:oplossing|optie|alternatief)\b`, undefined, "S2-idiom-oppose"),
  // Admitting room for improvement ("erkent dat de communicatie beter had gekund / beter moet") is
  // a concern about what went wrong, not a demand on someone else.
  cue("concern", String.raw`\bbeter\s+(?:kan|kon|moet|had\s+(?:gekund|gemoeten|kunnen))\s*[.;]?\s*$`, undefined, "S2-idiom-concern"),
  // "verdienen meer erkenning", "verdient een eerlijk deel": what someone ought to get is asked for;
  // "verdient de voorkeur" is a preference (support), left to other cues.
  cue("request", String.raw`\b(?:verdient|verdienen)\s+(?:(?!de\s+voorkeur)\S+\s+){0,3}?(?:meer|extra|een\s+eerlijk\p{L}*|betere?)\b`, undefined, "S2-idiom-request"),
  // Wondering ("vraagt zich af of ...", an indirect question) is doubt; what a situation asks for ("vraagt meer tijd",
  // "vraagt veel capaciteit") and "vaker dan gewenst" state a burden: concerns, not requests.
  cue("concern", String.raw`\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:\S+\s+)?(?:zich|ons|mij|me)\s+(?:\S+\s+){0,4}?af\s+(?:of|hoe|waarom|wat|wie|wanneer|welke)\b|\b(?:vraagt|vragen|vroeg|vroegen)\s+(?:immers\s+|nu\s+|ook\s+)?(?:veel|meer|steeds\s+meer|te\s+veel)\s+(?:tijd|capaciteit)\b|\b(?:steeds\s+)?(?:veel|meer|te\s+veel)\s+(?:tijd|capaciteit)\s+(?:vraagt|vragen|vroeg|vroegen|kost|kosten|kostte|kostten)\b|\b(?:vaker|meer|langer|minder|later)\s+dan\s+(?:gewenst|nodig|wenselijk|voorzien|verwacht)\b`, undefined, "S2-idiom-concern"),
  // "wees het verwijt van de hand": rejecting a reproach or a proposal.
  cue("oppose", String.raw`\b(?:wijst|wijzen|wees|wezen)\s+(?:\S+\s+){0,4}van\s+de\s+hand\b|\bvan\s+de\s+hand\s+(?:\S+\s+){0,1}gewezen\b`, undefined, "S2-idiom-oppose"),
  // "stemden voor (het voorstel)": a vote in favour (the vote against is above).
  cue("support", String.raw`\b(?:stemt|stemmen|stemde|stemden)\s+(?:\S+\s+){0,2}?voor\s*(?:[.,;]|$|(?:de|het|dit|deze)\s+(?:\S+\s+){0,2}?(?:motie|voorstel|amendement|begroting|plan|besluit)\b)|\bvoor\s+te\s+stemmen\b`, undefined, "S2-idiom-support"),
  // "is voornemens / van plan ... te": an intention announced; "niet voornemens" rejects.
  cue("oppose", String.raw`\b(?:niet|geen)\s+(?:\S+\s+){0,1}(?:voornemens|van\s+plan|plannen\s+om)\b`, undefined, "S2-idiom-oppose"),
  cue("commitment", String.raw`\b(?:is|zijn|was|waren)\s+(?:(?!niet\b|geen\b)\S+\s+){0,2}(?:voornemens|van\s+plan)\b`, undefined, "S2-idiom-commitment"),
  // "overweegt naar de rechter te stappen": a course of action announced as considered.
  cue("commitment", String.raw`\b(?:overweegt|overwegen|overwoog|overwogen)\s+(?:(?!niet\b|geen\b)\S+\s+){0,12}?(?:om\s+)?(?:\S+\s+)?te\s+\p{L}+en\b`, undefined, "S2-idiom-commitment"),
  // "De burgemeesters zijn hierover verdeeld": the group reports a split, no position of its own.
  cue("inform", String.raw`\b(?:zijn|waren)\s+(?:\S+\s+){0,2}verdeeld\b`, undefined, "S2-idiom-inform"),
  // "ziet geen aanleiding om ...", "zagen geen reden voor": declining to act on what is asked.
  cue("oppose", String.raw`\b${SEE}\s+(?:\S+\s+){0,3}${NO_CAUSE}\b|\b${NO_CAUSE}\s+(?:\S+\s+){0,1}${SEE}\b`, undefined, "S2-idiom-oppose"),
  // Declining to comment states no position: "wil niet ingaan op", "wil zich niet uitlaten over".
  cue("inform", String.raw`\b(?:wil|willen|wilde|wilden|kan|kon)\s+(?:\S+\s+){0,3}?(?:zich\s+)?(?:nog\s+)?niet\s+(?:\S+\s+)?${NO_COMMENT_VERB}\b|\b(?:wil|willen|wilde|wilden|kan|kon)\s+(?:\S+\s+){0,3}?(?:nog\s+)?niets\s+(?:\S+\s+)?(?:zeggen|toezeggen|kwijt|loslaten)\b`, undefined, "S2-idiom-no-comment"),
  // Threatening action against a plan opposes it: "De bond dreigt met acties als ...".
  cue("oppose", String.raw`\b(?:dreigt|dreigen|dreigde|dreigden)\s+(?:\S+\s+){0,2}met\s+(?:\S+\s+)?(?:acties|actie|staking|stakingen|een\s+staking|juridische\s+stappen|een\s+rechtszaak|boycot)\b`, undefined, "S2-idiom-oppose"),
  // A measure called unavoidable is defended ("Volgens de politiechef is de sluiting onvermijdelijk");
  // harm called unavoidable is feared ("zonder extra middelen zijn pijnlijke keuzes onvermijdelijk").
  cue("support", String.raw`^(?!.*\b(?:zonder|pijnlijke?|drastische?|ten\s+koste|keuzes|ingrepen|bezuinig\p{L}*|tekort\p{L}*|niet|geen|als)\b).*\bonvermijdelijk\b`, undefined, "S2-idiom-support"),
  // "Niet alle burgemeesters zijn tegen": some are for.
  cue("support", String.raw`^(?:Maar\s+|Toch\s+)?niet\s+(?:alle|iedereen)\b(?:\s+\S+){0,3}?\s+(?:is|zijn|was|waren)\s+(?:\S+\s+)?tegen\s*[.,;]?\s*$`, undefined, "S2-idiom-support"),
  // A measure that does not solve it: "daarmee los je dit niet op", "is niet op te lossen met ...".
  cue("oppose", String.raw`\b(?:los|lost|lossen|loste|losten)\s+(?:\S+\s+){0,5}(?:niet|niets|geen\s+\S+)\s+op\b|\bdruppel\s+op\s+(?:een\s+|de\s+)?gloeiende\s+plaat\b`, undefined, "S2-idiom-oppose"),
  // "deelt dat punt niet", "deelden die mening niet": the negation follows the object.
  cue("oppose", String.raw`\b(?:deelt|delen|deelde|deelden)\s+(?:dat|die|deze|dit|zijn|haar|hun|de|het)\s+(?:\S+\s+){0,2}niet\b`, undefined, "S2-idiom-oppose"),
  // "is tegen de motie", "De fractie is daarom tegen.": against as the predicate of a copula.
  cue("oppose", String.raw`\b(?:is|zijn|was|waren|blijft|blijven)\s+(?:(?:daarom|dan\s+ook|ook|fel|sterk|mordicus|principieel|nog\s+steeds|altijd)\s+)?tegen\b(?=\s*(?:[.,;]|$|(?:de|het|een|dit|dat|deze|die|elke|ieder|zo'?n)\s+(?:\S+\s+){0,3}?(?:motie|moties|voorstel|amendement|plan|plannen|verbod|besluit|maatregel\p{L}*|invoering|komst|idee|uitbreiding|verlenging|sluiting|verhoging|bezuiniging\p{L}*|proef|pilot|aanpassing|wijziging)\b|het\s+(?:\S+\s+){0,2}?\p{L}{4,}en\b|(?!(?:\S+\s+){0,3}?(?:achtergrond|verwachting\p{L}*|licht|grens|grenzen|wet|zin|kostprijs|betaling|elkaar|vergoeding|prijs|tarief|einde)\b)(?:(?:een|de|het)\s+\p{L}{4,}|\p{L}+(?:ing|atie|ities?|name|komst))\b))`, undefined, "S2-idiom-oppose"),
  // "is fel gekant tegen sluiting", "is hier fel op tegen"; "zijn niet tegen dit kader", "dat hij niet
  // tegen vernieuwing is" (subordinate order) are a cautious yes.
  cue("support", String.raw`\bniet\s+tegen\s+(?:\S+\s+){0,3}(?:is|zijn|was|waren)\b|\b(?:is|zijn|was|waren)\s+(?:(?:er|hier|daar|ook|zeker|principieel|in\s+beginsel)\s+)*niet\s+(?:(?:op|per\s+se|principieel)\s+)?tegen\b(?=\s+(?:de|het|een|dit|dat|deze|die|zo'?n)\b|\s*[.,;]|$)`, undefined, "S2-idiom-support"),
  cue("oppose", String.raw`\bgekant\s+tegen\b|\b(?:is|zijn|was|waren|blijft|blijven)\s+(?:(?:\S+\s+){0,2}?)(?:er|hier|daar)\s*(?:(?:fel|sterk|mordicus|principieel|faliekant|ook|dus|wel|nog\s+steeds)\s+)*op\s+tegen\b`, undefined, "S2-idiom-oppose"),
  // "hechten groot belang aan de norm", "hecht veel waarde aan de samenwerking": valuing a thing
  // ("hecht eraan dat ..." asks for it: a directive below).
  cue("support", String.raw`\b(?:hecht|hechten|hechtte|hechtten)\s+(?:(?:\S+\s+){0,2})(?:belang|waarde)\s+aan\s+(?!dat\b|om\b)`, undefined, "S2-idiom-support"),
  // "geeft de voorkeur aan een persoonsgerichte aanpak": preferring one way is a yes to it.
  cue("support", String.raw`\b(?:geeft|geven|gaf|gaven)\s+(?:\S+\s+){0,2}(?:de\s+)?voorkeur\s+aan\b`, undefined, "S2-idiom-support"),
  // "een apart fonds ziet hij niet zitten": rejection; "werd instemmend op gereageerd", "De raad neemt
  // de motie unaniem aan": agreement.
  cue("oppose", String.raw`\b(?:ziet|zien|zag|zagen)\s+(?:\S+\s+){0,3}niet\s+zitten\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\binstemmend\b|\b(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){0,4}(?:motie|moties|amendement|voorstel|raadsvoorstel)\s+(?:\S+\s+){0,4}aan\b`, undefined, "S2-idiom-support"),
  // A committee's advice to put a proposal through without debate is a yes to it.
  cue("support", String.raw`\b(?:adviseert|adviseren|adviseerde|adviseerden)\s+(?:\S+\s+){0,4}als\s+hamerstuk\b`, undefined, "S2-idiom-support"),
  cue("inform", String.raw`\b(?:adviseert|adviseren|adviseerde|adviseerden)\s+(?:\S+\s+){0,4}als\s+bespreekstuk\b`, undefined, "S2-idiom-inform"),
  // "temperde de verwachtingen": the speaker warns that less is coming.
  cue("concern", String.raw`\b(?:tempert|temperen|temperde|temperden)\s+(?:\S+\s+){0,2}verwachting(?:en)?\b`, undefined, "S2-idiom-concern"),
  cue("support", String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\S+\s+){0,4}(?:positief|welwillend|sympathiek|open)\s+(?:\S+\s+){0,4}tegenover\b`, "oppose", "S2-idiom-support"),
  cue("oppose", String.raw`\b(?:staat|staan|stond|stonden)\s+(?:\S+\s+){0,4}(?:kritisch|negatief|afwijzend|terughoudend|sceptisch|gereserveerd)\s+(?:\S+\s+){0,4}tegenover\b`, undefined, "S2-idiom-oppose"),
  // "herkent dat beeld niet": the negation follows the object, so it is its own idiom, before the positive one.
  cue("oppose", String.raw`\b(?:herkent|herkennen|herkende|herkenden)\s+(?:zich\s+)?(?:\S+\s+){0,2}(?:beeld|analyse|signalen?|schets|cijfers)\s+(?:\S+\s+){0,4}niet\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:herkent|herkennen|herkende|herkenden)\s+(?:zich\s+(?:in\s+)?)?(?:\S+\s+){0,2}(?:beeld|analyse|signalen?|schets)\b`, "oppose", "S2-idiom-support"),
  // A litotes: "staat er niet onwelwillend tegenover" is a cautious yes.
  cue("support", String.raw`\bniet\s+(?:on(?:welwillend|sympathiek)|afwijzend|negatief)\b`, undefined, "S2-idiom-support"),
  cue("oppose", String.raw`\b(?:voelt|voelen|voelde|voelden)\s+(?:\S+\s+){0,3}(?:weinig|niets|niks|geen\s+\S+)\s+(?:\S+\s+){0,2}voor\b|\b(?:stuit|stuiten|stuitte|stuitten)\s+(?:\S+\s+){0,5}op\s+(?:\S+\s+){0,2}(?:weerstand|verzet|bezwaren|onbegrip)\b|\b(?:is|zijn|was|waren|blijft|blijven)\s+(?:\S+\s+){0,3}terughoudend\b`, undefined, "S2-idiom-oppose"),
  // "herkent de cijfers": acknowledging figures someone else gives, no judgement of them.
  cue("inform", String.raw`\b(?:herkent|herkennen|herkende|herkenden)\s+(?:\S+\s+){0,2}cijfers\b`, undefined, "S2-idiom-acknowledge"),
  // "deelden die verontwaardiging": sharing anger at something is opposing it, as sharing worries is concern.
  cue("oppose", String.raw`\b(?:deelt|delen|deelde|deelden)\s+(?:\S+\s+){0,2}(?:verontwaardiging|boosheid|woede|irritatie|ergernis|afkeer)\b`, undefined, "S2-idiom-oppose"),
  // "is somber over de bezetting": a bleak outlook is a worry.
  cue("concern", String.raw`\b(?:somber|somberder|pessimistisch|zwaarmoedig)\s+(?:\S+\s+){0,2}?(?:over|gestemd)\b`, undefined, "S2-idiom-concern"),
  cue("inform", String.raw`\b(?:herkent|herkennen|herkende|herkenden|begrijpt|begrijpen|begreep|begrepen|snapt|snappen|snapte|snapten|snap|begrijp)\s+(?:\S+\s+){0,3}(?:zorgen|frustratie|frustraties|boosheid|emoties|onvrede)\b|\bzorgen\s+(?:\S+\s+){0,2}te\s+(?:herkennen|begrijpen)\b`, undefined, "S2-idiom-acknowledge"),
  cue("support", String.raw`\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,4}akkoord\b|\bakkoord\s+(?:te\s+)?(?:gaan|gegaan|gegeven)\b|\b(?:geeft|geven|gaf|gaven)\s+(?:\S+\s+){0,3}akkoord\b`, "oppose", "S2-idiom-support"),
  cue("support", String.raw`\b(?:stemt|stemmen|stemde|stemden)\s+(?:\S+\s+){0,4}in\s+met\b|\bingestemd\b|\bin\s+te\s+stemmen\b`, "oppose", "S2-idiom-support"),
  cue("support", String.raw`\b(?:is|zijn|was|waren)\s+het\s+(?:\S+\s+){0,2}eens\s+met\b|\b(?:is|zijn|was|waren)\s+het\s+(?:\S+\s+){0,1}met\s+(?:\S+\s+){1,3}eens\b`, "oppose", "S2-idiom-support"),
  cue("commitment", String.raw`\b(?:neem|neemt|nemen|nam|namen)\s+(?:\S+\s+){0,5}mee\b(?!\s+naar\b)|\b(?:besluit|besluiten|besloot|besloten)\s+(?:\S+\s+){0,10}te\s+\p{L}+en\b`, undefined, "S2-idiom-commitment"),
  // Granting that something must be or is needed is accepting it, not demanding it: "Ik begrijp
  // dat de politie moet bezuinigen", "Wij realiseren ons dat waarborgen nodig zijn" (not before a
  // "maar", whose clause decides).
  cue("support", String.raw`\b(?:begrijp|begrijpt|begrijpen|begreep|begrepen|snap|snapt|snappen|realiseer|realiseert|realiseren)\s+(?:\S+\s+){0,4}?(?:dat|de\s+noodzaak)\b(?![^;]*\bmaar\b)[^;]*\b(?:moet|moeten|nodig|noodzakelijk)\b`, undefined, "S2-idiom-acknowledge"),
  // Received badly, or not far enough / too far: "Die redenering valt bij de burgemeesters slecht",
  // "Dat gaat de bond niet ver genoeg" (before "valt ... bij", agreeing).
  cue("oppose", String.raw`\b(?:valt|vallen|viel|vielen)\s+(?:\S+\s+){0,4}?(?:slecht|verkeerd|rauw\s+op\s+het\s+dak)\b|\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,4}?(?:niet\s+ver\s+genoeg|veel\s+te\s+ver|te\s+ver)\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\b(?:sluit|sluiten|sloot|sloten)\s+(?:(?!niet\b)\S+\s+){0,4}?(?:zich|ons|mij|me)\s+(?:hier|daar)?(?:\S+\s+){0,5}(?:bij\s+)?\S*\s*aan\b|\b(?:valt|vallen|viel|vielen)\s+(?:\S+\s+){0,2}bij\b`, "oppose", "S2-idiom-support"),
  cue("support", String.raw`\b(?:maakt|maken|maakte|maakten)\s+(?:zich|zij|ze|hij)\s+(?:\S+\s+){0,2}sterk\s+voor\b|\b(?:komt|komen|kwam|kwamen)\s+(?:\S+\s+){0,3}op\s+voor\b`, undefined, "S2-idiom-support"),
  cue("support", String.raw`\b(?:goedkeuring|fiat|zegen|steun)\s+(?:\S+\s+){0,2}(?:gegeven|verleend|geven|verlenen|gaf|gaven)\b|\b(?:geeft|geven|gaf|gaven|verleent|verleende|verleenden)\s+(?:\S+\s+){0,3}(?:goedkeuring|fiat|steun)\b|\bgoedgekeurd\b|\bkeurt\s+(?:\S+\s+){0,3}goed\b`, "oppose", "S2-idiom-support"),
  // "Het AB stelt de jaarrekening vast", "de raad neemt het voorstel aan": a body adopts what is put to it
  // (not "stelt vast dat ...", which reports a finding).
  cue("support", String.raw`\b(?:stelt|stellen|stelde|stelden)\s+(?:de|het|een|deze|dit)\s+(?:[^\s,.;]+\s+){0,5}vast\b(?!\s*,?\s*dat\b|\s+te\b)|\b(?:neemt|nemen|nam|namen)\s+(?:de|het|dit|deze)\s+(?:\S+\s+){0,3}(?:voorstel|motie|amendement|besluit|raadsvoorstel)\s+(?:\S+\s+){0,4}aan\b`, "oppose", "S2-idiom-support"),
  cue("support", String.raw`\b(?:deelt|delen|deelde|deelden)\s+(?:\S+\s+){0,2}(?:conclusie|conclusies|opvatting|mening|analyse|visie|standpunt|voorwaarde|voorwaarden|doel|doelstelling|ambitie|uitgangspunt|uitgangspunten|wens|oproep|pleidooi|zienswijze)\b`, "oppose", "S2-idiom-support"),
  cue("support", String.raw`\b(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){0,6}(?:aanbeveling|aanbevelingen|advies|adviezen|voorstel|voorstellen)\s+(?:\S+\s+){0,4}over\b|\b(?:aanbevelingen|adviezen)\s+(?:\S+\s+){0,3}over\s+te\s+nemen\b`, "oppose", "S2-idiom-support"),
  cue("oppose", String.raw`\b(?:niet|minder|slecht|allerminst)\s+te\s+spreken\s+over\b`, undefined, "S2-idiom-oppose"),
  cue("concern", String.raw`\b(?:plaatst|plaatsen|plaatste|plaatsten|maakt|maken|maakte|maakten)\s+(?:\S+\s+){0,3}kanttekening(?:en)?\b|\bkanttekening(?:en)?\s+(?:\S+\s+){0,3}(?:geplaatst|gemaakt|bij)\b`, undefined, "S2-idiom-concern"),
  cue("concern", String.raw`\b(?:deelt|delen|deelde|deelden)\s+(?:\S+\s+){0,2}(?:zorg|zorgen|bezorgdheid)\b|\b(?:maakt|maken|maakte|maakten)\s+(?:zich|zij|ze|hij)\s+(?:\S+\s+){0,2}zorgen\b`, undefined, "S2-idiom-concern"),
  cue("request", String.raw`\b(?:wil|willen|wilde|wilden)\s+(?:\S+\s+){0,6}weten\b|\b(?:informeert|informeerde|informeerden)\s+(?:\S+\s+){0,3}(?:of|naar|hoe|wanneer|welke)\b`, undefined, "S2-idiom-request"),
  cue("commitment", String.raw`\b(?:kiest|kiezen|koos|kozen)\s+(?:\S+\s+){0,3}voor\b|\b(?:streeft|streven|streefde|streefden)\b|\b(?:kom|komt|komen|kwam|kwamen)\s+(?:\S+\s+){0,3}(?:hier|daar|er)(?:\s+\S+){0,5}\s*op\s+terug\b|\b(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){0,3}verantwoordelijkheid\b`, undefined, "S2-idiom-commitment"),
  // "sloot een heroverweging uit", "sluit uit dat ...": ruling out ("sluit ... niet uit" is above).
  cue("oppose", String.raw`\b(?:sluit|sluiten|sloot|sloten)\s+(?:(?!niet\b|zich\b)\S+\s+){1,6}?uit\b|\b(?:sluit|sluiten|sloot|sloten)\s+uit\s+dat\b`, undefined, "S2-idiom-oppose"),
  // "spreekt het beeld van de korpschef tegen": contradicting (not "spreekt tegen de minister", to someone).
  cue("oppose", String.raw`\b(?:spreekt|spreken|sprak|spraken)\s+(?:(?!zich\b)\S+\s+){1,6}?tegen\b(?=\s*(?:[.,;:]|$|(?:en|maar|omdat|want)\b))`, undefined, "S2-idiom-oppose"),
  // "biedt aan de inbreng te coördineren", "bood aan om ... uit te werken": an offer to act.
  cue("commitment", String.raw`\b(?:biedt|bieden|bood|boden)\s+(?:\S+\s+){0,3}?aan\s+(?:om\s+)?(?:\S+\s+){0,10}?te\s+\p{L}+en\b`, undefined, "S2-idiom-commitment"),
  // "werkt een handreiking uit", "stelt een concept op, te bespreken in ...": drafting what was asked.
  cue("commitment", String.raw`\b(?:werkt|werken|werkte|werkten)\s+(?:\S+\s+){1,12}?uit\b(?=\s*(?:[.,;:]|$|(?:en|over|voor|om|waarin|die|dat)\b))|\b(?:stelt|stellen|stelde|stelden)\s+(?:(?!zich\b)\S+\s+){1,8}?op\b(?=\s*[,.;]|\s*$)`, undefined, "S2-idiom-commitment"),
  // "laat het oordeel over het amendement aan de raad": the council's way of neither advising for nor against.
  cue("inform", String.raw`\b(?:laat|laten|liet|lieten)\s+(?:het|zijn|haar|hun)\s+oordeel\s+(?:\S+\s+){0,6}?aan\s+(?:de|het)\b|\boordeel\s+(?:\S+\s+){0,6}?aan\s+de\s+(?:raad|commissie|Kamer|vergadering)\b`, undefined, "S2-idiom-inform"),
  // "is lovend over", "is vol lof over": praise.
  cue("support", String.raw`\blovend\b|\bvol\s+lof\b`, undefined, "S2-idiom-support"),
  // "trekt 20 miljoen uit voor de aanpak": money set aside is a commitment.
  cue("commitment", String.raw`\b(?:trekt|trekken|trok|trokken)\s+(?:\S+\s+){1,6}?uit\s+voor\b`, undefined, "S2-idiom-commitment"),
  // "Dat kan ik toezeggen", "wil ik u beloven" (the refusal with "niet" or "geen" is above); "Ik ga na of ...".
  // Not a question ("Kan de wethouder toezeggen ...?", "vraagt of de minister kan toezeggen").
  cue("commitment", String.raw`(?<!^\s*)(?<!\bof\s+(?:\S+\s+){0,5})\b(?:kan|kunnen|wil|willen|zal|zullen)\s+(?:(?!niet\b|geen\b)\S+\s+){0,4}(?:toezeggen|beloven|garanderen)\b(?![^?]*\?)|\b(?:ga|gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,2}na\s+(?:of|hoe|wat|welke|waarom|wanneer)\b|\bna\s+te\s+gaan\s+(?:of|hoe|wat|welke)\b`, undefined, "S2-idiom-commitment"),
  // A plea the holder will make elsewhere is their own future act: "Hij zal in Brussel aandacht vragen
  // voor ...", "zal bij de provincie aandringen op ...", "zal met een voorstel komen", "zal een
  // initiatiefvoorstel indienen" (not "zou": a wish; not a bare "zal ... vragen": asking the addressee).
  cue("commitment", String.raw`\b(?:zal|zullen)\s+(?:(?!niet\b|geen\b)\S+\s+){0,10}?(?:aandringen\s+op|aandacht\s+(?:\S+\s+){0,6}?vragen|pleiten\s+voor|met\s+(?:een\s+)?(?:\S+\s+)?(?:voorstel|voorstellen|plan|notitie)\s+komen|(?:initiatief)?voorstel\s+(?:\S+\s+){0,2}indienen)\b`, undefined, "S2-idiom-commitment"),
  // Embracing, holding on to or defending a proposal, taking someone's side, being won over,
  // receiving it with approval: "omarmt het plan", "houdt vast aan het voorstel", "verdedigt het besluit",
  // "neemt het op voor de teamchef", "trekt de fractie over de streep", "met instemming ontvangen".
  cue("support", String.raw`\b(?:omarmt|omarmen|omarmde|omarmden|omarmd)\b|\b(?:houdt|houden|hield|hielden)\s+(?:\S+\s+){0,2}vast\s+aan\s+(?:het|de|zijn|haar|hun|dit|deze|ons)\s+(?:\S+\s+){0,2}(?:voorstel|plan|plannen|besluit|standpunt|koers|keuze|lijn|aanpak)\b|\b(?:verdedigt|verdedigen|verdedigde|verdedigden)\s+(?!zich\b)(?:\S+\s+){0,2}(?:besluit|voorstel|plan|plannen|keuze|aanpak|maatregel|maatregelen|beleid|sluiting|herverdeling|reorganisatie|model)\b|\b(?:neemt|nemen|nam|namen)\s+het\s+(?:\S+\s+){0,2}op\s+voor\b|\bover\s+de\s+streep\b|\bmet\s+instemming\b`, "oppose", "S2-idiom-support"),
  // Behind a proposal with the verb at the end of a subordinate clause ("zegt dat de fractie achter de
  // invoering staat"), and open to it after a pronominal adverb ("gaf aan daar in beginsel voor open te
  // staan"); the negated forms first, as the earliest idiom wins and ties go to the first listed.
  cue("oppose", String.raw`\bniet\s+achter\s+(?:\S+\s+){1,6}?(?:staat|staan|stond|stonden)\b|\b(?:daar|hier|er)\s+(?:\S+\s+){0,2}niet\s+(?:\S+\s+){0,2}voor\s+open\b`, undefined, "S2-idiom-oppose"),
  cue("support", String.raw`\bdat\s+(?:(?!niet\b|geen\b)\S+\s+){1,4}achter\s+(?:\S+\s+){1,6}?(?:staat|staan|stond|stonden)\b|\b(?:daar|hier|er)\s+(?:(?!niet\b|geen\b)\S+\s+){0,3}voor\s+open\b`, undefined, "S2-idiom-support"),
  // Endorsing or understanding someone else's plea, request or wish is a yes to it, not a request of
  // one's own: "ondersteunen dat pleidooi", "tonen begrip voor dat verzoek", "begrijpen de wens om ...",
  // "een begrijpelijke wens".
  cue("support", String.raw`\b(?:steunt|steunen|steunde|steunden|ondersteunt|ondersteunen|ondersteunde|ondersteunden|onderschrijft|onderschrijven|onderschreef|onderschreven|begrijpt|begrijpen|begreep|begrepen|begrijp|snapt|snappen|snapte|snap)\s+(?:\S+\s+){0,3}(?:pleidooi|verzoek|wens|oproep|roep)\b|\b(?:toont|tonen|toonde|toonden|heeft|hebben|had|hadden)\s+(?:\S+\s+){0,2}begrip\s+voor\b(?!\s+(?:de\s+|die\s+|deze\s+|hun\s+|zijn\s+|haar\s+)?(?:zorgen|zorg|frustratie|emoties|boosheid|onvrede))|\bbegrijpelijke?\s+(?:wens|verzoek|keuze|reactie)\b|\b(?:toont|tonen|toonde|toonden)\s+(?:\S+\s+){0,2}begrip\s*(?:[.,;]|$)`, "oppose", "S2-idiom-support"),
  // A body's decision above the list of what it decides ("Het algemeen bestuur besluit:"): it adopts
  // each item, which takes this stance from its lead-in.
  cue("support", String.raw`\b(?:besluit|besluiten|besloot|besloten)\s*:\s*$`, undefined, "S2-idiom-support"),
  // Protest and disagreement: "protesteerden tegen de sluiting", "tekende protest aan", "verschillen van mening met".
  cue("oppose", String.raw`\b(?:protesteert|protesteren|protesteerde|protesteerden|geprotesteerd)\b|\bprotest\s+(?:aan|tegen)\b|\b(?:tekent|tekenen|tekende|tekenden)\s+(?:\S+\s+){0,2}protest\b|\b(?:verschilt|verschillen|verschilde|verschilden)\s+(?:\S+\s+){0,3}van\s+mening\b`, undefined, "S2-idiom-oppose"),
  // How a group took the news: "reageren woedend" (a no), "reageerden geschokt" (alarm).
  cue("oppose", String.raw`\b(?:reageert|reageren|reageerde|reageerden)\s+(?:\S+\s+){0,2}(?:woedend|boos|kwaad|furieus|verontwaardigd|afwijzend|fel)\b`, undefined, "S2-idiom-oppose"),
  cue("concern", String.raw`\b(?:reageert|reageren|reageerde|reageerden)\s+(?:\S+\s+){0,2}(?:geschokt|ontzet|ontdaan|bezorgd|geschrokken|ongerust)\b`, undefined, "S2-idiom-concern"),
];

export const STANCE_CUES: readonly StanceCue[] = [
  // 1. rejection
  cue("oppose", String.raw`\b(?:wenst|wensen|wenste|wensten|wil|willen|wilde|wilden)\s+(?:nog\s+|verder\s+)?geen\b`),
  cue("oppose", String.raw`\bniet\s+(?:wenselijk|gewenst|akkoord|aanvaardbaar|eens|verstandig|verantwoord|nodig|de bedoeling)\b|\b(?:kon|kan|konden|kunnen)\s+(?:\S+\s+){0,3}niet\s+(?:mee\s+|met\s+(?:\S+\s+){0,4}?)?(?:akkoord|instemmen)\b`),
  cue("oppose", String.raw`\bgeen\s+(?:voorstander|steun|behoefte|draagvlak)\b|\bgeen\s+ruimte\s+(?:\S+\s+){0,3}voor\b|\bgeen\s+heil\b|\bgeen\s+wondermiddel\b|\blapmiddel\b|\bsymboolpolitiek\b|\b(?:is|was)\s+(?:\S+\s+){0,3}een\s+(?:groot\s+|grote\s+|ernstige?\s+|kapitale\s+)?(?:misverstand|omissie|vergissing|denkfout|miskleun|blunder)\b|\bontevreden\b|\b(?:tegenstemt|tegenstemmen|tegengestemd|tegenstemde|tegenstemden)\b`),
  cue("oppose", String.raw`\b(?:wil|willen|wilde|wilden)\s+(?:\S+\s+){0,6}niet\b(?!\s+(?:alleen|zozeer|langer)\b)(?!\s+(?:\S+\s+)?${NO_COMMENT_VERB}\b)|\bniet\s+(?:\S+\s+){0,4}(?:wil|willen|wilde|wilden)\b`),
  cue("oppose", String.raw`\b(?:hier|daar)\s*(?:niet\s+)?mee\s+(?:niet\s+)?oneens\b|\bniet\s+(?:mee\s+)?eens\b|\bhet\s+(?:hier|daar)\s*niet\s+mee\s+eens\b|\boneens\b`),
  cue("oppose", String.raw`\b(?:wijst|wijzen|wees|wezen)\b.*\baf\b|\bafgewezen\b|\bbezwaar\b|\bbezwaren\b`),
  // Adjectives also inflected ("een onaanvaardbare situatie").
  cue("oppose", String.raw`\bonbegrijpelijke?\b|\bverbolgen\b|\b(?:boos|woedend|kwaad|ontstemd|verontwaardigd|geïrriteerd|geërgerd)\s+(?:\S+\s+){0,2}?(?:over|op|om)\b|\bonaanvaardba(?:ar|re)\b|\bonacceptabele?\b|\bonwenselijke?\b|\bonterechte?\b|\bonverstandige?\b|\b(?:vindt|vinden|vond|vonden|noemt|noemen|noemde|noemden|acht|achten|achtte|achtten)\s+(?:\S+\s+){0,4}onvoldoende\b|\bonvoldoende\s+(?:meeweegt|meewegen|meewoog|meegewogen|recht\s+doet|recht\s+doen)\b|\b(?:houdt|houden|hield|hielden)\s+onvoldoende\s+rekening\b|\bandere\s+kijk\b|\bon(?:haalbaar|uitvoerbaar|werkbaar|realistisch|verantwoord)\b|\bonredelijke?\b|\bschijnoplossing(?:en)?\b`),
  // A state that falls short ("gemeenten hebben onvoldoende zicht", "is onvoldoende uitgewerkt",
  // "voelen zich onvoldoende gesteund") is a worry; judging a measure so ("vindt de zones
  // onvoldoende", above) rejects it, as does a decision that "onvoldoende meeweegt" what matters.
  cue("concern", String.raw`\bonvoldoende\b`),
  // A permission that should hold: "er moet achter gesloten deuren overlegd kunnen worden".
  cue("support", String.raw`\b(?:moet|moeten)\s+(?:\S+\s+){0,1}kunnen\b|\bmoet\s+(?:\S+\s+){0,8}kunnen\s+(?:worden|\p{L}+en)\b`, undefined, "S7-positive-evaluation"),
  // "had liever gezien dat ...": a wish about what was decided is disagreement with it.
  cue("oppose", String.raw`\b(?:had|hadden)\s+(?:\S+\s+){0,4}liever\s+(?:\S+\s+){0,8}?(?:gezien|gehad|gewild)\b`),
  // "niet accepteren", "Dat pik ik niet": refusing to put up with something.
  cue("oppose", String.raw`\b(?:accepteer|accepteert|accepteren|accepteerde|accepteerden|aanvaard|aanvaardt|aanvaarden|aanvaardde|aanvaardden|tolereer|tolereert|tolereren|tolereerde|tolereerden|pik|pikt|pikken)\s+(?:\S+\s+){0,3}niet\b|\bniet\s+(?:langer\s+|meer\s+)?(?:te\s+)?(?:accepteren|aanvaarden|tolereren|pikken)\b|\b(?:hoort|horen)\s+(?:\S+\s+){0,2}niet\s+(?:bij|thuis|in)\b|\b(?:accepteren|tolereren|aanvaarden|dulden|accepteert|tolereert|duldt)\s+geen\b`),
  // A limit that must hold, in a subordinate clause ("dat de inzet niet ten koste mag gaan van ..."):
  // the speaker fears it will not.
  cue("concern", String.raw`\b(?:niet|geen)\s+(?:\S+\s+){0,4}(?:mag|mogen)\s+(?:\S+\s+){0,2}?(?:\p{L}+en|zijn|worden)\b`),
  // A negated obligation rejects: "we moeten niet doen alsof ...", "Het zou niet zo moeten zijn dat ..."
  // (not "moeten niet wachten", which urges).
  cue("oppose", String.raw`\b(?:moet|moeten)\s+(?:\S+\s+){0,2}niet\b(?!\s+(?:alleen|langer|meer|te)\b)(?!\s+(?:\S+\s+){0,2}(?:wachten|afwachten)\b)|\b(?:zou|zouden)\s+(?:\S+\s+){0,4}niet\s+(?:\S+\s+){0,2}moeten\b`),
  // An obligation that is a burden, not a demand: put on someone in a relative or subordinate clause
  // ("kleine gemeenten, die de kosten zelf moeten dragen"; not a passive "die ... moeten worden gehouden"), pointed out ("wijst erop dat de gemeente
  // moet bezuinigen"), too long or too often ("moeten te lang wachten"), or regretted in hindsight
  // ("had eerder moeten ingrijpen").
  cue("concern", String.raw`,\s*(?:die|waar|waarbij|waardoor|omdat|zodat)\s+[^,;]{0,80}?\b(?:moet|moeten)\b(?!\s+(?:\S+\s+){0,4}(?:worden|zijn)\b)|\b(?:wijst|wijzen|wees|wezen)\s+(?:\S+\s+){0,3}?(?:er\s*)?op\s+dat\b.*\b(?:moet|moeten)\b|\b(?:moet|moeten)\s+(?:\S+\s+){0,3}te\s+(?:lang|vaak|veel)\b|\b(?:had|hadden)\s+(?:\S+\s+){0,5}moeten\b`),
  // An obligation the subject had or will have to bear, not one it puts on others: forced in the past
  // ("heeft de panden moeten sluiten"), the consequence of something ("Dit betekent dat we keuzes
  // moeten maken", "Het gevolg is dat ..."), coming or already here ("moeten straks verder rijden",
  // "moet nu al kiezen"), paying for it oneself ("moeten zelf opdraaien voor"), being forced to choose,
  // or to be ashamed (granting that someone must choose, "begrijpt dat de politie keuzes moet maken", is not).
  cue("concern", String.raw`\b(?:heeft|hebben|heb|hebt)\s+(?:\S+\s+){0,8}moeten\s+\p{L}+en\b|\b(?:betekent|betekende|betekenen|betekenden|gevolg\s+(?:is|was)|met\s+als\s+gevolg|(?:leidt|leiden|leidde|leidden)\s+(?:\S+\s+){0,3}ertoe)\s+(?:\S+\s+){0,3}dat\b.*\b(?:moet|moeten|moest|moesten)\b|\b(?:moet|moeten)\s+(?:\S+\s+){0,3}(?:straks|nu\s+al)\b(?!\s+(?:\S+\s+){0,3}kunnen\b)|\b(?:straks|nu\s+al)\s+(?:\S+\s+){0,6}(?:moet|moeten)\b(?!\s+(?:\S+\s+){0,3}kunnen\b)|\bzelf\s+(?:\S+\s+){0,4}(?:moet|moeten)\s+(?:\S+\s+){0,2}(?:opdraaien|dragen|betalen|bezuinigen)\b|\b(?:moet|moeten)\s+zelf\s+(?:ook\s+)?(?:\S+\s+){0,3}(?:opdraaien|dragen|betalen|bezuinigen)\b|\b(?:moet|moeten)\s+(?:\S+\s+){0,4}opdraaien\s+voor\b|(?<!\b(?:begrijpt|begrijpen|begreep|begrepen|snapt|snap|snappen|realiseert|realiseren|realiseer)\b.*)(?:\bkeuzes\s+(?:\S+\s+){0,2}(?:moet|moeten)\s+maken\b|\bkeuzes\s+(?:moet|moeten)\s+worden\s+gemaakt\b|\b(?:moet|moeten)\s+(?:(?!durven\b)\S+\s+){0,4}(?:keuzes\s+maken|kiezen)\b)|\b(?:moet|moeten)\s+schamen\b`),
  // Lacking something is a complaint, also before a demand in what follows: "De fractie mist een
  // onderbouwing waaruit blijkt dat ... nodig is", "Wij missen nog de cijfers per gemeente".
  cue("concern", String.raw`\b(?:mist|missen|miste|misten)\s+(?:nog\s+|vooral\s+|wel\s+)?(?:een|de|het|elke|iedere|concrete|duidelijke|heldere)\s+(?:\S+\s+)?(?:onderbouwing|visie|cijfers|gegevens|inzicht|analyse|uitwerking|planning|samenhang|aandacht|betrokkenheid|financiering|middelen|ervaringen|stem|inbreng|garantie|garanties|toelichting|argumentatie|aanpak|regie|plan)\b`),
  // 3. directives
  // "vinden het van belang dat ...", "achten het van groot belang om ...", "zou liever zien dat ...".
  cue("request", String.raw`\b(?:van\s+(?:groot\s+|zeer\s+groot\s+|essentieel\s+|wezenlijk\s+)?belang|(?:heel\s+|zeer\s+)?belangrijk)\s+(?:\S+\s+){0,1}(?:dat|om)\b|\b(?:zou|zouden)\s+(?:\S+\s+){0,4}liever\b|\bliever\s+(?:\S+\s+){0,3}zien\b`),
  cue("request", String.raw`(?<!\b(?:de|het|geen|enkele|veel|meer|alle|twee|drie|deze|die)\s)\b(?:vraagt|vragen|vroeg|vroegen|gevraagd)\b(?!\s+over\b)`),
  cue("request", String.raw`\b(?:verzoekt|verzoeken|verzocht|verzochten|verzoek)\b`),
  // First person in letters: "Met deze brief vraag ik ...", "wij vragen u"; "hechten eraan dat"; "bij voorkeur".
  cue("request", String.raw`\b(?:ik|wij|we)\s+vraag\b|\bvraag\s+(?:ik|wij|we)\b|\b(?:hecht|hechten|hechtte|hechtten)\s+(?:er\s*)?(?:\S+\s+){0,2}(?:er|daar)?aan\s+(?:dat|om)\b|\bbij\s+voorkeur\b`),
  // What a motion or an amendment provides is what its submitters ask: "Het amendement regelt dat ...".
  cue("request", String.raw`^(?:De|Het|Deze|Dit)\s+(?:motie|amendement)\b[^.;:]*?\b(?:regelt|beoogt)\b`),
  // Expecting something of someone is asking it: "verwacht van het kabinet dat het ...", "verwachten van de minister een reactie".
  // The pattern is case-insensitive, so "van" + any word stands for a name too; "verwacht (ook) meer
  // van de club" asks more. Inviting the reader ("Wij nodigen u van harte uit") asks too; a chair inviting
  // someone to speak ("De voorzitter nodigt X uit") is procedure.
  cue("request", String.raw`\b(?:verwacht|verwachten|verwachtte|verwachtten)\s+(?:(?:wel|ook|nu|dan|echt|echter|wel\s+iets|ook\s+iets)\s+){0,2}(?:meer\s+)?van\s+(?:de|het|hem|haar|hen|u|ons|jullie|[a-z]\S*)\b|\b(?:(?:wij|we|ik)\s+(?:\S+\s+)?(?:nodigen|nodig)|(?:nodigen|nodig)\s+(?:wij|we|ik))\s+(?:\S+\s+){0,8}uit\b`),
  cue("request", String.raw`\b(?:dient|dienen|diende|dienden)\s+(?:\S+\s+){0,8}(?:motie|moties|amendement)\b`),
  cue("request", String.raw`\b(?:roept|roepen|riep|riepen)\b.*\bop\b|\bopgeroepen\b|\boproep\b`),
  cue("request", String.raw`\bsuggestie\b|\b(?:suggereert|suggereren|suggereerde|suggereerden)\b`),
  cue("request", String.raw`\b(?:pleit|pleiten|pleitte|pleitten|gepleit|pleidooi)\b`),
  cue("request", String.raw`\b(?:stelt|stellen|stelde|stelden)\s+(?:\S+\s+){0,3}voor\s+(?:\S+\s+){0,12}te\s+\p{L}+en\b|\b(?:stelt|stellen|stelde|stelden)\b.*\bvoor\s*[.,;]|\bvoorgesteld\b|\b(?:doet|doen|deed|deden)\s+(?:\S+\s+){0,2}voorstel\b|\bvoorstel\s+(?:om|tot|dat)\b`),
  cue("request", String.raw`\b(?:motie|amendement|initiatiefvoorstel)\b.*\b(?:indienen|in\s+te\s+dienen|ingediend)\b|\brondvra(?:ag|gen)\b`),
  cue("request", String.raw`\b(?:dringt|dringen|drong|drongen)\b.*\baan\b|\baangedrongen\b`),
  cue("request", String.raw`\b(?:wil|willen|wilde|wilden|wenst|wensen)\b.*\bbetrokken\b`),
  cue("request", String.raw`\b(?:wil|willen|wilde|wilden|wenst|wensen|wensten)\s+(?:\S+\s+){0,6}dat\b(?!\w)|\b(?:wil|willen|wilde|wilden)\s+(?:\S+\s+){0,10}(?:gesprek|discussie|overleg|duidelijkheid|zien)\b|\b(?:gesprek|discussie|overleg)\s+(?:wil|willen|wilde|wilden)\b|\b(?:zien|ziet)\s+(?:\S+\s+){0,2}graag\b|\bgraag\s+(?:\S+\s+){0,4}(?:zien|een antwoord|antwoord|voorleggen)\b|\bhet liefst\b`),
  cue("request", String.raw`\b(?:rekent|rekenen|rekende|rekenden)\s+(?:\S+\s+){0,2}(?:erop|op)\b|(?<!\bantwoord\s+op\s)\b(?:de|een|het)\s+(?:vraag|verzoek|oproep|wens)\s+van\b|\b(?:wil|willen|wilde|wilden)\s+(?:(?!onder\s)\S+\s+){0,3}(?<!onder\s)(?:meer|extra|minder)\b(?!(?:\s+\S+){0,8}?\s+(?:uitvoeren|afdoen|geven|doen|bieden|maken|houden|inzetten|investeren|organiseren|aanpakken|controleren|opleiden|werven|aannemen|vrijmaken|uittrekken|besteden)\b)|\b(?:mag|mogen)\s+(?:\S+\s+){0,6}niet\b`),
  // Wanting a thing from others ("de bonden willen een harde grens aan ...", "wil eerst inzicht in
  // de tekorten", "willen zekerheid over"): a demand; wanting to do it oneself ("wil een onderzoek laten
  // uitvoeren") stays a commitment.
  cue("request", String.raw`\b(?:wil|willen|wilde|wilden)\s+(?:(?:vooral|eerst|wel|ook|graag|daarom|nu)\s+)?(?:een\s+|meer\s+|de\s+)?(?:\p{L}+\s+)?(?:zekerheid|inzicht|afspraken|afspraak|garantie|garanties|grens|onderzoek|helderheid|opheldering|compensatie|waarborgen)\b(?=\s+(?:over|aan|in|naar|van|voor|bij|per|dat)\b|\s*[.,;]|\s*$)(?![^.;]*\b(?:laten|instellen|uitvoeren|starten|opleggen|geven|doen)\b)`),
  cue("request", String.raw`\b(?:herinnert|herinneren|herinnerde|herinnerden)\s+(?:de|het)\s+[a-zà-öø-ÿ\s]{1,40}?\baan\b`),
  // Counting on the addressee and holding someone to a word: "Wij gaan ervan uit dat het Rijk de kosten
  // compenseert", "vertrouwen erop dat het college ...", "Ik houd hem daaraan", keeping a proposal on the
  // table ("handhaaft het amendement"), a hard condition, a preference for another way ("zien liever").
  cue("request", String.raw`\b(?:gaan|ga|gaat|gingen|ging)\s+ervan\s+uit\s+dat\b|\b(?:vertrouwen|vertrouw|vertrouwt|rekenen|reken|rekent)\s+erop\s+dat\b|\b(?:houd|houdt|houden)\s+(?:hem|haar|hen|u|het\s+kabinet|de\s+minister)\s+(?:daar|hier)?aan\s*[.!]|\bhandhaaf\p{L}*\s+(?:de|het|zijn|haar|hun)\s+(?:motie|amendement)\b|\bharde\s+voorwaarde\b|\b(?:zie|ziet|zien|zag|zagen)\s+(?:\S+\s+){0,2}liever\b`),
  // A call to all, and time that has come: "Laten we de wijkagent terugbrengen", "Het wordt tijd dat
  // Den Haag luistert", "het is de hoogste tijd voor actie" (not "laten we zien": showing).
  cue("request", String.raw`^["'„“‘]?\s*laten\s+(?:we|wij)\b(?!\s+(?:zien|weten|horen|merken)\b)|\b(?:wordt|werd)\s+(?:\S+\s+)?tijd\s+(?:dat|om)\b|\bhoogste\s+tijd\b`),
  // Emphasis with a task: "onderstreepte landelijk een minimumniveau te borgen".
  cue("request", String.raw`\b(?:onderstre\p{L}*|benadruk\p{L}*|beklemtoon\p{L}*)\b(?:\s+\S+){0,12}\s+te\s+\p{L}+en\b`),
  cue("request", String.raw`\bzou(?:den)?\s+(?:\S+\s+){0,6}moeten\b|\b(?:moet|moeten)\s+(?:\S+\s+){0,12}\p{L}{2,}n\b|\b(?:moet|moeten)\s+(?:er|het|dit|dat)\b|^(?:Er|Dit|Dat|Het)\s+moet\b|\bdient\s+(?:\S+\s+){0,6}te\b|\bdienen\s+(?:\S+\s+){0,6}te\b`),
  cue("request", String.raw`\b(?:is|zijn|blijft|blijven)\s+(?:\S+\s+){0,6}(?:nodig|noodzakelijk|vereist|gewenst)\b|\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,14}nodig\b|(?<!\bwat\s+(?:\S+\s+){0,2})\b(?:nodig|noodzakelijk|vereist)\s+(?:is|zijn|blijft|blijven|was|waren)\b|\bvereist\b|\bhoog\s+tijd\b|\b(?:wens|verlangen|verlanglijst\w*)\b|\baandringen\b`),
  // 4. commissives
  // A future of what happens by itself is a forecast, not a promise: "het tekort zal pas na 2025
  // afnemen", "de inwoners zullen het als een verslechtering ervaren".
  cue("commitment", String.raw`\b(?:zal|zullen)\b(?!\s+(?:\S+\s+){0,8}?(?:afnemen|toenemen|stijgen|dalen|ontstaan|ervaren|leiden|blijken|duren|oplopen|verslechteren|verdwijnen|groeien|krimpen|uitvallen)\b)`),
  // Wanting to do something oneself (wanting others to act is a request, above); not what those
  // a relative clause describes want ("criminelen die een schuur willen huren").
  cue("commitment", String.raw`(?<!\bdie\s+(?:\S+\s+){0,6})\b(?:wil|willen|wilde|wilden)\b(?!\s+(?:weten|graag)\b)`),
  cue("commitment", String.raw`\b(?:kondigt|kondigen|kondigde|kondigden)\b|\baangekondigd\b`),
  cue("commitment", String.raw`\btoegezegd\b|\btoezegging\b|\b(?:zeg|zegt|zeggen|zegde|zegden|zei|zeiden)\b.*\btoe\b|(?<!\b(?:de|het|een|deze|die|dat|al)\s)\bbeloofd\w*\b|\bbelooft\b`),
  // "gaat het onderwerp agenderen", "gaan de regeling aanpassen": what the subject will do (not
  // "gaat dalen", a forecast).
  cue("commitment", String.raw`\b(?:ga|gaat|gaan)\s+(?!(?:het\s+|hier\s+|daar\s+|er\s+)?(?:om|over)\b)(?:\S+\s+){0,6}?(?:agenderen|aankaarten|onderzoeken|uitzoeken|regelen|aanpassen|evalueren|inventariseren|bekijken|organiseren|opstellen|uitwerken|aanspreken|investeren|inzetten|starten|aanpakken|herzien|versterken|uitbreiden|instellen|oprichten|ontwikkelen|monitoren|handhaven|controleren|bijstellen)\b`),
  cue("commitment", String.raw`\b(?:gaat|gaan)\s+(?:\S+\s+){0,5}in gesprek\b|\bin\s+gesprek\s+(?:te\s+)?gaan\b|\bserieus\s+(?:te\s+)?nemen\b|\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){0,6}na\s+(?=wat|of|hoe|welke|waar)|\b(?:zet|zetten|zette|zetten)\s+(?:\S+\s+){0,3}in\s+op\b|\b(?:laat|laten|liet|lieten)\s+(?:\S+\s+){0,8}(?:uitzoeken|onderzoeken|nagaan|bekijken|uitwerken|onderzocht|uitgezocht)\b|\b(?:gaat|gaan)\s+(?:\S+\s+){0,12}(?:uitvoeren|oppakken|onderzoeken|aanpakken|regelen|organiseren|inzetten|meenemen|bekijken|verbeteren|evalueren|uitwerken|ontwikkelen|invoeren|starten|verhogen|investeren|verkennen|opstellen|versterken|aanpassen|uitbreiden|inrichten|realiseren)\b`),
  // Working on a way out, bearing the costs: "zoeken samen met de clubs naar een oplossing",
  // "neemt de huur voor haar rekening".
  cue("commitment", String.raw`\b(?:zoek|zoekt|zoeken|zocht|zochten)\s+(?:\S+\s+){0,8}?(?:naar\s+)?(?:een\s+|de\s+|andere\s+)?oplossing(?:en)?\b|\b(?:werk|werkt|werken|werkte|werkten)\s+(?:\S+\s+){0,4}aan\s+(?:een\s+|de\s+)?oplossing(?:en)?\b|\b(?:neemt|nemen|nam|namen)\s+(?:\S+\s+){1,6}voor\s+(?:zijn|haar|hun|onze|mijn|eigen|rekening)\s*(?:eigen\s+)?rekening\b`),
  cue("commitment", String.raw`\b(?:komt|komen)\s+(?:\S+\s+){0,3}met\s+(?:een|het|de|nieuwe)\b|\bmet\b(?:\s+\S+){1,4}\s+te komen\b`),
  cue("commitment", String.raw`\ber (?:komt|komen)\b(?!\s+(?:\S+\s+)?(?:niemand|niets|niks|geen|niet)\b)`),
  // Agreeing and arranging: "spreekt af dat ...", "zorgen ervoor dat ...", "gaat om tafel met ...",
  // "zet extra agenten in", "geeft de commandant opdracht om ...", "richt een team in", "stuurt vóór 1 juni een plan".
  cue("commitment", String.raw`\b(?:spreekt|spreken|sprak|spraken)\s+(?:\S+\s+){0,8}?af\b|\b(?:zorgt|zorgen)\s+(?:\S+\s+){0,3}?ervoor\s+dat\b|\bom\s+tafel\b|\b(?:zet|zetten)\s+(?:(?!zich\b)\S+\s+){1,8}?in\b(?!\s+(?:op|de|het|een|dit|die)\b)|\b(?:geeft|geven)\s+(?:\S+\s+){0,5}opdracht\b|\b(?:richt|richten)\s+(?:\S+\s+){1,8}?in\b(?!\s+(?:op|de|het|een)\b)|\b(?:vóór|uiterlijk|voor)\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b(?!\s+\d{4}\s+(?:is|was|werd|zijn|waren)\b)`),
  cue("commitment", String.raw`\b(?:wordt|worden)\s+(?:\S+\s+){0,3}(?:ingericht|opgezet|opgericht|ingevoerd|uitgewerkt|gestart|opgepakt|verwerkt|uitgevoerd)\b`),
  cue("commitment", String.raw`\bafgesproken\b|\bbereid\b|\b(?:zet|zetten)\s+zich\s+in\b|\bzich\s+(?:in\s+)?(?:te\s+)?(?:inzetten|inspannen)\b|\b(?:inspannen|inzetten)\b`),
  cue("commitment", String.raw`\bbekrachtig\w*\b|\b(?:heeft|hebben)\s+(?:\S+\s+){0,12}(?:vastgelegd|besloten)\b|\bvastleggen\b|\blegt\s+(?:\S+\s+){0,3}vast\b|\b(?:gaan|gaat)\s+door\s+met\b|\bdoorgaan\s+met\b|\bvrijmaken\b|\bpakken\s+(?:\S+\s+){0,4}op\b|\bop\s+te\s+pakken\b`),
  // A mayor's order under her own powers: "heeft een noodverordening afgekondigd", "vaardigde een
  // noodbevel uit", "heeft de wijk als veiligheidsrisicogebied aangewezen", "heeft het pand voor drie
  // maanden gesloten" — acting, like "grijpt in" below.
  cue("commitment", String.raw`\b(?:noodverordening|noodbevel|veiligheidsrisicogebied|gebiedsverbod|samenscholingsverbod|alcoholverbod)(?:en)?\b(?:\s+\S+){0,8}?\s+(?:afgekondigd|uitgevaardigd|aangewezen|opgelegd|ingesteld|afkondigen|uitvaardigen|aanwijzen|opleggen|instellen)\b|\b(?:vaardigt|vaardigde|vaardigen|vaardigden)\s+(?:\S+\s+){0,3}(?:noodverordening|noodbevel)\b|\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,3}(?:een|de|het|twee|drie|vier)\s+(?:\S+\s+)?(?:woning|woningen|pand|panden|bedrijfspand|loods|schuur|zaak|horecazaak|café|coffeeshop)\b(?:\s+\S+){0,8}?\s+gesloten\b`),
  // Acting and mapping out: "grijpt hard in", "brengen in kaart welke ...", a rule that holds "voortaan"
  // (where people "kunnen voortaan terecht" is what a closure leaves them, not a promise).
  cue("commitment", String.raw`\b(?:grijpt|grijpen|greep|grepen)\s+(?:\S+\s+){0,6}in\b|\bin\s+te\s+grijpen\b|\bingrijpen\b|\b(?:brengt|brengen|bracht|brachten)\s+(?:\S+\s+){0,3}in\s+kaart\b|\bin\s+kaart\s+(?:te\s+)?brengen\b|\bvoortaan\b(?!.*\bterecht\b)(?<!\b(?:kan|kunnen)\s+(?:\S+\s+){0,4}voortaan)`),
  // 5. negative evaluation
  cue("concern", String.raw`(?<!ervoor\s)\bzorg(?:en)?\b(?!\s+(?:voor|dat|ervoor)\b)`),
  cue("concern", String.raw`\bzorgpunt(?:en)?\b|\bbezorgd(?:heid)?\b|\bzorgelijk\p{L}*|\bverontrust\w*|\bongerust(?:heid)?\b|\bonrust\b|\bonzeker\w*`),
  cue("concern", String.raw`\bknelpunt(?:en)?\b|\bteleurstell\w*|\bteleurgesteld\b|\blastige?\b|\bmoeiza(?:am|me)\b|\bmoeilijke?\b|\burgent(?:ie)?\b|\bverrast\b|\bverbaasd\b|\bspijt\w*|\bbetreur\w*|\bbetwijfel\w*|\bhelaas\b|\bonduidelijk\w*|\bnauwelijks\b`),
  cue("concern", String.raw`\brisico(?:'s)?\b|\bgevaar\w*\b|\bdreig(?:t|en|de|den|end\w*)\b|\bdreiging\b|\b(?:vreest|vrezen|vreesde|vreesden)\b|\b(?:waarschuwt|waarschuwen|waarschuwde|waarschuwden)\b`),
  cue("concern", String.raw`\b(?:verbaast|verbaasde|verontrust\w*|stoort|stoorde|speet|bevreemdt|bevreemdde)\b|\bbaart\s+zorgen\b`),
  // A consequence that is a harm: "Dit leidt tot meer overlast", "... kan leiden tot fraude".
  cue("concern", String.raw`\b(?:leidt|leiden|leidde|leidden|zorgt|zorgen|zorgde)\s+(?:\S+\s+){0,2}(?:tot|voor)\b.*\b(?:witwassen|criminaliteit|geweld|overlast|ondermijning|intimidatie|onveiligheid|fraude|slachtoffers|uitbuiting|onrust|achterstanden|wachttijden|profileren|discriminatie|stigmatisering|uitval|tekorten|problemen)\b`),
  cue("concern", String.raw`\bte\s+(?:laag|klein|weinig|beperkt|traag|langzaam|vaak|lang)\b|\bniet\s+genoeg\b|\b(?:doodsbang|bang|angst|angstig)\b|\b(?:verdwijnt|verdwijnen|verdween|verdwenen|verslechter\p{L}*)\b|\bten\s+koste\s+van\b|\b(?:durft|durven|durfde|durfden)\s+(?:\S+\s+){0,6}niet\b|\bniet\s+(?:meer\s+)?(?:te\s+)?durven\b|\bonder druk\b|\bop de tocht\b|\bgestrand\b|\bvastgelopen\b|\bprobleem\b|\bproblemen\b|\bnegatieve?\b|\btekort\w*|\btekortgeschoten\b|\bonvermijdelijk\b|\boverbelast\w*|\bmisser\b|\bhelpt\s+(?:niet|niemand|niets|weinig)\b|\bniet\s+vol\b|\bniet\s+(?:meer\s+)?(?:vol\s+te\s+houden|haalbaar|houdbaar)\b|\b(?:minder|geen)\s+gehoor\b|\bte\s+eenzijdig\b`),
  // Distress and indignation named by their verb or image: "ergeren zich aan", "schamen zich",
  // "voelen zich in de steek gelaten", "onverteerbaar", "een lappendeken", "te grote verschillen",
  // "niet voldoende", "komen niet ver", "blijven zitten met de kosten".
  cue("concern", String.raw`\b(?:ergert|ergeren|ergerde|ergerden|schaamt|schamen|schaamde|schaamden)\s+(?:\S+\s+)?zich\b|\bin\s+de\s+steek\s+(?:ge)?la(?:ten|at)\b|\bonverteerba(?:ar|re)\b|\blappendeken\b|\bte\s+grote?\s+(?:verschillen|risico's|druk|afstand|achterstand)\b|\bniet\s+(?:meer\s+)?(?:voldoende|toereikend)\b|\b(?:komen|komt|kwamen|kwam)\s+(?:\S+\s+){0,2}niet\s+ver\b|\b(?:blijft|blijven|bleef|bleven)\s+(?:\S+\s+){0,3}zitten\s+met\b`),
  // Doubt and reservation: "heeft twijfels", "is niet gerust op", "niet overtuigd", "sceptischer", "bedenkingen".
  cue("concern", String.raw`\btwijfel\p{L}*|\bbedenking(?:en)?\b|\bniet\s+(?:\S+\s+){0,1}(?:gerust|overtuigd|enthousiast)\b|\bscepti?sch\p{L}*|\bscepsis\b|\bkritisch\p{L}*|\bvoorbehoud\w*|\bonhoudba(?:ar|re)\b|\bde\s+maat\s+(?:\S+\s+){0,1}vol\b|\bgeen\s+luxe\w*`),
  // A harm or a lack stated as fact: "ontbreekt een regeling", "tast het vertrouwen aan", "gaat er op achteruit",
  // "worden gedwongen", "niet op te brengen", "kunnen dat niet dragen", "niet meer garanderen".
  cue("concern", String.raw`\b(?:ontbreekt|ontbreken|ontbrak|ontbraken)\b|\b(?:tast|tasten|tastte|tastten)\s+(?:\S+\s+){0,5}aan\b|\baantast\p{L}*|\bachteruit\p{L}*|\bgedwongen\b|\bniet\s+(?:\S+\s+){0,1}op\s+te\s+brengen\b|\bniet\s+(?:\S+\s+){0,1}(?:dragen|rond|garanderen|waarmaken|bijbenen)\b|\bniet\s+meer\b(?!\s+dan\b)|\bte\s+laat\b|\bweinig\s+(?:verbetering|vooruitgang|effect|resultaat)\b|\b(?:uitgescholden|bedreigd|geronseld|geïntimideerd|belaagd)\b|\b(?:kosten|lasten|tekorten)\s+(?:\S+\s+){0,3}(?:stijgen|oplopen|lopen\s+op)\b|\b(?:draait|draaien|draaide|draaiden)\s+(?:\S+\s+){0,3}op\s+voor\b|\bopdraaien\s+voor\b`),
  // Stretched to the limit, alarmed, too complicated: "de rek is eruit", "schrokken van", "te ingewikkeld",
  // "minder enthousiast", "dweilen met de kraan open".
  cue("concern", String.raw`\brek\s+(?:\S+\s+){0,2}?er\s*(?:\S+\s+){0,4}?uit\b|\b(?:schrik\p{L}*|schrok|schrokken|geschrokken)\b|\bte\s+(?:ingewikkeld|complex|krap|kwetsbaar|mager|vrijblijvend)\b|\bminder\s+(?:enthousiast|positief|overtuigd|gelukkig)\b|\bdweilen\s+met\s+de\s+kraan\s+open\b`),
  // Doubt, overload and complaint: "plaatst vraagtekens bij", "te veel", "onder grote druk", "onderbezet",
  // "onevenredig", "klagen al jaren", "liggen wakker van", "vertrouwt dat beeld niet", and a threat in a
  // condition ("Als dit zo doorgaat, ...", "Als wij niets doen, ...").
  cue("concern", String.raw`\bvraagtekens?\b|\bte\s+veel\b|\bonder\s+(?:\S+\s+)?druk\b|\bonderbe(?:zet|mand)\p{L}*|\bonevenredig\p{L}*|\b(?:klaagt|klagen|klaagde|klaagden)\b|\bwakker\s+van\b|\b(?:vertrouwt|vertrouwen|vertrouwde|vertrouwden)\s+(?:\S+\s+){0,3}niet\b|\bals\s+(?:dit|dat|het)\s+zo\s+doorgaat\b|\bals\s+(?:\S+\s+){0,2}(?:niets|niks)\s+(?:\S+\s+){0,2}doen\b`),
  // Trust lost: "Zo raak je het vertrouwen kwijt", "Daar win je geen vertrouwen mee".
  cue("concern", String.raw`\bvertrouwen\s+(?:\S+\s+){0,4}kwijt\b|\bgeen\s+vertrouwen\b|\bvertrouwen\s+(?:\S+\s+){0,3}(?:verliezen|verloren|schaden|geschaad)\b`),
  // "wees erop dat de middelen niet toereikend zijn", "wijst op de vernielingen": pointing out a lack,
  // a harm or a limit is a concern; pointing out what goes well ("wees erop dat er al veel gebeurt") informs.
  cue("concern", String.raw`\b(?:wijst|wijzen|wees|wezen)\s+(?:\S+\s+){0,3}?(?:er\s*)?op\b(?=.*\b(?:niet|geen|nauwelijks|weinig|onvoldoende|pas|slechts|laag|lage|hoge|vernieling\p{L}*|aanval\p{L}*|geweld|risico\p{L}*|gevaar\p{L}*|gevolgen|druk|tekort\p{L}*|kosten|last|lasten|werkdruk|overlast|schade|probleem|problemen|kwetsba\p{L}*|beperkt\p{L}*|zonder|raakt|raken|treft|treffen|toeneemt|toenemen|toenemende|groeiende|duurder|agressie|incident\p{L}*|onevenwichtig\p{L}*)\b)`),
  // Strain and dismay: "lopen op hun tandvlees", "werken boven hun kunnen", "de grens is bereikt", "op het
  // randje", "spraken hun afschuw uit", "dat antwoord stelde de voorzitters teleur", "kan niemand zich veroorloven".
  cue("concern", String.raw`\bop\s+(?:hun|zijn|haar|ons|mijn|het)\s+(?:tandvlees|tenen|laatste\s+benen)\b|\bboven\s+(?:hun|zijn|haar|ons|mijn)\s+(?:kunnen|macht)\b|\bgrens\s+(?:\S+\s+){0,2}bereikt\b|\bop\s+het\s+randje\b|\bafschuw\b|\b(?:stelt|stellen|stelde|stelden)\s+(?:\S+\s+){0,4}teleur\b|\b(?:niet|niemand)\s+(?:\S+\s+){0,3}veroorloven\b`),
  // 6. opposition
  cue("oppose", String.raw`\b(?:veel\s+)?te\s+(?:zwaar|hoog|ver|groot|fors|zwaarder)\b`, undefined, "S6-opposition"),
  cue("oppose", String.raw`\b(?:gaat|gaan|ging|gingen)\s+(?:\S+\s+){1,3}tegen\s*(?:[.,;]|$)|\btegen\s*te\s*gaan\b|\btegengaan\b`, undefined, "S6-opposition"),
  cue("oppose", String.raw`\bniet\s+langer\b|\b(?:mag|mogen)\s+(?:\S+\s+){0,2}nooit\b|\b(?:had|hadden)\s+(?:\S+\s+){0,4}(?:nooit|niet)\s+(?:\S+\s+){0,3}mogen\b`, undefined, "S6-opposition"),
  cue("oppose", String.raw`\b(?:bestrijdt|bestrijden|bestreed|bestreden)\b|\bkritiek\b|\b(?:bekritiseert|bekritiseren|bekritiseerde)\b`, undefined, "S6-opposition"),
  // 7. positive evaluation and praise
  cue("support", String.raw`\b(?:steunt|steunen|steunde|steunden|gesteund|steun)\b(?!\s+op\b)|\bondersteun(?:t|en|de|den|d)\b|\b(?:onderschrijft|onderschrijven|onderschreef|onderschreven)\b`, "oppose"),
  cue("support", String.raw`\bvan\s+(?:groot\s+|zeer\s+groot\s+|essentieel\s+)?belang\b|\bhet\s+(?:grote\s+)?belang\s+van\b|\bbelangrijk\w*|\bbepalend\b`, "oppose"),
  cue("support", String.raw`\bonmisbaar\b|\bessentie\w*|\bwaardevol\w*|\bgoede?\s+ontwikkeling\b|\bpositie[fv]\w*|\bnuttig\w*|\bmeerwaarde\b|\bbruikba\w+|\baantrekkelijk\w*|\bzinvol\w*|\bgeslaagd\w*|\bgoed\s+(?:\S+\s+)?verlopen\b`, "oppose"),
  cue("support", String.raw`\b(?:roemt|roemen|roemde|roemden)\b|\b(?:prijst|prijzen|prees|prezen|geprezen)\b|\bwaardering\b|\b(?:waardeert|waarderen|waardeerde|waardeerden)\b|\bcompliment\w*|\blof\b|\b(?:mede-)?ondertekend\b|\b(?:dank|dankt|danken|dankte|dankten|bedankt|bedanken|bedankte|bedankten|dankbaar)\b|\berkentelijk\w*`),
  cue("support", String.raw`\b(?:is|zijn|was|waren)\s+het\s+(?:\S+\s+){0,2}eens\s+met\b`, "oppose", "S2-idiom-support"),
  cue("commitment", String.raw`\b(?:neem|neemt|nemen|nam|namen)\s+(?:\S+\s+){0,5}mee\b(?!\s+naar\b)|\b(?:besluit|besluiten|besloot|besloten)\s+(?:\S+\s+){0,10}te\s+\p{L}+en\b`, undefined, "S2-idiom-commitment"),
  cue("support", String.raw`\b(?:sluit|sluiten|sloot|sloten)\s+(?:zich|ons|mij|me)\s+(?:hier|daar)?bij\b.*\baan\b|\b(?:is|zijn|was|waren)\s+het\s+(?:hier|daar)mee\s+eens\b|\b(?:verheugt|verheugde)\b|\bverheugd\b|\bopgelucht\b|\bingenomen\s+met\b|\bherkennen\b|\b(?:herkent|herkenden)\s+zich\b`),
  cue("support", String.raw`\bbegrip\s+(?:\S+\s+){0,1}voor\b|(?<!\bwat\s+(?:\S+\s+){0,3})\b(?:uitvoerbaar|haalbaar|werkbaar|realistisch|verstandig)\b|(?<!\b(?:kan|kunnen|kon|konden|komt|komen|kwam|kwamen)\s+(?:\S+\s+){0,8})\bterecht\b(?!\s+(?:in|bij|op|komen|komt|kwam|kwamen|kunnen|kan|zouden|zou|mogen|mag|moeten|moet)\b)|\bgraag\b|\bdraagvlak\b|\beffect\s+(?:te\s+)?sorteren\b|\bsucces\w*|\bblij\b|\bvoorstander\b|\bwenselijk\b|\bakkoord\b`, "oppose"),
  cue("support", String.raw`\b(?:noodzakelijke?|goede?|belangrijke?|verstandige?|nuttige?|welkome?|juiste?|uitstekende?|prima|sympathieke?)\s+(?:eerste\s+)?(?:stap|maatregel|keuze|zet|ontwikkeling|beslissing|aanvulling|impuls|voorstel|plan|idee|initiatief|aanpak)\b|\b(?:tevreden|content)\b`, "oppose"),
  // "waren hierover goed te spreken", "noemt de resultaten overtuigend", "een stap in de goede richting",
  // "ervan overtuigd dat".
  cue("support", String.raw`\bte\s+spreken\s+over\b|\b(?:hier|daar)over\s+(?:\S+\s+){0,2}te\s+spreken\b|\bovertuigend\b|\bgoede\s+richting\b|\bvan\s+overtuigd\b`, "oppose"),
  // A consequence that is a good: "Dit zorgt voor meer rust", "draagt bij aan de veiligheid".
  cue("support", String.raw`\b(?:zorgt|zorgen|zorgde|leidt|leiden|draagt|dragen)\s+(?:\S+\s+){0,2}(?:voor|tot|bij\s+aan)\s+(?:\S+\s+){0,3}(?:rust|kalmte|duidelijkheid|veiligheid|verbetering|vertrouwen|minder\s+\p{L}+)\b`, "oppose"),
];

/**
 * S9: stance carried by the content alone, consulted only when no cue of S1-S7 fired (a cue of a
 * speech act or an evaluation anywhere in the clause says more than its content does). Each entry
 * is a construction of the genre: a harm stated as a fact, a judgement of a measure, praise without
 * a verb of praise, an action item or an action with a time ahead.
 */
export const CONTENT_CUES: readonly StanceCue[] = [
  // Content that states a harm without a verb of concern: an evaluative adjective of harm
  // ("zorgwekkend", "schokkend", "levensgevaarlijk", "pijnlijk", "slecht voor"), a weak spot, raising
  // the alarm ("slaan alarm", "noodklok"), what hits people ("treft vooral bewoners"), what yields
  // nothing, a lack that blocks ("geen ploeg beschikbaar", "niet de capaciteit", "op de plank",
  // "zelden"), holding out no longer ("houden dat niet lang vol"), missing something, long waits,
  // being fed up ("beu"), a norm exceeded or lagging behind.
  cue("concern", String.raw`\bzorgwekkend\p{L}*|\bschokkend\p{L}*|\b\p{L}*gevaarlijk\p{L}*|\balarmerend\p{L}*|\bschrijnend\p{L}*|\bpijnlijk\p{L}*|\bslecht(?:e|er|ere|ste)?\b|\bonveilig\p{L}*|\bzwa(?:k|kke|kste)\s+(?:plek|plekken|punt|punten|schakel|schakels)\b|\bzwa(?:ar|re)\s+tijd\b|\bonderschat\p{L}*|\bbeu\b|\btopje\s+van\s+de\s+ijsberg\b|\blege\s+huls\b`, undefined, "S9-content"),
  cue("concern", String.raw`\b(?:slaat|slaan|sloeg|sloegen)\s+(?:\S+\s+){0,2}alarm\b|\balarm\s+(?:\S+\s+){0,1}(?:geslagen|slaan)\b|\bnoodklok\b|\bnoodkreet\b|\bbrandbrief\b|\b(?:treft|treffen|raakt|raken)\s+(?!(?:\S+\s+){0,6}kwijt\b)(?:\S+\s+){0,6}(?:mensen|inwoners|bewoners|ondernemers|jongeren|kinderen|ouderen|slachtoffers|gezinnen|gezinsleden|boeren|winkeliers|burgers|huurders|patiënten|kernen|dorpen|wijken|buurten)\b`, undefined, "S9-content"),
  cue("concern", String.raw`\b(?:levert|leveren|leverde|leverden)\s+(?:\S+\s+){0,4}(?:niets|niks|geen\s+\S+(?:\s+\S+)?)\s+op\b|\b(?:niets|niks)\s+(?:\S+\s+){0,1}opgeleverd\b|\b(?:niet|geen)\s+(?:\S+\s+){0,3}beschikbaar\b|\bniet\s+de\s+(?:capaciteit|mensen|middelen)\b|\bgeen\s+capaciteit\b|\bop\s+de\s+plank\b|\b(?:bijna|vrijwel)\s+nooit\b|\bzelden\b|\b(?:houd|houdt|houden|hield|hielden)\s+(?:\S+\s+){0,4}niet\s+(?:lang\s+|langer\s+)?vol\b`, undefined, "S9-content"),
  cue("concern", String.raw`\b(?:mist|missen|miste|misten)\s+(?:echter\s+|wel\s+|toch\s+)?(?:de|het|een|nog|vooral|daarbij|daarin)\b|\b(?:urenlang|dagenlang|wekenlang|maandenlang|jarenlang)\b|\b(?:uren|weken|maanden|jaren)\s+(?:\S+\s+){0,3}(?:wachten|wacht|wachtten)\b|\b(?:wachten|wacht)\s+(?:\S+\s+){0,3}(?:uren|weken|maanden|jaren)\b|\boverschreden\b|\bachterblijft\b|\b(?:blijft|blijven|bleef|bleven)\s+(?:\S+\s+){0,4}achter\s+bij\b|\bsteeds\s+(?:jonger|vaker|erger|grimmiger|brutaler|agressiever|gewelddadiger)\b`, undefined, "S9-content"),
  // A harm that grows: "een toename van agressie", "de aanrijtijden nemen toe", "het aantal letsels is gestegen".
  cue("concern", String.raw`\b(?:toename|stijging|groei|verdubbeling)\s+(?:van\s+)?(?:\S+\s+){0,3}HARM\b|\bHARM\b(?:\s+\S+){0,8}?\s+(?:stijgt|stijgen|steeg|stegen|gestegen|toegenomen|oploopt|oplopen|opgelopen|verdubbeld|verdubbelt|groeit|groeien|gegroeid)\b|\b(?:neemt|nemen|nam|namen|loopt|lopen|liep|liepen)\s+(?:\S+\s+){0,8}?HARM\b(?:\s+\S+){0,8}?\s+(?:toe|op)\b|\bHARM\s+(?:\S+\s+){0,4}(?:neemt|nemen|nam|namen|loopt|lopen|liep|liepen)\s+(?:\S+\s+){0,8}?(?:toe|op)\b`.replaceAll("HARM", String.raw`(?:geweld|agressie|overlast|criminaliteit|incidenten|explosies|aanslagen|\p{L}*letsels?|slachtoffers|aanrijtijd\p{L}*|opkomsttijd\p{L}*|wachttijd\p{L}*|wachtlijst\p{L}*|\p{L}*inbraken|\p{L}*diefstal\p{L}*|werkdruk|\p{L}*verzuim|uitval|intimidatie|bedreiging\p{L}*|vertraging|achterstand\p{L}*)`), undefined, "S9-content"),
  // A condition of lack opening the clause ("Zonder vrijwilligers kan de post niet open") and a
  // threat after "Anders ..." ("Anders blijft het bij woorden"): the speaker warns.
  cue("concern", String.raw`^\s*["'‘“]?\s*Zonder\b(?!.*\b(?:had|hadden|was|waren|zou|zouden)\b)|^\s*["'‘“]?\s*Anders\s+(?:blijft|blijven|wordt|worden|is|zijn|gaat|gaan|dreigt|dreigen|komt|komen|kan|kunnen|raakt|raken|loopt|lopen|betalen|betaalt|verliezen|verliest)\b`, undefined, "S9-content"),
  // Disproportion, injustice, a wrong signal, no option, a heavy means: judging a measure without a
  // verb of opposition ("noemt de sluiting buiten proportie", "een zwaar middel", "geen optie").
  cue("oppose", String.raw`\bbuiten\s+(?:alle\s+)?proporti\p{L}*|\bdisproportione\p{L}*|\bonrechtvaardig\p{L}*|\bbeschamend\p{L}*|\bverkeerde?\s+(?:signaal|keuze|weg|beslissing|richting)\b|\bgeen\s+(?:\S+\s+){0,1}optie\b|\bzwaar\s+middel\b|\bzware\s+middelen\b`, undefined, "S9-content"),
  // A denial that puts something in its place: "Een boa is geen politieagent", "Dit is geen incident",
  // "Camera's zijn geen wondermiddel" (not "Het is geen ... om", "Er is geen", nor "geen X maar Y").
  cue("oppose", String.raw`^\s*["'‘“]?\s*(?!(?:Het|Er|Daar|Hier|Dit|Dat)\s)(?:\p{L}(?:\p{L}|['’-])*\s+){1,6}?(?:is|zijn)\s+(?:(?:echt|gewoon|dus|ook|nog|nu|toch|zeker)\s+)?geen\s+(?!sprake\b|reden\b|aanleiding\b|probleem\b|bezwaar\b|twijfel\b)(?:(?!\bmaar\b)[^,;])+?(?:[.,;!'"’”]|$)`, undefined, "S9-content"),
  cue("concern", String.raw`^\s*["'‘“]?\s*(?:Dit|Dat)\s+(?:is|zijn)\s+(?:(?:echt|gewoon|dus|ook|nog|nu|toch|zeker)\s+)?geen\s+(?!sprake\b|reden\b|aanleiding\b|probleem\b|bezwaar\b|twijfel\b)(?:(?!\bmaar\b)[^,;])+?(?:[.,;!'"’”]|$)`, undefined, "S9-content"),
  // Severity and disruption stated as fact: "ernstig geweld", "onderstrepen de ernst", "heftig", "ontwrichtend",
  // "niet voorbereid", "daar schort het aan", "de pot is vrijwel leeg", "fors lager", "uitholling", "ondermijnd",
  // "frustratie", "een illusie", "nog lang niet", "geen sluitend alternatief", "buitenspel".
  cue("concern", String.raw`\b(?:de|het|alle)\s+ernst\b|\bernstig\p{L}*|\bheftig\p{L}*|\bontwricht\p{L}*|\bniet\s+(?:\S+\s+){0,3}voorbereid\b|\bschort\p{L}*\s+(?:\S+\s+){0,6}aan\b|\baan\s+(?:\S+\s+){0,6}schort\p{L}*|\b(?:vrijwel|bijna|helemaal)\s+leeg\b|\b(?:fors|flink|veel|aanzienlijk)\s+lager\b|\buitholling\b|\buitgehold\b|\bondermijnd\b|\bfrustratie\p{L}*|\bgefrustreerd\b|\bergernis\p{L}*|\billusie\b|\bnog\s+lang\s+niet\b|\bgeen\s+(?:sluitend|goed|passend|volwaardig|reëel|realistisch)\s+alternatief\b|\bongelukkig\b|\bminder\s+veilig\b|\bboven\s+de\s+norm\b|\bbuitenspel\b|\bonzichtbaar\b|\bonevenwichtig\p{L}*`, undefined, "S9-content"),
  // Hit hard, a heavy claim on capacity, time lost, violence undergone: "raakt de ondernemers hard", "raakt
  // vooral de kleine kernen", "legt een groot beslag op de basisteams", "heeft veel capaciteit gekost", "raakt
  // de paraatheid", "toenemende druk", "vier minuten langer", "tussen leven en dood", "met vuurwerk bekogeld".
  cue("concern", String.raw`\b(?:raakt|raken|raakte|raakten|treft|treffen|trof|troffen)\s+(?:\S+\s+){0,4}(?:hard|zwaar)\b|\b(?:raakt|raken|treft|treffen)\s+(?:vooral|met\s+name|juist)\s+(?:\S+\s+){0,2}(?:kernen|dorpen|wijken|gemeenten|buitengebied\p{L}*)\b|\b(?:groot|grote|zwaar|zware|fors|forse)\s+beslag\b|\b(?:veel|te\s+veel|extra)\s+(?:capaciteit|tijd|inzet|menskracht|geld)\s+(?:\S+\s+){0,2}(?:gekost|kost|kostte)\b|\b(?:kost|kostte|kosten)\s+(?:\S+\s+){0,3}(?:veel|te\s+veel)\s+(?:capaciteit|tijd|inzet|menskracht)\b|\b(?:raakt|raken|raakte|raakten|schaadt|schaden)\s+(?:\S+\s+){0,3}(?:paraatheid|slagkracht|inzetbaarheid)\b|\b(?:paraatheid|slagkracht|inzetbaarheid)\s+(?:\S+\s+){0,4}(?:raakt|raken|raakte|raakten|schaadt|schaden)\b|\b(?:toenemende|groeiende|grote|enorme|hoge)\s+(?:werk)?druk\b|\b(?:minuten|uren|dagen|weken)\s+langer\b|\bleven\s+en\s+dood\b|\b(?:bekogeld|mishandeld|aangevallen|beschoten|getreiterd)\b`, undefined, "S9-content"),
  // Harm stated as a finding: "constateren wij dat ..." (not "stelt vast", a chair's procedural word), being unable to bear or keep up something
  // ("kunnen dit niet blijven dragen", "kunnen lang niet alle zaken oppakken", "niet te realiseren"),
  // tasks without the means ("zonder dat daar middelen tegenover staan"), paying for others
  // ("opdraaien voor"), naming a crisis ("spreekt van een stille epidemie"), longer journeys and less
  // police ("langer onderweg", "minder blauw op straat"), and money that goes to the big cities.
  cue("concern", String.raw`\b(?:constateren|constateert|constateer|constateerde|constateerden)\b|\b(?:kan|kunnen|kon|konden|kun)\s+(?:\S+\s+){0,8}?(?:niet|geen|lang\s+niet)\s+(?:\S+\s+){0,6}?(?:blijven\s+)?(?:dragen|betalen|opvangen|oppakken|realiseren|voldoen|volhouden|bolwerken|opbrengen|waarmaken|bijbenen)\b|\bniet\s+(?:\S+\s+){0,4}te\s+realiseren\b|\bzonder\s+dat\s+(?:daar|er)\s+(?:\S+\s+){0,3}(?:middelen|geld|financiering|capaciteit)\s+(?:\S+\s+){0,1}tegenover\s+(?:staat|staan)\b|\bopdraaien\s+voor\b|\b(?:leidt|leiden|leidde|leidden)\s+(?:\S+\s+){0,3}ertoe\s+dat\b|\b(?:draait|draaien|draaide|draaiden)\s+(?:\S+\s+){0,4}op\s+voor\b|\b(?:spreekt|spreken|sprak|spraken)\s+van\s+(?:\S+\s+){0,3}(?:crisis|epidemie|drama|ramp|noodsituatie|onhoudbare|dieptepunt|schande)\b|\blanger(?:e)?\s+(?:onderweg|aanrijtijden|wachttijden|reistijden|reistijd)\b|\bminder\s+blauw\b|\b(?:vooral|grotendeels|voornamelijk)\s+(?:\S+\s+){0,3}(?:naar|bij)\s+(?:de\s+)?(?:grote\s+steden|Randstad)\b`, undefined, "S9-content"),
  // A creeping change: "een sluipende uitholling van de basispolitiezorg".
  cue("concern", String.raw`\bsluipend\p{L}*|\buitholling\b`),
  // The only sensible step: "vindt een verbod de enige logische stap".
  cue("support", String.raw`\benige\s+(?:logische|juiste|verstandige|goede|echte)\s+(?:stap|keuze|oplossing|weg|optie)\b`),
  // Harm in idioms of wear, limits and lost trust: "lost niet alles op", "staan achteraan in de rij",
  // "onze mensen zijn al jaren op", "lopen tegen de grenzen aan", "wordt steeds moeilijker", "het
  // vertrouwen is weg", "worden allemaal verdacht", "over één kam geschoren", "de derde storing in vijf jaar".
  cue("concern", String.raw`\blos\p{L}*\s+(?:\S+\s+){0,4}niet\s+alles\s+op\b|\bachteraan\s+in\s+de\s+rij\b|\b(?:zijn|is)\s+(?:al\s+(?:jaren|maanden)\s+|helemaal\s+|volledig\s+)op\s*(?:[.,;]|$)|\btegen\s+de\s+(?:grens|grenzen)\s+(?:van\s+)?(?:\S+\s+){0,4}aan\b|\b(?:wordt|worden|werd|werden)\s+(?:het\s+)?steeds\s+(?:moeilijker|lastiger|zwaarder|krapper|schaarser)\b|\bvertrouwen\s+(?:\S+\s+){0,3}(?:weg|verdwenen|kwijt|geschaad|beschadigd)\b|\ballemaal\s+verdacht\b|\bover\s+één\s+kam\s+geschoren\b|\b(?:tweede|derde|vierde|vijfde)\s+(?:\S+\s+){1,4}?in\s+(?:\S+\s+)?(?:jaar|jaren|maanden|weken)\b`),
  // Fear, horror, strain to the limit, suffering, losing one's home, and harm done by a measure:
  // "leeft de vrees dat", "verschrikkelijk", "tot het uiterste belast", "lijden onder", "raakt zijn
  // huis kwijt", "ondermijnt het gezag", "vertragen het werk", "daar niet op berekend", "kraakt".
  cue("concern", String.raw`\bvrees\s+(?:dat|voor)\b|\b(?:verschrikkelijk|vreselijk|afschuwelijk|dramatisch|rampzalig)\p{L}*|\btot\s+het\s+uiterste\b|\b(?:lijdt|lijden|leed)\s+(?:\S+\s+){0,4}onder\b|\b(?:raakt|raken|raakte|raakten)\s+(?:(?!niet\b|geen\b)\S+\s+){0,6}kwijt\b|(?<!\bniet\s+(?:\S+\s+)?)\bkwijt\s*(?:raakt|raken|te\s+raken)\b|\b(?:ondermijnt|ondermijnen|ondermijnde|ondermijnden)\b|\b(?:vertraagt|vertragen|vertraagde|vertraagden)\b|\bniet\s+(?:\S+\s+)?op\s+berekend\b|\b(?:kraakt|kraken)\b|\ber\s+alleen\s+voor\s+(?:te\s+)?(?:staan|staat|stonden|stond)\b|\bzwaar\s+(?:wordt\s+|worden\s+)?belast\b|\bhard\s+(?:raakt|raken|raakte|raakten)\b`),
  // Judging a measure unjustifiable or hollow: "niet uit te leggen", "principieel onjuist", "een lachertje",
  // "geen blanco cheque", "biedt geen oplossing", "speelt met de veiligheid", "zijn nu niet aan de orde".
  cue("oppose", String.raw`\bniet\s+(?:\S+\s+){0,1}uit\s+te\s+leggen\b|\bonjuist\p{L}*|\blachertje\b|\baanfluiting\b|\bwassen\s+neus\b|\bblanco\s+cheque\b|\b(?:biedt|bieden|bood|boden|is|zijn|vormt|vormen)\s+(?:\S+\s+){0,2}geen\s+(?:\S+\s+)?oplossing\b|\b(?:speelt|spelen|speelde|speelden)\s+(?:\S+\s+){0,2}met\s+(?:de\s+)?veiligheid\b|\b(?:is|zijn)\s+(?:nu\s+|nog\s+)?niet\s+aan\s+de\s+orde\b`, undefined, "S9-content"),
  // Worth and effect without a verb of support: "werpt zijn vruchten af", "bemoedigend", "fantastisch werk",
  // "een bewezen instrument", "meer waard dan", "gerechtvaardigd", "heeft er vertrouwen in", "sympathiek", "broodnodig".
  cue("support", String.raw`\bvruchten\s+af|\bbemoedigend\p{L}*|\bfantastisch\p{L}*|\b(?:uitstekend|goed|prima)\s+werk\b|\bbewezen\s+(?:instrument|middel|aanpak|methode)\b|\bmeer\s+waard\s+dan\b|\bgerechtvaardigd\b|\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,3}vertrouwen\s+in\b|\bsympathiek\b|\bbespreekbaar\b|\bbroodnodig\p{L}*`, "oppose", "S9-content"),
  // Praise and preference without a verb of support: "noemt het optreden doeltreffend", "een doorbraak",
  // "trots op", "werkt goed", "verdient de voorkeur", "heeft liever agenten op straat", and a yes on a
  // condition ("..., mits de beelden worden gewist").
  cue("support", String.raw`\bdoorbraak\b|\bdoeltreffend\p{L}*|\b(?:daad)?krachtig\p{L}*|\btrots\b|\b(?:werkt|werken|werkte|werkten)\s+(?:\S+\s+){0,4}goed\b|\bverdien\p{L}*\s+(?:\S+\s+){0,3}(?:de\s+voorkeur|prioriteit|navolging|een\s+kans|steun|bescherming|waardering|respect|een\s+compliment)\b|\b(?:heb|heeft|hebben)\s+(?:\S+\s+){0,3}liever\b|\bmits\b|\b(?:geeft|geven)\s+(?:\S+\s+){0,2}(?:rust|duidelijkheid|houvast)\b`, "oppose", "S9-content"),
  // An answer or a confirmation that says what will be done and when: "De burgemeester antwoordt dat
  // de evaluatie in december naar de raad komt", "bevestigde dat het voorstel voor de zomer wordt
  // ingediend", "dat het rooster vanaf september wordt uitgebreid". In minutes the one who answers
  // is the one responsible, so the plan is theirs (a plan merely reported, "meldde dat", is not).
  // Not what was already arranged or done ("al gepland", "zijn opgenomen").
  cue("commitment", String.raw`\b(?:antwoordt|antwoorden|antwoordde|antwoordden|bevestigt|bevestigen|bevestigde|bevestigden)\b(?:\s+\S+){0,4}?\s+dat\b(?!.*\b(?:al|reeds|inmiddels|was|waren|werd|werden|had|hadden|heeft|hebben|zijn\s+\S+d|zijn\s+\S+t|is\s+\S+d|is\s+\S+t)\b)(?=.*(?:\b(?:dit|volgend|komend)e?\s+(?:jaar|voorjaar|najaar|kwartaal)\b|\bin\s+het\s+(?:voorjaar|najaar)\b|\b(?:in|vanaf|per|medio|eind|begin|uiterlijk|v[oó]{2}r)\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\bbinnen\s+(?:een|twee|drie|vier|zes|enkele|\d+)\s+(?:dagen|weken|maanden)\b|\b(?:v[oó]{2}r|na)\s+de\s+zomer\b|\bvoortaan\b|\btot\s+en\s+met\s+\d{4}\b|\b(?:wordt|worden)\s+(?:voortgezet|verlengd)\b))`, undefined, "S9-answered-plan"),
  // An action item ("Actiepunt: het DB organiseert ..."), and a present tense with a time ahead
  // ("presenteert in de volgende vergadering", "stuurt voor de zomer", "nog dit jaar", "over twee
  // weken"), drafting a document ("stelt een notitie op"), finding out ("zoekt dat nog uit"), a bill
  // in preparation: what someone will do.
  cue("commitment", String.raw`^\s*(?:[-•]\s*)?(?:actiepunt(?:en)?|toezegging(?:en)?)\s*[:-]|(?<!\b(?:wordt|worden|werd|werden|was|waren|had|hadden|bespreekt|bespreken|debatteert|debatteren|vergadert|vergaderen)\b.{0,300})(?:\b(?:volgende|komende)\s+(?:week|maand|vergadering|bijeenkomst|overleg|keer)\b|\bin\s+het\s+volgende\s+\p{L}+|\bnog\s+dit\s+jaar\b|\bv[oó]{2}r\s+de\s+zomer(?:vakantie)?\b|\bover\s+(?:twee|drie|vier|zes|enkele|een\s+paar)\s+(?:weken|maanden)\b)(?!.*\b(?:wordt|worden|werd|werden|was|waren|besproken|gedebatteerd|uitgesteld|bespreekt|bespreken|debatteert|debatteren)\b)|\b(?:stelt|stellen)\s+(?:\S+\s+){0,6}(?:notitie|plan|voorstel|brief|overzicht|rapportage|handreiking|protocol|draaiboek|plan\s+van\s+aanpak)\s+op\b|\b(?:zoekt|zoeken)\s+(?:\S+\s+){0,3}uit\b|\bin\s+voorbereiding\b|\b(?:zet|zetten)\s+(?:\S+\s+){0,6}(?:campagne|project|pilot|proef|team|werkgroep|meldpunt|overleg)\s+op\b|\b(?:organiseert|organiseren)\b|\b(?:komt|komen)\s+(?:\S+\s+){0,3}met\s+(?:zo'n|dit|dat|deze|die)\b`, undefined, "S9-content"),
  // Making means available ("Wij stellen locaties beschikbaar", "dat de Belastingdienst twee fte beschikbaar stelt"),
  // unless on a condition ("als de raad extra geld beschikbaar stelt") or in a relative clause ("die het regeerakkoord beschikbaar stelt").
  cue("commitment", String.raw`^(?!.*\b(?:als|indien|mits|zodra|wanneer|tenzij|die)\b)(?:.*\b(?:stel|stelt|stellen)\s+(?:\S+\s+){0,5}?beschikbaar\b|.*\bbeschikbaar\s+(?:stelt|stellen)\b)`),
  // Starting an action of one's own in the present tense ("De politie start een voorlichtingscampagne",
  // "lanceert een proef"): a plan without a date is still a plan; reported ("meldde dat X een pilot start") it is not.
  cue("commitment", String.raw`^(?![^,]*\b(?:meldt|meldde|meldden|zegt|zei|stelt|stelde|vertelt|vertelde)\b)(?:[^,]*?\s)?(?:start|starten|lanceert|lanceren|begint|beginnen)\s+(?:\S+\s+){0,3}?(?:een|met\s+een)\s+(?:\p{L}+\s+)?(?:\p{L}*campagne|\p{L}*onderzoek|pilot|proef|\p{L}*actie|\p{L}*project|\p{L}*programma)\b`),
];

export const NEGATORS = /\b(?:niet|geen|nooit|nauwelijks|onvoldoende)\s+(?:\S+\s+){0,2}$/i;
