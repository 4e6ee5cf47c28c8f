/**
 * The `source` a file is stored under. It identifies "the same document" across runs (an edited
 * file replaces its earlier version), so it must not depend on the working directory: files in
 * the project are named relative to the project root ("seeds/documents/x.txt", whether `npm
 * start` or `kg ingest seeds/documents` found them); others by their absolute path.
 */
import path from "node:path";
import { projectRoot } from "../config/project-root.js";

export function documentSourceOf(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(projectRoot, absolute);
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join("/");
}
