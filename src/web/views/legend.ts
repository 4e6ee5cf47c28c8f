/**
 * The legend beside the network: node shapes, what size and width mean, the stance colours and
 * the polarity / sign colours of combined and subtract networks. Every colour has a text label.
 */
import { POLARITIES, POLARITY_COLOUR } from "../model/edge-colour.js";
import { STANCES, STANCE_COLOUR, STANCE_LABEL } from "../model/stance.js";
import { h } from "./dom.js";

const line = (colour: string, label: string) => h("li", {}, h("span", { class: "legend-line", style: `background:${colour}`, "aria-hidden": "true" }), label);

export function renderLegend(root: HTMLElement): void {
  const stances = h("ul", { class: "legend-list", "aria-label": "Link colour: stance" });
  for (const stance of STANCES) stances.append(line(STANCE_COLOUR[stance], STANCE_LABEL[stance]));
  const polarities = h("ul", { class: "legend-list", "aria-label": "Link colour: polarity or sign (combined and subtract)" });
  for (const polarity of POLARITIES) polarities.append(line(POLARITY_COLOUR[polarity], polarity));
  root.append(
    h(
      "ul",
      { class: "legend-list", "aria-label": "Node shapes" },
      h("li", {}, h("span", { class: "node-icon actor", "aria-hidden": "true" }), "actor"),
      h("li", {}, h("span", { class: "node-icon topic", "aria-hidden": "true" }), "topic"),
      h("li", { class: "muted" }, "size: statements · width: weight"),
    ),
    stances,
    polarities,
  );
}
