// What tells a release build (`trunk build --release`, what clinics deploy) from the debug
// build `trunk serve` makes, read from the files alone. The serve check uses it to prove that
// `make serve` left dist/ holding the release build.
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const WASM = "intake-widget_bg.wasm";
const MINIFIED = ["embed.js", "intake-widget.js"];
const SIZE_TEST = new URL("../e2e/size.test.mjs", import.meta.url);

/** The names of a wasm module's custom sections ("name" holds a debug build's function names). */
export function customSections(bytes) {
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    let read = 0;
    let byte;
    do {
      byte = bytes[at + read++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, read];
  };
  const names = [];
  let at = 8; // magic number and version
  while (at < bytes.length) {
    const id = bytes[at++];
    const [size, read] = leb(at);
    at += read;
    if (id === 0) {
      const [length, lengthRead] = leb(at);
      names.push(bytes.toString("utf8", at + lengthRead, at + lengthRead + length));
    }
    at += size;
  }
  return names;
}

/** True when `text` reads as esbuild's minified output: no comments, no indented lines. */
export function looksMinified(text) {
  return !/\/\*\*|^\s*\/\//m.test(text) && !/^[ \t]+\S/m.test(text);
}

/** The whole widget's gzip budget, from the transfer-size test, so there is one number. */
export async function sizeBudget() {
  const source = await readFile(SIZE_TEST, "utf8");
  const match = /const BUDGET_GZIP_BYTES = ([\d_]+);/.exec(source);
  if (!match) throw new Error(`no BUDGET_GZIP_BYTES in ${SIZE_TEST.pathname}`);
  return Number(match[1].replaceAll("_", ""));
}

/** Each file's name, size and modification time in `dir`, as one comparable string. */
export async function fingerprint(dir) {
  try {
    const names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
    const lines = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(dir, name));
        return `${name} ${info.size} ${info.mtimeMs}`;
      }),
    );
    return lines.join("\n");
  } catch {
    return null;
  }
}

/**
 * The release-build facts about `dir`, as [what, holds, detail] rows: its wasm is there (the
 * first row, the only one when it is not), carries no debug name section and fits the size
 * budget gzipped, and its JavaScript is minified.
 */
export async function releaseFacts(dir) {
  let wasm = null;
  try {
    wasm = await readFile(join(dir, WASM));
  } catch {
    return [[`its ${WASM} is there`, false, dir]];
  }
  const facts = [[`its ${WASM} is there`, true, dir]];
  const sections = customSections(wasm);
  facts.push([`its wasm has no debug name section`, !sections.includes("name"), `custom sections: ${sections.join(", ")}`]);
  const budget = await sizeBudget();
  const gzipped = gzipSync(wasm, { level: 9 }).length;
  facts.push([`its wasm fits the size budget`, gzipped <= budget, `${wasm.length} bytes, ${gzipped} gzipped, budget ${budget}`]);
  for (const name of MINIFIED) {
    let text = "";
    try {
      text = await readFile(join(dir, name), "utf8");
    } catch {
      // reported as not minified
    }
    facts.push([`its ${name} is minified`, text !== "" && looksMinified(text), `${text.length} characters`]);
  }
  return facts;
}
