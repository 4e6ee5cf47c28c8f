/**
 * A FICTIONAL text file in one of the forms real minutes come in, as bytes to extract and the
 * name to extract them under: the text itself, text copied out of a PDF viewer, or a PDF.
 */
import { copiedText } from "./copied-text.js";
import { renderPdf } from "./render.js";

export const FORMS = ["txt", "copied", "pdf"] as const;
export type Form = (typeof FORMS)[number];

export async function rendition(text: string, file: string, form: Form): Promise<{ bytes: Uint8Array; name: string }> {
  if (form === "pdf") return { bytes: await renderPdf(text, /\d{4}-\d{2}-\d{2}/.exec(file)?.[0] ?? ""), name: file.replace(/\.txt$/, ".pdf") };
  return { bytes: new TextEncoder().encode(form === "copied" ? copiedText(text) : text), name: file };
}
