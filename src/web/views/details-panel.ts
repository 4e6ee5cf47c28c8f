/**
 * The right panel: the statements behind the selected node or edge, newest first and a page at a
 * time ("Show more" asks the API for the next page), each with its date, speaker (office and the
 * person holding it that day), stance, and the sentence in its context with the statement itself
 * in <mark>, linking to the document view; and the measures the API computed for it (degree,
 * weighted degree, polarisation; a link's weight). Without a selection it summarises what matches
 * the filters. The panel only shows: main.ts says where the statements and counts come from.
 */
import { contextOf } from "../model/context.js";
import { STANCE_COLOUR, STANCE_LABEL, STANCES, type Stance } from "../model/stance.js";
import type { DocumentText, Statement, StatementPage } from "../model/types.js";
import { documentHref } from "../state/url-state.js";
import { clear, formatDate, h } from "./dom.js";

export interface LinkSummary {
  key: string;
  label: string;
  colour: string;
  /** The weight as shown (already formatted). */
  weight: string;
}

/** One measure of the selection, e.g. {name: "weighted degree", value: "4.5"}. */
export interface MeasureValue {
  name: string;
  value: string;
}

export interface DetailsTarget {
  title: string;
  subtitle: string;
  measures: MeasureValue[];
  /** What the list is (e.g. which filters it keeps or sets aside), shown above it. */
  notes: string[];
}

/** The statements of a selection, a page at a time (after: null for the first page). */
export type PageLoader = (after: string | null) => Promise<StatementPage>;

/** Statements per stance (dated ones, from the timeline), or null while unknown. */
export type StanceCounts = Record<Stance, number>;

export class DetailsPanel {
  private generation = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly loadDocument: (id: string) => Promise<DocumentText | null>,
    private readonly onClear: () => void,
  ) {}

  /**
   * Without a selection: what the view means, what matches, and the strongest links as buttons
   * (the keyboard route to links, which have no place in the node list).
   */
  showSummary(help: string, links: LinkSummary[], onSelect: (key: string) => void): void {
    this.generation++;
    clear(this.root);
    delete this.root.dataset.ready;
    this.root.append(
      h("h2", { class: "panel-title" }, "Details"),
      h("p", { class: "view-help" }, help),
      h("p", { class: "muted", id: "summary-count" }, "Counting the statements that match the filters…"),
      h("ul", { class: "breakdown", id: "breakdown", "aria-label": "Dated statements by stance" }),
    );
    if (links.length > 0) {
      const list = h("ol", { class: "link-list", id: "link-list", "aria-label": "Strongest links" });
      for (const link of links) {
        list.append(
          h(
            "li",
            {},
            h(
              "button",
              { type: "button", class: "link-button-row", "data-edge": link.key, onclick: () => onSelect(link.key) },
              h("span", { class: "legend-line", style: `background:${link.colour}`, "aria-hidden": "true" }),
              h("span", { class: "node-label" }, link.label),
              h("span", { class: "count", "aria-label": `weight ${link.weight}` }, link.weight),
            ),
          ),
        );
      }
      this.root.append(h("h3", { class: "list-title" }, "Strongest links"), list);
    }
  }

  /** The summary's count and stance breakdown, once the API answered (the summary must be current). */
  showSummaryCounts(totalCount: number, stances: StanceCounts): void {
    const count = this.root.querySelector("#summary-count");
    if (!count) return;
    count.textContent = `${totalCount} statements match the filters. Select an actor, topic or link in the network or in the list “In view” to read the statements behind it.`;
    this.fillBreakdown(stances);
    this.root.dataset.ready = "true";
  }

  /** The selection's head and measures at once; its statements page by page from `load`. */
  show(target: DetailsTarget, load: PageLoader, stances: Promise<StanceCounts | null>): void {
    const generation = ++this.generation;
    clear(this.root);
    delete this.root.dataset.ready;
    const list = h("ol", { class: "statement-list", id: "statement-list", "aria-label": `Statements of ${target.title}` });
    const count = h("p", { class: "muted", id: "statement-count", "aria-live": "polite" }, "Loading the statements…");
    const more = h("button", { type: "button", class: "link-button", id: "show-more", hidden: true }, "Show more");
    this.root.append(
      h(
        "div",
        { class: "details-head" },
        h("div", {}, h("h2", { class: "details-title", id: "details-title" }, target.title), h("p", { class: "muted" }, target.subtitle)),
        h("button", { type: "button", class: "icon-button", "aria-label": "Clear selection", onclick: () => this.onClear() }, "×"),
      ),
      measureList(target.measures),
      ...target.notes.map((note) => h("p", { class: "muted note" }, note)),
      h("ul", { class: "breakdown", id: "breakdown", "aria-label": "Dated statements by stance" }),
      count,
      list,
      more,
    );
    void stances.then(
      (counts) => {
        if (counts && generation === this.generation) this.fillBreakdown(counts);
      },
      () => undefined,
    );
    const next = async (after: string | null): Promise<void> => {
      more.disabled = true;
      let page: StatementPage;
      try {
        page = await load(after);
      } catch (error) {
        if (generation !== this.generation) return;
        count.textContent = `Could not load the statements: ${error instanceof Error ? error.message : String(error)}`;
        more.disabled = false;
        return;
      }
      const documents = new Map<string, DocumentText | null>();
      await Promise.all(
        [...new Set(page.statements.map((s) => s.documentId))].map(async (id) => {
          documents.set(id, await this.loadDocument(id).catch(() => null));
        }),
      );
      // The user moved on while the API answered.
      if (generation !== this.generation) return;
      for (const statement of page.statements) list.append(statementItem(statement, documents.get(statement.documentId) ?? null));
      const shown = list.children.length;
      count.textContent = page.totalCount === 0 ? "No statements." : `${shown} of ${page.totalCount} statements shown, newest first.`;
      more.hidden = page.next === null;
      more.disabled = false;
      more.onclick = page.next === null ? null : () => void next(page.next);
      this.root.dataset.ready = "true";
    };
    void next(null);
  }

  private fillBreakdown(stances: StanceCounts): void {
    const list = this.root.querySelector("#breakdown");
    if (!list) return;
    clear(list);
    for (const stance of STANCES) if (stances[stance] > 0) list.append(h("li", {}, stanceBadge(stance), ` ${stances[stance]}`));
  }
}

function speakerOf(statement: Statement): string {
  const holders = statement.speakers.map((speaker) => speaker.name);
  const persons = statement.persons.map((p) => p.name).filter((name) => !holders.includes(name));
  const spoken = holders.length > 0 ? holders.join(" & ") : "unattributed";
  return persons.length > 0 ? `${spoken} (${persons.join(", ")})` : spoken;
}

function statementItem(statement: Statement, document: DocumentText | null): HTMLElement {
  const context = document ? contextOf(document.text, statement.start, statement.end) : null;
  const quote = context
    ? h("blockquote", { class: "context" }, context.clippedStart ? "… " : "", context.before, h("mark", {}, context.match), context.after, context.clippedEnd ? " …" : "")
    : h("blockquote", { class: "context" }, h("mark", {}, statement.text));
  const topics = statement.topics.map((topic) => topic.label);
  return h(
    "li",
    { class: "statement", "data-statement-id": statement.id },
    h(
      "div",
      { class: "statement-meta" },
      h("time", { datetime: statement.date ?? "" }, formatDate(statement.date)),
      h("span", { class: "speaker" }, speakerOf(statement)),
      stanceBadge(statement.stance),
    ),
    quote,
    h(
      "div",
      { class: "statement-foot" },
      topics.length > 0 ? h("span", { class: "topics" }, topics.join(" · ")) : null,
      h("a", { href: documentHref(statement.documentId, statement.start, statement.end), class: "doc-link" }, `${statement.documentTitle} →`),
    ),
  );
}

function stanceBadge(stance: Statement["stance"]): HTMLElement {
  return h("span", { class: `badge stance-${stance}`, style: `--stance:${STANCE_COLOUR[stance]}` }, STANCE_LABEL[stance]);
}

function measureList(measures: MeasureValue[]): HTMLElement {
  const list = h("dl", { class: "measures", id: "measures", "aria-label": "Measures" });
  for (const measure of measures) list.append(h("div", {}, h("dt", {}, measure.name), h("dd", { "data-measure": measure.name }, measure.value)));
  return list;
}
