/**
 * Addressees: actors after "aan (de/het)" and the object of a request or inform verb
 * ("vroegen de minister", "herinnerden de minister aan").
 */
export const ADDRESSEE_BEFORE =
  /(?:\baan\s+(?:de\s+|het\s+)?|\b(?:vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken|verzocht|verzochten|herinnert|herinneren|herinnerde|herinnerden|informeert|informeerde|informeerden|adviseert|adviseerde|adviseerden|riep|riepen|roept|roepen)\s+(?:de\s+|het\s+)?)$/i;

export function isAddressee(textBefore: string): boolean {
  return ADDRESSEE_BEFORE.test(textBefore);
}
