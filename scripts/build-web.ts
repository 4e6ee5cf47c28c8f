/**
 * Builds the web explorer (src/web) into dist/web/: index.html, app.js and app.css, all from the
 * project's own sources and node_modules, so the page needs no other host (no CDN, no web fonts).
 * `npm run build:web` runs it; the browser tests call `buildWeb()` in-process.
 */
import { build, type Metafile } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BuildWebOptions {
  /** Output folder; defaults to dist/web under the repository root. */
  outDir?: string;
  minify?: boolean;
}

export interface BuildWebResult {
  outDir: string;
  /** Bytes per emitted file, relative to outDir. */
  files: Record<string, number>;
}

export async function buildWeb(options: BuildWebOptions = {}): Promise<BuildWebResult> {
  const outDir = options.outDir ?? path.join(root, "dist", "web");
  const webDir = path.join(root, "src", "web");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(webDir, "main.ts") },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: options.minify ?? true,
    sourcemap: "linked",
    legalComments: "linked",
    outdir: outDir,
    metafile: true,
    logLevel: "warning",
    // The page must not reach another host: any URL-like import that esbuild would leave
    // external fails the build instead.
    external: [],
  });
  await copyFile(path.join(webDir, "index.html"), path.join(outDir, "index.html"));
  const files: Record<string, number> = {};
  for (const [file, info] of Object.entries((result.metafile as Metafile).outputs)) {
    files[path.relative(outDir, path.resolve(root, file))] = info.bytes;
  }
  return { outDir, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().then(
    ({ outDir, files }) => {
      const lines = Object.entries(files)
        .filter(([file]) => !file.endsWith(".map"))
        .map(([file, bytes]) => `  ${file.padEnd(22)} ${(bytes / 1024).toFixed(1)} KiB`);
      process.stdout.write(`web explorer built into ${path.relative(root, outDir)}/\n${lines.join("\n")}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`build:web failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
