/**
 * Statements per period, stacked by stance, in plain SVG. Each segment has a <title> (tooltip and
 * accessible name); the chart as a whole has a text summary as its aria-label and its total in
 * `data-total`. The buckets are the API's (model/timeline-model.ts).
 */
import type { Bucket, Period } from "../model/timeline-model.js";
import { STANCES, STANCE_COLOUR } from "../model/stance.js";
import { clear, h, svg } from "./dom.js";

export class TimelineView {
  constructor(private readonly root: HTMLElement) {}

  /** While the API counts: the title stays, the chart is marked busy. */
  loading(title: string): void {
    this.root.setAttribute("aria-busy", "true");
    const muted = this.root.querySelector(".panel-title .muted");
    if (muted) muted.textContent = ` — ${title}`;
  }

  render(title: string, period: Period, buckets: Bucket[]): void {
    clear(this.root);
    this.root.removeAttribute("aria-busy");
    const heading = h("h2", { class: "panel-title" }, `Timeline · statements per ${period}`, h("span", { class: "muted" }, ` — ${title}`));
    if (buckets.every((bucket) => bucket.total === 0)) {
      this.root.append(heading, h("p", { class: "muted" }, "No dated statements."));
      return;
    }
    const width = Math.max(320, this.root.clientWidth - 32);
    const height = 130;
    const margin = { top: 8, right: 8, bottom: 22, left: 30 };
    const innerW = width - margin.left - margin.right;
    const innerH = height - margin.top - margin.bottom;
    // Whole-number ticks with an even step; the top tick is the scale's maximum.
    const highest = Math.max(1, ...buckets.map((b) => b.total));
    const raw = highest / 4;
    const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
    const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
    const max = step * Math.ceil(highest / step);
    const slot = innerW / buckets.length;
    const barW = Math.max(1, Math.min(48, slot * 0.7));
    const total = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "timeline-chart", "data-total": total });
    chart.setAttribute("aria-label", `${title}: ${buckets.filter((b) => b.total > 0).map((b) => `${b.label} ${b.total}`).join(", ")}`);
    for (let value = 0; value <= max; value += step) {
      const y = margin.top + innerH - (innerH * value) / max;
      chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: "grid" }));
      chart.append(svg("text", { x: margin.left - 6, y: y + 4, "text-anchor": "end", class: "axis" }, String(value)));
    }
    const labelEvery = Math.ceil(buckets.length / Math.max(1, Math.floor(innerW / 64)));
    buckets.forEach((bucket, index) => {
      const x = margin.left + slot * index + (slot - barW) / 2;
      let y = margin.top + innerH;
      const group = svg("g", { class: "bar", "data-period": bucket.key });
      for (const stance of STANCES) {
        const count = bucket.counts[stance];
        if (count === 0) continue;
        const segment = (innerH * count) / max;
        y -= segment;
        group.append(svg("rect", { x, y, width: barW, height: segment, fill: STANCE_COLOUR[stance] }, svg("title", {}, `${bucket.label}: ${count} ${stance}`)));
      }
      chart.append(group);
      if (index % labelEvery === 0) {
        chart.append(svg("text", { x: x + barW / 2, y: height - 6, "text-anchor": "middle", class: "axis" }, bucket.label));
      }
    });
    this.root.append(heading, chart);
  }
}
