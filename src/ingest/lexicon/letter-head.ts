/**
 * The head of a letter or of minutes: a salutation ("Geachte minister,", "Geacht college,"), an address or reference
 * line ("Afschrift aan: ...", "Onderwerp: ...", "Datum: ...") or a place and date ("Brederwaal, 14
 * maart 2022"). Each is a line of its own, never a wrapped part of the sentence after it.
 */
export const SALUTATION = /^(?:Geachte?|Beste|Hooggeachte?|Zeer\s+geachte?)\s[^.!?]{1,120},$/u;
export const HEAD_LINE = new RegExp(
  String.raw`^(?:(?:Aan|Van|Afschrift(?:\s+aan)?|Kopie(?:\s+aan)?|Cc|Onderwerp|Betreft|Kenmerk|Ons\s+kenmerk|Uw\s+kenmerk|Datum|Plaats|Tijd|Locatie|Voorzitter|Aanwezig|Afwezig|Notulist|Verslaglegging|Bijlagen?)\s*:|\p{Lu}[\p{L}'’. -]{1,40},\s+(?:\p{L}+dag\s+)?\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}$)`,
  "u",
);
/** An address without a label ("Aan de minister van Justitie en Veiligheid"): no sentence, but a wrapped line may open so too. */
const ADDRESS = /^Aan\s+(?:de|het|alle|mevrouw|de\s+heer)\s[^.!?:;]*$/u;
/** A line of the head of a letter (layout breaks blocks around it). */
export function isLetterHead(text: string): boolean {
  const line = text.trim();
  return SALUTATION.test(line) || HEAD_LINE.test(line);
}
/** A whole block that is part of a letter's head, the address included: it states nothing. */
export const isLetterHeadBlock = (text: string): boolean => isLetterHead(text) || ADDRESS.test(text.trim());
