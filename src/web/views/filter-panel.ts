/**
 * The filters: topic (with narrower topics), actor or organisation, stances and the date window (two range sliders over the meetings' dates). Every change goes to `onChange`
 * at once; the panel never reloads the page.
 */
import type { Filters } from "../model/filters.js";
import { STANCES, STANCE_COLOUR, STANCE_LABEL, type Stance } from "../model/stance.js";
import type { Reference } from "../model/types.js";
import { formatDate, h } from "./dom.js";

export interface FilterChange {
  filters: Partial<Filters>;
  /** Slider drags replace the history entry instead of adding one. */
  replace?: boolean;
}

export class FilterPanel {
  private readonly topicSelect: HTMLSelectElement;
  private readonly actorSelect: HTMLSelectElement;
  private readonly stanceBoxes = new Map<Stance, HTMLInputElement>();
  private readonly fromSlider: HTMLInputElement;
  private readonly toSlider: HTMLInputElement;
  private readonly dateLabel: HTMLElement;
  private dates: string[] = [];

  constructor(root: HTMLElement, private readonly onChange: (change: FilterChange) => void) {
    this.topicSelect = h("select", { id: "filter-topic", onchange: () => this.onChange({ filters: { topicId: this.topicSelect.value || null } }) });
    this.actorSelect = h("select", { id: "filter-actor", onchange: () => this.onChange({ filters: { actorId: this.actorSelect.value || null } }) });

    const stanceList = h("div", { class: "stance-list", role: "group", "aria-labelledby": "stance-heading" });
    for (const stance of STANCES) {
      const box = h("input", { type: "checkbox", value: stance, id: `stance-${stance}`, onchange: () => this.emitStances() });
      this.stanceBoxes.set(stance, box);
      stanceList.append(
        h("label", { class: "stance-option", for: `stance-${stance}` }, box, h("span", { class: "swatch", style: `background:${STANCE_COLOUR[stance]}`, "aria-hidden": "true" }), STANCE_LABEL[stance]),
      );
    }

    this.fromSlider = h("input", { type: "range", id: "date-from", min: 0, max: 0, value: 0, step: 1, "aria-label": "Earliest meeting date" });
    this.toSlider = h("input", { type: "range", id: "date-to", min: 0, max: 0, value: 0, step: 1, "aria-label": "Latest meeting date" });
    this.dateLabel = h("p", { class: "date-label", id: "date-label", "aria-live": "polite" });
    const onSlide = (moved: "from" | "to") => () => {
      let from = Number(this.fromSlider.value);
      let to = Number(this.toSlider.value);
      if (from > to) {
        if (moved === "from") to = from;
        else from = to;
        this.fromSlider.value = String(from);
        this.toSlider.value = String(to);
      }
      const last = this.dates.length - 1;
      this.onChange({
        filters: { from: from > 0 ? (this.dates[from] ?? null) : null, to: to < last ? (this.dates[to] ?? null) : null },
        replace: true,
      });
    };
    this.fromSlider.addEventListener("input", onSlide("from"));
    this.toSlider.addEventListener("input", onSlide("to"));

    const reset = h("button", { type: "button", class: "link-button", id: "reset-filters", onclick: () => this.onChange({ filters: { topicId: null, actorId: null, stances: [], from: null, to: null } }) }, "Reset filters");

    root.append(
      h("h2", { class: "panel-title" }, "Filters"),
      h("label", { class: "field" }, h("span", {}, "Topic (with narrower topics)"), this.topicSelect),
      h("label", { class: "field" }, h("span", {}, "Actor or organisation"), this.actorSelect),
      h("fieldset", { class: "field" }, h("legend", { id: "stance-heading" }, "Stance"), stanceList),
      h(
        "fieldset",
        { class: "field date-window" },
        h("legend", {}, "Meeting dates"),
        h("div", { class: "range-pair" }, this.fromSlider, this.toSlider),
        this.dateLabel,
      ),
      reset,
    );
  }

  setReference(reference: Reference): void {
    this.dates = reference.dates;
    this.topicSelect.replaceChildren(h("option", { value: "" }, "All topics"));
    const topics = [...reference.topics.values()].sort((a, b) => a.label.localeCompare(b.label, "nl"));
    for (const topic of topics) this.topicSelect.append(h("option", { value: topic.id }, topic.label));
    this.actorSelect.replaceChildren(h("option", { value: "" }, "All actors"));
    const kinds: [string, string][] = [
      ["office", "Offices"],
      ["group", "Groups"],
      ["organisation", "Organisations"],
      ["person", "Persons"],
    ];
    for (const [kind, title] of kinds) {
      const actors = [...reference.actors.values()].filter((a) => a.kind === kind).sort((a, b) => a.name.localeCompare(b.name, "nl"));
      if (actors.length === 0) continue;
      const group = h("optgroup", { label: title });
      for (const actor of actors) group.append(h("option", { value: actor.id }, actor.name));
      this.actorSelect.append(group);
    }
    const last = Math.max(0, this.dates.length - 1);
    for (const slider of [this.fromSlider, this.toSlider]) {
      slider.max = String(last);
      slider.disabled = this.dates.length < 2;
    }
  }

  sync(filters: Filters): void {
    this.topicSelect.value = filters.topicId ?? "";
    this.actorSelect.value = filters.actorId ?? "";
    for (const [stance, box] of this.stanceBoxes) box.checked = filters.stances.includes(stance);
    const last = Math.max(0, this.dates.length - 1);
    const fromIndex = filters.from ? this.dates.findIndex((d) => d >= (filters.from as string)) : 0;
    const toIndex = filters.to ? findLastIndex(this.dates, (d) => d <= (filters.to as string)) : last;
    this.fromSlider.value = String(fromIndex < 0 ? last : fromIndex);
    this.toSlider.value = String(toIndex < 0 ? 0 : toIndex);
    const from = filters.from ?? this.dates[0] ?? null;
    const to = filters.to ?? this.dates[last] ?? null;
    this.dateLabel.textContent =
      this.dates.length === 0 ? "No dated meetings" : `${formatDate(from)} – ${formatDate(to)} · ${this.dates.length} meeting date${this.dates.length === 1 ? "" : "s"}`;
  }

  private emitStances(): void {
    const stances = STANCES.filter((stance) => this.stanceBoxes.get(stance)?.checked);
    this.onChange({ filters: { stances } });
  }
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}
