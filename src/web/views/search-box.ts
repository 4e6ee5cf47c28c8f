/**
 * The header's search box, backed by the API's full-text search. Results appear as a list of
 * links and buttons under the box (reachable with Tab); Escape closes it. A statement shows why
 * it matched: the matching words marked, or the topic the search named.
 */
import type { SearchHit } from "../model/types.js";
import { documentHref } from "../state/url-state.js";
import { clear, formatDate, h } from "./dom.js";

const SNIPPET_CHARS = 160;

/**
 * The statement with the words that matched in <mark> (built as nodes from the API's offsets,
 * never parsed as HTML), cut around the first match when long.
 */
export function markedSnippet(text: string, highlights: readonly { start: number; end: number }[]): (string | HTMLElement)[] {
  let from = 0;
  let to = text.length;
  if (text.length > SNIPPET_CHARS) {
    from = Math.max(0, Math.min((highlights[0]?.start ?? 0) - 40, text.length - SNIPPET_CHARS));
    to = from + SNIPPET_CHARS;
  }
  const parts: (string | HTMLElement)[] = [from > 0 ? "…" : ""];
  let at = from;
  for (const span of highlights) {
    if (span.end <= at || span.start >= to) continue;
    parts.push(text.slice(at, Math.max(at, span.start)), h("mark", {}, text.slice(Math.max(at, span.start), Math.min(span.end, to))));
    at = Math.min(span.end, to);
  }
  parts.push(text.slice(at, to), to < text.length ? "…" : "");
  return parts.filter((part) => part !== "");
}

export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly results: HTMLElement;
  private timer: number | undefined;
  private generation = 0;

  constructor(
    root: HTMLElement,
    private readonly search: (query: string) => Promise<SearchHit[]>,
    private readonly onPick: (hit: SearchHit) => void,
  ) {
    this.input = h("input", {
      type: "search",
      id: "search",
      placeholder: "Search statements, actors, topics…",
      autocomplete: "off",
      "aria-label": "Search statements, actors and topics",
      "aria-controls": "search-results",
    });
    this.results = h("div", { id: "search-results", class: "search-results", role: "region", "aria-label": "Search results", hidden: true });
    this.input.addEventListener("input", () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), 250);
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        window.clearTimeout(this.timer);
        void this.run();
      }
      if (event.key === "Escape") this.close();
    });
    this.results.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        this.close();
        this.input.focus();
      }
    });
    root.append(h("div", { class: "search" }, this.input, this.results));
  }

  close(): void {
    this.results.hidden = true;
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    if (query.length < 2) {
      this.close();
      return;
    }
    let hits: SearchHit[];
    let problem: string | null = null;
    try {
      hits = await this.search(query);
    } catch (error) {
      hits = [];
      problem = error instanceof Error ? error.message : String(error);
    }
    if (generation !== this.generation) return;
    clear(this.results);
    if (problem) this.results.append(h("p", { class: "muted" }, `Search failed: ${problem}`));
    else if (hits.length === 0) this.results.append(h("p", { class: "muted" }, `Nothing found for “${query}”.`));
    const list = h("ul", {});
    for (const hit of hits) {
      const kind = h("span", { class: `hit-kind hit-${hit.kind}` }, hit.kind);
      const item =
        hit.kind === "statement" && hit.documentId !== undefined && hit.start !== undefined && hit.end !== undefined
          ? h(
              "a",
              { href: documentHref(hit.documentId, hit.start, hit.end), class: "hit", onclick: () => this.close() },
              kind,
              h("span", { class: "hit-label" }, ...markedSnippet(hit.label, hit.highlights ?? [])),
              h("span", { class: "muted" }, [formatDate(hit.date ?? null), hit.viaTopic ? `about ${hit.viaTopic}` : null].filter(Boolean).join(" · ")),
            )
          : h("button", { type: "button", class: "hit", onclick: () => { this.close(); this.onPick(hit); } }, kind, h("span", { class: "hit-label" }, hit.label));
      list.append(h("li", {}, item));
    }
    this.results.append(list);
    this.results.hidden = false;
  }
}
