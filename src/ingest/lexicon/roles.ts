/**
 * Office and function titles that minutes put before or after a person's name ("burgemeester
 * Okkema", "Ingrid Wolters, voorzitter van ...", "portefeuillehouder brandweer"). Longest first in
 * the alternation so "oud-burgemeester" wins over "burgemeester".
 */
const ROLE_WORDS = [
  "oud-burgemeester", "loco-burgemeester", "waarnemend burgemeester", "regioburgemeester", "burgemeester",
  "oud-minister", "minister-president", "minister", "staatssecretaris", "wethouder", "gedeputeerde", "commissaris van de koning",
  "plaatsvervangend korpschef", "plv. korpschef", "korpschef", "politiechef", "eenheidschef", "districtschef", "teamchef",
  "hoofdofficier van justitie", "hoofdofficier", "officier van justitie", "procureur-generaal", "advocaat-generaal",
  "vicevoorzitter", "plaatsvervangend voorzitter", "voorzitter", "portefeuillehouder", "fractievoorzitter", "raadslid", "Kamerlid",
  "directeur-generaal", "directeur", "secretaris-generaal", "secretaris", "commandant", "brandweercommandant", "dijkgraaf",
  "griffier", "woordvoerder", "adviseur", "indiener", "initiatiefnemer", "raadsvoorzitter", "commissievoorzitter", "ombudsman", "president", "coördinator", "programmamanager", "projectleider",
];

export const ROLE_PATTERN = ROLE_WORDS.sort((a, b) => b.length - a.length)
  .map((r) => r.replace(/[.]/g, "\\.").replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`))
  .join("|");
