/**
 * Shows ingest progress: a one-line bar redrawn in place on a terminal, plain lines otherwise (CI
 * logs and pipes keep one readable line per document).
 */
import type { IngestProgress } from "./ingest-paths.js";

const BAR_WIDTH = 24;

export interface ProgressPrinter {
  update(progress: IngestProgress): void;
  /** Clears the bar so the summary starts on a clean line. */
  end(): void;
}

export function createProgressPrinter(stream: NodeJS.WriteStream): ProgressPrinter {
  const interactive = stream.isTTY === true;
  let drawn = false;
  return {
    update({ done, total, document }) {
      const detail = document.status === "failed" ? `failed: ${document.reason ?? ""}` : `${document.status}, ${document.statements} statements`;
      if (!interactive) {
        stream.write(`[${done}/${total}] ${document.source}: ${detail}\n`);
        return;
      }
      if (document.status === "failed") {
        // Failures stay on screen above the bar.
        stream.write(`\r\x1b[2K${document.source}: ${detail}\n`);
      }
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      const columns = stream.columns || 80; // 0 when the terminal reports no size
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${document.source}`;
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(10, columns - 1))}`);
      drawn = true;
    },
    end() {
      if (interactive && drawn) stream.write("\r\x1b[2K");
    },
  };
}
