/**
 * The right panel: the statements behind the selected node or edge, newest first, each with its
 * date, speaker (office and the person holding it that day), stance, and the sentence in its
 * context with the statement itself in <mark>, linking to the document view, and the measures
 * the API computed for it (degree, weighted degree, polarisation; a link's weight). Without a
 * selection it summarises what is drawn.
 */
import { contextOf } from "../model/context.js";
import { STANCE_COLOUR, STANCE_LABEL, STANCES } from "../model/stance.js";
import type { Corpus, DocumentText, Statement } from "../model/types.js";
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
  statements: Statement[];
}

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
  showSummary(corpus: Corpus, shown: Statement[], help: string, links: LinkSummary[], onSelect: (key: string) => void): void {
    this.generation++;
    clear(this.root);
    this.root.append(
      h("h2", { class: "panel-title" }, "Details"),
      h("p", { class: "view-help" }, help),
      h(
        "p",
        { class: "muted" },
        `${shown.length} of ${corpus.statements.length} statements match the filters. Select an actor, topic or link in the network or in the list “In view” to read the statements behind it.`,
      ),
      stanceBreakdown(shown),
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

  async show(corpus: Corpus, target: DetailsTarget): Promise<void> {
    const generation = ++this.generation;
    clear(this.root);
    const statements = [...target.statements].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.start - b.start);
    const list = h("ol", { class: "statement-list", id: "statement-list", "aria-label": `Statements of ${target.title}` });
    this.root.append(
      h(
        "div",
        { class: "details-head" },
        h("div", {}, h("h2", { class: "details-title", id: "details-title" }, target.title), h("p", { class: "muted" }, target.subtitle)),
        h("button", { type: "button", class: "icon-button", "aria-label": "Clear selection", onclick: () => this.onClear() }, "×"),
      ),
      measureList(target.measures),
      stanceBreakdown(statements),
      list,
    );
    const documents = new Map<string, DocumentText | null>();
    await Promise.all(
      [...new Set(statements.map((s) => s.documentId))].map(async (id) => {
        documents.set(id, await this.loadDocument(id).catch(() => null));
      }),
    );
    if (generation !== this.generation) return;
    for (const statement of statements) list.append(statementItem(corpus, statement, documents.get(statement.documentId) ?? null));
    this.root.dataset.ready = "true";
  }
}

export function speakerOf(corpus: Corpus, statement: Statement): string {
  const holders = statement.actorIds.map((id) => corpus.actors.get(id)?.name ?? id);
  const persons = statement.persons.map((p) => p.name).filter((name) => !holders.includes(name));
  const spoken = holders.length > 0 ? holders.join(" & ") : "unattributed";
  return persons.length > 0 ? `${spoken} (${persons.join(", ")})` : spoken;
}

function statementItem(corpus: Corpus, statement: Statement, document: DocumentText | null): HTMLElement {
  const context = document ? contextOf(document.text, statement.start, statement.end) : null;
  const quote = context
    ? h("blockquote", { class: "context" }, context.clippedStart ? "… " : "", context.before, h("mark", {}, context.match), context.after, context.clippedEnd ? " …" : "")
    : h("blockquote", { class: "context" }, h("mark", {}, statement.text));
  const topics = statement.topicIds.map((id) => corpus.topics.get(id)?.label ?? id);
  return h(
    "li",
    { class: "statement", "data-statement-id": statement.id },
    h(
      "div",
      { class: "statement-meta" },
      h("time", { datetime: statement.date ?? "" }, formatDate(statement.date)),
      h("span", { class: "speaker" }, speakerOf(corpus, statement)),
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

export function stanceBadge(stance: Statement["stance"]): HTMLElement {
  return h("span", { class: `badge stance-${stance}`, style: `--stance:${STANCE_COLOUR[stance]}` }, STANCE_LABEL[stance]);
}

function measureList(measures: MeasureValue[]): HTMLElement {
  const list = h("dl", { class: "measures", id: "measures", "aria-label": "Measures" });
  for (const measure of measures) list.append(h("div", {}, h("dt", {}, measure.name), h("dd", { "data-measure": measure.name }, measure.value)));
  return list;
}

function stanceBreakdown(statements: Statement[]): HTMLElement {
  const list = h("ul", { class: "breakdown", "aria-label": "Statements by stance" });
  for (const stance of STANCES) {
    const count = statements.filter((s) => s.stance === stance).length;
    if (count > 0) list.append(h("li", {}, stanceBadge(stance), ` ${count}`));
  }
  return list;
}
