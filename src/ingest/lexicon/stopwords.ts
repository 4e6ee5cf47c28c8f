/**
 * Words that never head a topic: Dutch function words (articles, pronouns, prepositions,
 * conjunctions, auxiliaries and modals, frequent adverbs), and the vague nouns, adjectives and
 * verbs of minutes that say how or when, not what ("deel", "kader", "punt", "jaar", "goed").
 */
const FUNCTION_WORDS = `
de het een der des den 't deze dit die dat zo'n zulke zulk welke welk wat wie waar wanneer hoe waarom
ik jij je u hij zij ze wij we jullie hen hun haar hem zich mij mijn zijn ons onze uw jouw elkaar zichzelf men
iemand niemand iedereen alles niets iets allemaal beide elk elke ieder iedere alle veel vele weinig meer minst meest minder
aan achter als bij binnen boven buiten door in langs met na naar naast om onder op over per rond rondom sinds te tegen
tot tussen uit van via voor vanaf vanuit volgens zonder inzake betreffende omtrent jegens qua ondanks wegens gedurende tijdens
en of maar dus want noch doch omdat doordat zodat terwijl toen nadat voordat hoewel indien tenzij zoals aangezien opdat
er hier daar daarom daarbij daarmee daarna daarvoor daarover daarin daarop daaruit daardoor hierbij hiermee hierover hierin hierop
waarbij waarmee waarover waarin waarop waardoor waarvoor erbij ermee erover erin erop ervoor eruit
niet geen nooit wel ook nog al reeds pas toch dan even eens weer steeds altijd vaak soms nu straks later eerder binnenkort
heel zeer erg zeker vooral slechts alleen enkel juist echter bovendien verder tevens voorts eveneens daarnaast vervolgens
is zijn was waren ben bent wordt worden werd werden word heeft hebben had hadden heb hebt zal zullen zou zouden kan kunnen
kon konden mag mogen mocht mochten moet moeten moest moesten wil willen wilde wilden wou gaat gaan ging gingen doet doen deed
deden laat laten liet lieten blijft blijven bleef bleven komt komen kwam kwamen staat staan stond stonden lijkt lijken
geweest gehad gedaan gekomen gegaan geworden gebleven
ja nee oké etc enz bijv o.a
eerst liefst zes zeven acht negen elf twaalf twintig dertig honderd duizend
neer terug voort vast weg mee toe samen vrij heen tegemoet omlaag omhoog achteraan vooraf achteraf daarheen
`;

const VAGUE = `
deel delen aantal aantallen kader punt punten manier mate zin geval gevallen keer keren tijd tijden periode jaar jaren
week weken dag dagen maand maanden uur uren moment momenten begin einde eind afloop stand zaak zaken kwestie kwesties
vraag vragen antwoord antwoorden reactie reacties overleg vergadering bijeenkomst gesprek gesprekken agenda agendapunt
agendapunten verslag toelichting presentatie notitie brief stuk stukken document documenten onderwerp onderwerpen thema
thema's mogelijkheid mogelijkheden oog oogpunt belang rol wijze vorm vormen niveau niveaus lijn lijnen stap stappen
situatie situaties ontwikkeling ontwikkelingen gevolg gevolgen effect effecten resultaat resultaten uitkomst uitkomsten
beeld beelden opvatting mening idee ideeën conclusie conclusies verband verbanden aanleiding basis richting geheel
gelegenheid termijn start sprake kant kanten aspect aspecten element elementen onderdeel onderdelen ander andere anderen
goed goede beter betere best groot grote groter kleine klein nieuw nieuwe oud oude eerste tweede derde laatste volgende
vorige huidige eigen hele gehele zelfde dezelfde hetzelfde verschillende diverse enkele overige extra vele
leden lid mensen persoon personen partij partijen iedereen collega collega's heren dames groet groeten
heer mevrouw woordvoerder woordvoerster voorstander voorstanders tegenstander tegenstanders kennisgeving kanttekening kanttekeningen
terugkoppeling zelf ruim snel
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
`;

export const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS.split(/\s+/), ...VAGUE.split(/\s+/)].filter((w) => w.length > 0));
/** The vague nouns and adjectives alone: a word right before one of them is its adjective ("de voorbije periode"). */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(VAGUE.split(/\s+/).filter((w) => w.length > 0));

/**
 * Adverbs and predicative adjectives that end a noun phrase in minutes ("naar kleinere", "van
 * harte", "bijna", "opnieuw", "verplicht") without being what it is about. Unlike stopwords they
 * do not end the phrase, so "preventief fouilleren" still finds its noun.
 */
const NOT_HEADS = `
bijna opnieuw zwaar zware bijzonder langer sneller verplicht actief actieve positief positieve negatief
negatieve preventief onacceptabel onaanvaardbaar onvoldoende voldoende bereid elders graag harte namens voorafgaand hiervoor
paar kwart landelijke kleinere grotere directer hoger lager gebeurt gebeurde anders apart
`;
export const NOT_HEAD_WORDS: ReadonlySet<string> = new Set(NOT_HEADS.split(/\s+/).filter((w) => w.length > 0));
