/**
 * #/review?document=<id>&show=open: the statements of a document (or of a topic / actor), least
 * confident first, each with its sentence in context, the rule and cue that produced it and the
 * proposed speaker, stance and topics. The analyst confirms it, corrects speaker, stance or topics
 * (from the graph's actors and topics, or a new one), or marks it not a position; each card shows
 * its audit trail (who changed what, when). Changes are sent with the analyst's API key, asked
 * for once and kept for the tab's session (state/api-key.ts).
 */
import { ApiError } from "../api/client.js";
import { createActor, createTopic, loadReviewDocuments, loadReviewPage, sendDecision, type ReviewDecision, type ReviewScope } from "../api/review-operations.js";
import { describeEntry, formatWhen, type ReviewItem, type ReviewState } from "../model/review.js";
import { STANCE_COLOUR, STANCE_LABEL, STANCES, isStance, type Stance } from "../model/stance.js";
import type { Reference } from "../model/types.js";
import { analystName, apiKey } from "../state/api-key.js";
import { formatHash, type ExplorerState, type ReviewRoute, type ReviewShow } from "../state/url-state.js";
import { clear, h } from "./dom.js";

const PAGE_SIZE = 25;
const NEW = "__new__";

const SHOW_LABEL: Record<ReviewShow, string> = {
  open: "Not reviewed yet",
  all: "All positions",
  reviewed: "Confirmed or corrected",
  rejected: "Rejected (not a position)",
};
const SHOW_STATES: Record<ReviewShow, ReviewState[] | null> = {
  open: ["unreviewed"],
  all: null,
  reviewed: ["confirmed", "corrected"],
  rejected: ["rejected"],
};

export interface ReviewViewOptions {
  reference: () => Reference | null;
  /** Called after every change the API accepted: cached networks and counts are stale. */
  onChanged: () => void;
  navigate: (route: ReviewRoute) => void;
}

export class ReviewView {
  private generation = 0;
  private documents: Promise<{ id: string; title: string; date: string | null }[]> | null = null;
  /** Actors and topics analysts added in this page, for the pickers. */
  private readonly added = { actors: new Map<string, string>(), topics: new Map<string, string>() };
  private keyMessage: HTMLElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: ReviewViewOptions,
  ) {}

  show(route: ReviewRoute, back: ExplorerState): void {
    const generation = ++this.generation;
    document.body.dataset.review = "loading";
    clear(this.root);
    const list = h("ol", { class: "review-list", id: "review-list" });
    const summary = h("p", { class: "muted", id: "review-summary" }, "Loading statements…");
    this.root.append(
      h("a", { href: formatHash(back), class: "back-link" }, "← Back to the network"),
      h("h2", { class: "document-title" }, "Review statements"),
      h("p", { class: "muted" }, "Least confident first. Confirm what the extraction got right, correct the speaker, stance or topics, or mark a sentence that takes no position."),
      this.controls(route),
      this.scopeNote(route) ?? "",
      this.keyPanel(),
      summary,
      list,
    );
    const scope: ReviewScope = { documentId: route.documentId, topicId: route.topicId, actorId: route.actorId, states: SHOW_STATES[route.show] };
    const more = h("button", { type: "button", class: "link-button", id: "review-more", hidden: true }, "More statements");
    this.root.append(more);
    const loadPage = (after: string | null) =>
      loadReviewPage(scope, PAGE_SIZE, after).then(
        (page) => {
          if (generation !== this.generation) return;
          summary.textContent = `${page.totalCount} statement${page.totalCount === 1 ? "" : "s"} · ${SHOW_LABEL[route.show].toLowerCase()}`;
          for (const item of page.items) list.append(this.card(item));
          more.hidden = page.next === null;
          more.onclick = () => void loadPage(page.next);
          document.body.dataset.review = "ready";
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          summary.textContent = `Could not load the statements: ${messageOf(error)}`;
          summary.classList.add("error-text");
          document.body.dataset.review = "error";
        },
      );
    void loadPage(null);
  }

  private controls(route: ReviewRoute): HTMLElement {
    const documentSelect = h("select", { id: "review-document", "aria-label": "Document" }, h("option", { value: "" }, route.documentId ? "(loading documents…)" : "All documents"));
    this.documents ??= loadReviewDocuments();
    this.documents.then(
      (documents) => {
        clear(documentSelect);
        documentSelect.append(h("option", { value: "" }, "All documents"));
        for (const doc of documents) {
          documentSelect.append(h("option", { value: doc.id, selected: doc.id === route.documentId }, `${doc.date ?? "undated"} · ${doc.title}`));
        }
      },
      () => (this.documents = null),
    );
    documentSelect.addEventListener("change", () => this.options.navigate({ ...route, documentId: documentSelect.value || null }));
    const showSelect = h("select", { id: "review-show", "aria-label": "Which statements" });
    for (const [value, label] of Object.entries(SHOW_LABEL)) showSelect.append(h("option", { value, selected: value === route.show }, label));
    showSelect.addEventListener("change", () => this.options.navigate({ ...route, show: showSelect.value as ReviewShow }));
    return h(
      "div",
      { class: "review-controls" },
      h("label", { class: "field" }, h("span", {}, "Document"), documentSelect),
      h("label", { class: "field" }, h("span", {}, "Show"), showSelect),
    );
  }

  /** The topic / actor the list is narrowed to (from the network's filters), with a way out. */
  private scopeNote(route: ReviewRoute): HTMLElement | null {
    if (!route.topicId && !route.actorId) return null;
    const names = this.names();
    const parts = [route.topicId ? `topic ${names.get(route.topicId) ?? route.topicId} (narrower topics included)` : null, route.actorId ? `actor ${names.get(route.actorId) ?? route.actorId}` : null];
    return h(
      "p",
      { class: "muted", id: "review-scope" },
      `Only statements about ${parts.filter(Boolean).join(" by ")}. `,
      h("button", { type: "button", class: "link-button", onclick: () => this.options.navigate({ ...route, topicId: null, actorId: null }) }, "Show all"),
    );
  }

  private keyPanel(): HTMLElement {
    const panel = h("section", { class: "review-key", "aria-label": "Your API key" });
    this.keyMessage = h("p", { class: "review-key-message", id: "review-key-message", role: "alert" });
    const name = h("input", { type: "text", id: "review-analyst", placeholder: "Your name (optional)", value: analystName.get(), autocomplete: "name" });
    name.addEventListener("change", () => analystName.set(name.value));
    const render = () => {
      clear(panel);
      if (apiKey.get()) {
        panel.append(
          h("span", { id: "review-key-state" }, "API key set for this browser tab (kept until the tab closes)."),
          h("button", { type: "button", class: "link-button", id: "review-key-forget", onclick: () => { apiKey.forget(); render(); } }, "Forget key"),
        );
      } else {
        const input = h("input", { type: "password", id: "review-key", placeholder: "API key", autocomplete: "off", "aria-label": "API key" });
        const use = () => {
          if (!input.value.trim()) return;
          apiKey.set(input.value.trim());
          this.say("");
          render();
        };
        input.addEventListener("keydown", (event) => {
          if (event.key === "Enter") use();
        });
        panel.append(
          h("label", { for: "review-key" }, "Changes need an API key:"),
          input,
          h("button", { type: "button", id: "review-key-use", onclick: use }, "Use key"),
        );
      }
      panel.append(name, this.keyMessage ?? "");
    };
    render();
    return panel;
  }

  private say(message: string): void {
    if (this.keyMessage) this.keyMessage.textContent = message;
  }

  private card(item: ReviewItem): HTMLElement {
    const card = h("li", { class: "review-item", "data-statement-id": item.id, "data-review": item.review });
    this.fill(card, item);
    return card;
  }

  private fill(card: HTMLElement, item: ReviewItem): void {
    clear(card);
    card.dataset.review = item.review;
    const names = this.names();
    const message = h("p", { class: "review-message", role: "alert" });
    const decide = (decision: ReviewDecision) => void this.decide(card, item, decision, message);
    const form = this.correctionForm(item, (decision) => decide(decision), () => (form.hidden = true), message);
    form.hidden = true;
    card.append(
      h(
        "div",
        { class: "statement-meta" },
        h("span", { class: "confidence", title: "How sure the extraction rules are of speaker and stance" }, `confidence ${item.confidence.toFixed(2)}`),
        h("span", {}, `rule ${item.rule}`),
        h("span", {}, `cue “${item.cue}”`),
        h("span", {}, `attribution ${item.attribution}`),
        h("span", { class: `review-badge review-${item.review}` }, item.review),
      ),
      h("p", { class: "context" }, `${item.cutBefore ? "…" : ""}${item.before}`, h("mark", {}, item.text), `${item.after}${item.cutAfter ? "…" : ""}`),
      h(
        "p",
        { class: "review-proposal" },
        h("span", {}, "Speaker: ", h("strong", { class: "review-speakers" }, item.speakers.map((s) => s.name).join(", ") || "none")),
        h("span", {}, " · Stance: ", h("strong", { class: "review-stance", style: `color: ${STANCE_COLOUR[item.stance]}` }, STANCE_LABEL[item.stance])),
        h("span", {}, " · Topics: ", h("strong", { class: "review-topics" }, item.topics.map((t) => t.label).join(", ") || "none")),
      ),
      h(
        "div",
        { class: "review-actions" },
        h("button", { type: "button", class: "review-confirm", onclick: () => decide({ kind: "confirm" }) }, "Confirm"),
        h("button", { type: "button", class: "review-correct", onclick: () => (form.hidden = !form.hidden) }, "Correct…"),
        h("button", { type: "button", class: "review-reject", onclick: () => decide({ kind: "reject", reason: null }) }, "Not a position"),
      ),
      form,
      message,
      this.history(item, names),
    );
  }

  private history(item: ReviewItem, names: ReadonlyMap<string, string>): HTMLElement {
    if (item.history.length === 0) return h("p", { class: "review-history muted" }, "No changes yet.");
    const list = h("ul", { class: "review-history" });
    for (const entry of item.history) {
      list.append(h("li", {}, h("span", { class: "muted" }, `${formatWhen(entry.at)} · ${entry.by}: `), describeEntry(entry, names)));
    }
    return list;
  }

  private names(): Map<string, string> {
    const reference = this.options.reference();
    const names = new Map<string, string>();
    for (const actor of reference?.actors.values() ?? []) names.set(actor.id, actor.name);
    for (const topic of reference?.topics.values() ?? []) names.set(topic.id, topic.label);
    for (const [id, name] of [...this.added.actors, ...this.added.topics]) names.set(id, name);
    return names;
  }

  private correctionForm(item: ReviewItem, submit: (decision: ReviewDecision) => void, cancel: () => void, message: HTMLElement): HTMLElement {
    const reference = this.options.reference();
    const actors = new Map<string, string>([...item.speakers.map((s): [string, string] => [s.id, s.name])]);
    for (const actor of reference?.actors.values() ?? []) actors.set(actor.id, actor.name);
    for (const [id, name] of this.added.actors) actors.set(id, name);
    const speaker = h("select", { class: "review-speaker-select", "aria-label": "Speaker" });
    for (const [id, name] of [...actors].sort((a, b) => a[1].localeCompare(b[1], "nl"))) {
      speaker.append(h("option", { value: id, selected: id === item.speakers[0]?.id }, name));
    }
    speaker.append(h("option", { value: NEW }, "New actor…"));
    const newActor = h("input", { type: "text", class: "review-new-actor", placeholder: "Name of the new actor", hidden: true });
    const newKind = h("select", { class: "review-new-kind", "aria-label": "Kind of the new actor", hidden: true });
    for (const kind of ["office", "person", "group", "organisation"]) newKind.append(h("option", { value: kind }, kind));
    speaker.addEventListener("change", () => {
      newActor.hidden = speaker.value !== NEW;
      newKind.hidden = speaker.value !== NEW;
    });
    const stance = h("select", { class: "review-stance-select", "aria-label": "Stance" });
    for (const s of STANCES) stance.append(h("option", { value: s, selected: s === item.stance }, STANCE_LABEL[s]));
    const topics = new Map<string, string>([...item.topics.map((t): [string, string] => [t.id, t.label])]);
    for (const topic of reference?.topics.values() ?? []) topics.set(topic.id, topic.label);
    for (const [id, label] of this.added.topics) topics.set(id, label);
    const chosen = new Set(item.topics.map((t) => t.id));
    const topicBox = h("div", { class: "review-topic-list", role: "group", "aria-label": "Topics" });
    for (const [id, label] of [...topics].sort((a, b) => a[1].localeCompare(b[1], "nl"))) {
      topicBox.append(h("label", { class: "stance-option" }, h("input", { type: "checkbox", value: id, checked: chosen.has(id) }), label));
    }
    const newTopic = h("input", { type: "text", class: "review-new-topic", placeholder: "New topic (optional)" });
    const save = async () => {
      const key = apiKey.get();
      if (!key) return this.say("Enter your API key first.");
      let actorId = speaker.value;
      if (actorId === NEW) {
        if (!newActor.value.trim()) return this.say("Name the new actor.");
        try {
          const created = await createActor(newActor.value.trim(), newKind.value, key);
          this.added.actors.set(created.id, created.name);
          actorId = created.id;
        } catch (error) {
          return this.failed(error, message);
        }
      }
      const topicIds = [...topicBox.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value);
      if (newTopic.value.trim()) {
        try {
          const created = await createTopic(newTopic.value.trim(), key);
          this.added.topics.set(created.id, created.label);
          topicIds.push(created.id);
        } catch (error) {
          return this.failed(error, message);
        }
      }
      const sameSpeaker = item.speakers.length === 1 && item.speakers[0]?.id === actorId;
      const sameTopics = topicIds.length === item.topics.length && item.topics.every((t) => topicIds.includes(t.id));
      const newStance = isStance(stance.value) && stance.value !== item.stance ? (stance.value as Stance) : null;
      if (sameSpeaker && sameTopics && newStance === null) return cancel();
      submit({ kind: "correct", stance: newStance, actorIds: sameSpeaker ? null : [actorId], topicIds: sameTopics ? null : topicIds });
    };
    return h(
      "div",
      { class: "review-form" },
      h("label", { class: "field" }, h("span", {}, "Speaker"), speaker, newActor, newKind),
      h("label", { class: "field" }, h("span", {}, "Stance"), stance),
      h("div", { class: "field" }, h("span", {}, "Topics"), topicBox, newTopic),
      h(
        "div",
        { class: "review-actions" },
        h("button", { type: "button", class: "review-save", onclick: () => void save() }, "Save correction"),
        h("button", { type: "button", class: "link-button", onclick: cancel }, "Cancel"),
      ),
    );
  }

  private async decide(card: HTMLElement, item: ReviewItem, decision: ReviewDecision, message: HTMLElement): Promise<void> {
    const key = apiKey.get();
    if (!key) {
      message.textContent = "Enter your API key first (above): changes need one.";
      this.say("Enter your API key to confirm, correct or reject statements.");
      return;
    }
    card.dataset.busy = "true";
    try {
      const updated = await sendDecision(item.id, decision, analystName.get() || null, key);
      this.fill(card, updated);
      this.options.onChanged();
    } catch (error) {
      this.failed(error, message);
    } finally {
      delete card.dataset.busy;
    }
  }

  private failed(error: unknown, message: HTMLElement | null): void {
    const text = messageOf(error);
    if (message) message.textContent = `Not changed: ${text}`;
    if (error instanceof ApiError && error.codes.includes("UNAUTHENTICATED")) this.say(text);
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
