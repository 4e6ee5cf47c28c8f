/**
 * The network controls: which network (the API's `NetworkKind`) and how it is measured
 * (qualifier, normalisation, duplicates, topic link), and moving time windows (length and step).
 * Controls that do not apply to the chosen network are hidden, since the API would refuse them.
 * Every change goes to `onChange` at once.
 */
import {
  DUPLICATE_MODES,
  DUPLICATES_LABEL,
  NORMALISATION_LABEL,
  NORMALISATIONS,
  QUALIFIER_LABEL,
  QUALIFIERS,
  TIME_UNIT_LABEL,
  TIME_UNITS,
  TOPIC_LINK_LABEL,
  TOPIC_LINKS,
  type Measures,
  type Period,
  type TimeUnit,
} from "../model/measures.js";
import { KIND_LABEL, NETWORK_KINDS, type NetworkKind } from "../model/network-kinds.js";
import { h } from "./dom.js";

export interface MeasureChange {
  kind?: NetworkKind;
  measures?: Partial<Measures>;
}

/** Windows start as calendar years that tile: the coarsest view of change over time. */
const FIRST_WINDOW: Period = { size: 1, unit: "year" };

function select<T extends string>(id: string, values: readonly T[], labels: Record<T, string>, onChange: (value: T) => void): HTMLSelectElement {
  const element: HTMLSelectElement = h("select", { id, onchange: () => onChange(element.value as T) });
  for (const value of values) element.append(h("option", { value }, labels[value]));
  return element;
}

class PeriodInput {
  readonly size: HTMLInputElement;
  readonly unit: HTMLSelectElement;
  constructor(id: string, label: string, onChange: (period: Period) => void) {
    const emit = () => {
      const size = Math.max(1, Math.round(Number(this.size.value) || 1));
      onChange({ size, unit: this.unit.value as TimeUnit });
    };
    this.size = h("input", { type: "number", id: `${id}-size`, min: 1, max: 9999, step: 1, value: 1, "aria-label": `${label}: number` });
    this.size.addEventListener("change", emit);
    this.unit = select(`${id}-unit`, TIME_UNITS, TIME_UNIT_LABEL, emit);
    this.unit.setAttribute("aria-label", `${label}: unit`);
  }
  set(period: Period | null): void {
    this.size.value = String(period?.size ?? FIRST_WINDOW.size);
    this.unit.value = period?.unit ?? FIRST_WINDOW.unit;
  }
}

export class MeasurePanel {
  private readonly kindSelect: HTMLSelectElement;
  private readonly qualifierSelect: HTMLSelectElement;
  private readonly normalisationSelect: HTMLSelectElement;
  private readonly duplicatesSelect: HTMLSelectElement;
  private readonly topicLinkSelect: HTMLSelectElement;
  private readonly windowsBox: HTMLInputElement;
  private readonly windowInput: PeriodInput;
  private readonly stepInput: PeriodInput;
  private readonly qualifierField: HTMLElement;
  private readonly normalisationField: HTMLElement;
  private readonly topicLinkField: HTMLElement;
  private readonly periodFields: HTMLElement;

  constructor(root: HTMLElement, private readonly onChange: (change: MeasureChange) => void) {
    this.kindSelect = select("view-mode", NETWORK_KINDS, KIND_LABEL, (kind) => this.onChange({ kind }));
    this.qualifierSelect = select("measure-qualifier", QUALIFIERS, QUALIFIER_LABEL, (qualifier) => this.onChange({ measures: { qualifier } }));
    this.normalisationSelect = select("measure-normalisation", NORMALISATIONS, NORMALISATION_LABEL, (normalisation) => this.onChange({ measures: { normalisation } }));
    this.duplicatesSelect = select("measure-duplicates", DUPLICATE_MODES, DUPLICATES_LABEL, (duplicates) => this.onChange({ measures: { duplicates } }));
    this.topicLinkSelect = select("measure-topic-link", TOPIC_LINKS, TOPIC_LINK_LABEL, (topicLink) => this.onChange({ measures: { topicLink } }));

    this.windowInput = new PeriodInput("window", "Window length", (window) => this.onChange({ measures: { window, windowIndex: 0 } }));
    this.stepInput = new PeriodInput("step", "Step", (step) => this.onChange({ measures: { step, windowIndex: 0 } }));
    this.windowsBox = h("input", {
      type: "checkbox",
      id: "windows-on",
      onchange: () =>
        this.onChange({
          measures: this.windowsBox.checked ? { window: FIRST_WINDOW, step: FIRST_WINDOW, windowIndex: 0 } : { window: null, step: null, windowIndex: 0 },
        }),
    });

    this.qualifierField = h("label", { class: "field" }, h("span", {}, "Stance (qualifier)"), this.qualifierSelect);
    this.normalisationField = h("label", { class: "field" }, h("span", {}, "Normalisation"), this.normalisationSelect);
    this.topicLinkField = h("label", { class: "field" }, h("span", {}, "Topics linked by"), this.topicLinkSelect);
    this.periodFields = h(
      "div",
      { class: "period-fields" },
      h("div", { class: "period-row" }, h("span", {}, "Window"), this.windowInput.size, this.windowInput.unit),
      h("div", { class: "period-row" }, h("span", {}, "Step"), this.stepInput.size, this.stepInput.unit),
    );

    root.append(
      h("h2", { class: "panel-title" }, "Network"),
      h("label", { class: "field" }, h("span", {}, "Kind"), this.kindSelect),
      this.qualifierField,
      this.normalisationField,
      this.topicLinkField,
      h("label", { class: "field" }, h("span", {}, "Duplicates"), this.duplicatesSelect),
      h(
        "fieldset",
        { class: "field" },
        h("legend", {}, "Time"),
        h("label", { class: "stance-option", for: "windows-on" }, this.windowsBox, "Moving windows"),
        this.periodFields,
      ),
    );
  }

  sync(kind: NetworkKind, measures: Measures): void {
    this.kindSelect.value = kind;
    this.qualifierSelect.value = measures.qualifier;
    this.normalisationSelect.value = measures.normalisation;
    this.duplicatesSelect.value = measures.duplicates;
    this.topicLinkSelect.value = measures.topicLink;
    this.qualifierField.hidden = kind !== "actor-topic";
    this.normalisationField.hidden = kind === "actor-topic";
    this.topicLinkField.hidden = kind !== "topics";
    this.windowsBox.checked = measures.window !== null;
    this.periodFields.hidden = measures.window === null;
    this.windowInput.set(measures.window);
    this.stepInput.set(measures.step ?? measures.window);
  }
}
