// The history table at the end of bench/RESULTS.md: one line of key figures per `make bench`
// run, kept from the previous RESULTS.md and appended to, so a change can be compared with the
// runs before it. BENCH_LABEL names a run ("before", "after diet", …).
import { existsSync, readFileSync } from "node:fs";

const HEADING = "## History";
export const HISTORY_COLUMNS = [
  "date (UTC)",
  "commit",
  "run",
  "wasm gzip",
  "flow gzip: standalone / embed-only",
  "flow brotli: standalone / embed-only",
  "first question visible vs static: standalone / embed-only",
  "Lighthouse LCP: static / standalone / embed-only",
  "Lighthouse TBT: standalone / embed-only",
  "Lighthouse perf: standalone / embed-only",
  "machine: 1-minute load before–after; Lighthouse CPU index",
];

/** The table rows (already formatted cells) of an existing RESULTS.md, oldest first. */
export function readHistory(path) {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start < 0) return [];
  const section = text.slice(start + HEADING.length + 2).split(/\n## /, 1)[0];
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| date") )
    .map((line) => line.slice(2, -2).split(" | "));
}

/** The history section with `rows` (arrays of cells, oldest first). */
export function historyMarkdown(rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return `${HEADING}

Key figures of every run, appended by each \`make bench\` (name a run with \`BENCH_LABEL=…\`).
Flow bytes are the English visitor's whole flow; Lighthouse figures are medians.

${line(HISTORY_COLUMNS)}
|${HISTORY_COLUMNS.map(() => "---").join("|")}|
${rows.map(line).join("\n")}
`;
}

const CHANGES = "## Changes kept";

/**
 * `markdown` with the previous RESULTS.md's hand-written "Changes kept" section (what each kept
 * change measured, before and after) carried over in front of the history, where it stays.
 */
export function keepChangesSection(path, markdown) {
  if (!existsSync(path)) return markdown;
  const text = readFileSync(path, "utf8");
  const start = text.indexOf(`\n${CHANGES}\n`);
  if (start < 0) return markdown;
  const section = text.slice(start + 1).split(/\n(?=## )/, 1)[0].trimEnd();
  return markdown.replace(`\n${HEADING}\n`, `\n${section}\n\n${HEADING}\n`);
}
