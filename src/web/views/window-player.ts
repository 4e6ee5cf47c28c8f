/**
 * Steps through the moving time windows: a slider over the windows, a play button that advances
 * one window at a time, and a label with the window's dates. The windows are fetched once per
 * setting (networkWindows), so stepping sends no request.
 */
import { formatDate, h } from "./dom.js";

export interface WindowSpan {
  start: string;
  end: string;
}

/** Long enough to read the picture, short enough to see change. */
const PLAY_INTERVAL_MS = 1500;

export class WindowPlayer {
  private readonly slider: HTMLInputElement;
  private readonly playButton: HTMLButtonElement;
  private readonly label: HTMLElement;
  private readonly root: HTMLElement;
  private count = 0;
  private index = 0;
  private timer: number | undefined;

  constructor(parent: HTMLElement, private readonly onPick: (index: number, replace: boolean) => void) {
    this.slider = h("input", { type: "range", id: "window-index", min: 0, max: 0, value: 0, step: 1, "aria-label": "Time window" });
    this.slider.addEventListener("input", () => {
      this.stop();
      this.onPick(Number(this.slider.value), true);
    });
    this.playButton = h("button", { type: "button", id: "window-play", class: "play-button", "aria-pressed": "false", onclick: () => this.toggle() }, "Play");
    this.label = h("p", { class: "date-label", id: "window-label", "aria-live": "polite" });
    this.root = h("div", { class: "window-player", role: "group", "aria-label": "Moving time windows", hidden: true }, this.playButton, this.slider, this.label);
    parent.append(this.root);
  }

  /** Null hides the player (windows off). */
  show(windows: WindowSpan[] | null, index: number): void {
    if (!windows) {
      this.stop();
      this.root.hidden = true;
      return;
    }
    this.root.hidden = false;
    this.count = windows.length;
    this.index = index;
    this.slider.max = String(Math.max(0, windows.length - 1));
    this.slider.value = String(index);
    this.slider.disabled = windows.length < 2;
    this.playButton.disabled = windows.length < 2;
    const shown = windows[index];
    this.label.textContent = shown
      ? `Window ${index + 1} of ${windows.length}: ${formatDate(shown.start)} – ${formatDate(shown.end)}`
      : "No dated statements, so no windows.";
  }

  private toggle(): void {
    if (this.timer !== undefined) return this.stop();
    if (this.index >= this.count - 1) this.onPick(0, true);
    this.playButton.textContent = "Pause";
    this.playButton.setAttribute("aria-pressed", "true");
    this.timer = window.setInterval(() => {
      if (this.index >= this.count - 1) return this.stop();
      this.onPick(this.index + 1, true);
    }, PLAY_INTERVAL_MS);
  }

  private stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.playButton.textContent = "Play";
    this.playButton.setAttribute("aria-pressed", "false");
  }
}
