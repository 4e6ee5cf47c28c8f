/**
 * "Download": the current view as a file for Gephi, visone, networkx or rDNA. The file comes
 * from the API's `exportNetwork` with exactly the arguments of the drawn network (the caller's
 * `exportFile`), and is saved from memory (save-file.ts), so no other host is involved.
 */
import { EXPORT_FORMAT_LABEL, EXPORT_FORMATS, WINDOWED_FORMATS, type ExportFormat } from "../model/network-request.js";
import type { ExportFileData } from "../model/types.js";
import { h } from "./dom.js";
import { saveFile } from "./save-file.js";

export class DownloadControl {
  private readonly formatSelect: HTMLSelectElement;
  private readonly allWindowsBox: HTMLInputElement;
  private readonly allWindowsLabel: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly message: HTMLElement;
  private windowsOn = false;

  constructor(root: HTMLElement, private readonly exportFile: (format: ExportFormat, allWindows: boolean) => Promise<ExportFileData>) {
    this.formatSelect = h("select", { id: "download-format", "aria-label": "File format", onchange: () => this.syncWindowsBox() });
    for (const format of EXPORT_FORMATS) this.formatSelect.append(h("option", { value: format }, EXPORT_FORMAT_LABEL[format]));
    this.allWindowsBox = h("input", { type: "checkbox", id: "download-all-windows" });
    this.allWindowsLabel = h("label", { class: "inline-option", for: "download-all-windows", hidden: true }, this.allWindowsBox, "all windows");
    this.button = h("button", { type: "button", id: "download", class: "download-button", onclick: () => void this.download() }, "Download");
    this.message = h("span", { class: "muted download-status", id: "download-status", role: "status" });
    root.append(this.formatSelect, this.allWindowsLabel, this.button, this.message);
  }

  /** With moving windows on, GEXF and edge CSV can carry every window instead of the one shown. */
  setWindows(on: boolean): void {
    this.windowsOn = on;
    this.syncWindowsBox();
  }

  private syncWindowsBox(): void {
    this.allWindowsLabel.hidden = !(this.windowsOn && WINDOWED_FORMATS.includes(this.formatSelect.value as ExportFormat));
  }

  private async download(): Promise<void> {
    const format = this.formatSelect.value as ExportFormat;
    const allWindows = !this.allWindowsLabel.hidden && this.allWindowsBox.checked;
    this.button.disabled = true;
    this.message.textContent = "Preparing…";
    try {
      const file = await this.exportFile(format, allWindows);
      saveFile(file.filename, file.mediaType, file.content);
      this.message.textContent = `Saved ${file.filename}`;
    } catch (error) {
      this.message.textContent = `Download failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.button.disabled = false;
    }
  }
}
