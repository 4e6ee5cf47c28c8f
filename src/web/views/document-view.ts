/**
 * #/document/<id>?highlight=start-end: the document's normalised text with the statement span in
 * <mark>, scrolled into view.
 */
import type { DocumentText } from "../model/types.js";
import { formatHash, reviewHref, type ExplorerState } from "../state/url-state.js";
import { clear, formatDate, h } from "./dom.js";

export function renderDocument(root: HTMLElement, document: DocumentText | null, highlight: { start: number; end: number } | null, back: ExplorerState): void {
  clear(root);
  const backLink = h("a", { href: formatHash(back), class: "back-link" }, "← Back to the network");
  if (!document) {
    root.append(backLink, h("p", { class: "muted" }, "This document is not in the graph."));
    return;
  }
  const body = h("div", { class: "document-text", id: "document-text" });
  const text = document.text;
  if (highlight && highlight.start < highlight.end && highlight.end <= text.length) {
    const mark = h("mark", { id: "highlight", tabindex: "-1" }, text.slice(highlight.start, highlight.end));
    body.append(text.slice(0, highlight.start), mark, text.slice(highlight.end));
  } else {
    body.append(text);
  }
  root.append(
    backLink,
    h("a", { href: reviewHref(document.id), class: "review-document-link" }, "Review this document's statements"),
    h("h2", { class: "document-title" }, document.title),
    h("p", { class: "muted" }, formatDate(document.date)),
    body,
  );
  const mark = root.querySelector<HTMLElement>("#highlight");
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }
}
