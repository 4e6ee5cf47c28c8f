/** Deterministic ids: content hashes, so the same document always yields the same graph keys. */
import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function statementId(documentId: string, start: number, end: number): string {
  return `statement:${sha256(`${documentId}:${start}:${end}`).slice(0, 24)}`;
}

export function sectionId(documentId: string, index: number): string {
  return `section:${sha256(`${documentId}:section:${index}`).slice(0, 24)}`;
}

export function eventId(documentId: string, start: number, end: number): string {
  return `event:${sha256(`${documentId}:event:${start}:${end}`).slice(0, 24)}`;
}
