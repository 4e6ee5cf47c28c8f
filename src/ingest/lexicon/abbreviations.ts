/**
 * Dutch abbreviations that end in a full stop without ending the sentence (lower case, without
 * the final dot). Sources: Woordenlijst Nederlandse Taal (afkortingen), the abbreviations common in
 * Dutch government minutes, and the research note shared/design/extraction.md §2.
 */
export const ABBREVIATIONS: readonly string[] = [
  // titles and forms of address
  "dhr", "mw", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "burg", "wnd", "plv", "ds", "hr", "mej", "bc", "ms",
  // references
  "art", "nr", "nrs", "blz", "p", "pag", "jl", "j.l", "e.v", "c.s", "e.a", "resp", "bijv", "bv", "vgl", "zgn",
  "z.g", "i.c", "cf", "red", "hfd", "par", "bijl", "kamerstuk", "stb", "stcrt",
  // connectives
  "o.a", "d.w.z", "m.b.t", "t.a.v", "i.v.m", "n.a.v", "t.b.v", "t.o.v", "v.w.b", "m.i.v", "i.o.m", "z.s.m", "a.s",
  "m.u.v", "i.p.v", "o.b.v", "t.z.t", "z.o.z", "e.d", "o.i.d", "e.e.a", "m.n", "c.q", "t.w", "i.s.m", "p.m", "n.b",
  // quantities
  "ca", "mln", "mld", "mrd", "max", "excl", "incl", "etc", "enz", "gem", "vs",
  // months (not days: "do", "zo" are common words that end sentences)
  "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
];
