// The wasm size profile for bench/RESULTS.md: the shipped binary by section, the largest functions
// by name, and which files compiled into the widget (the packed content, the stylesheet) fill
// the data section.
//
// The shipped wasm has no names (wasm-opt drops them). The profile re-runs the build's last step,
// wasm-opt at the level index.html asks trunk for, on wasm-bindgen's output with `-g` added, which
// keeps the name section and nothing else: the code and data sections come out byte for byte the
// size of the shipped ones, and the profile says so, or warns when they differ.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { memoryImage, readWasm } from "./wasm-sections.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const WASM_OPT = here("../node_modules/.bin/wasm-opt");
const UNOPTIMISED = here("../target/wasm-bindgen/release/intake-widget_bg.wasm");
const NAMED = here("./dist/intake-widget_named.wasm");
// Where crates/web/build.rs writes the files the widget compiles in (one directory per build
// configuration cargo has seen; the profile looks in all of them).
const BUILD_OUTPUTS = here("../target/wasm32-unknown-unknown/release/build/");
const TOP = 20;
const TOP_BASES = 15;
const TOP_DATA = 12;

/** Profiles `shipped` (the wasm path as served); resolves to the figures, or { missing: why }. */
export function profileWasm(shipped) {
  if (!existsSync(WASM_OPT)) return { missing: "node_modules/.bin/wasm-opt is not installed" };
  if (!existsSync(UNOPTIMISED)) return { missing: "target/wasm-bindgen/release/ has no wasm (build with trunk first)" };
  if (statSync(UNOPTIMISED).mtimeMs > statSync(shipped).mtimeMs + 60_000) {
    return { missing: "target/wasm-bindgen/ holds a newer build than the one measured" };
  }
  execFileSync(WASM_OPT, [...optimiseFlags(), "-g", UNOPTIMISED, "-o", NAMED], { stdio: ["ignore", "ignore", "inherit"] });

  const shippedBytes = readFileSync(shipped);
  const actual = readWasm(shippedBytes);
  const named = readWasm(readFileSync(NAMED));
  const sectionSize = (wasm, name) => wasm.sections.find((section) => section.name === name)?.bytes ?? 0;
  const matches = ["code", "data"].every((name) => sectionSize(actual, name) === sectionSize(named, name));

  const code = sectionSize(actual, "code");
  const callees = callGraph();
  const functions = named.functions
    .slice()
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, TOP)
    .map(({ body, ...fn }) => ({
      ...fn,
      name: readableName(fn.name) ?? `function ${fn.index}`,
      calls: fn.name?.includes("CompStateInner") ? componentHint(callees.get(fn.name)) : null,
      shareOfCode: fn.bytes / code,
    }));

  const compiledIn = filesInData(memoryImage(actual.segments));
  return {
    total: shippedBytes.length,
    totalGzip: gzipSync(shippedBytes, { level: 9 }).length,
    flags: optimiseFlags().join(" "),
    matches,
    functionCount: named.functions.length,
    sections: actual.sections.map((section) => ({ name: section.name, bytes: section.bytes, share: section.bytes / shippedBytes.length })),
    code,
    functions,
    data: sectionSize(actual, "data"),
    compiledIn,
    bases: genericBases(named.functions).slice(0, TOP_BASES),
    owners: owners(named.functions, callees),
    dataRuns: dataRuns(memoryImage(actual.segments), compiledIn).slice(0, TOP_DATA),
    otherData: otherData(memoryImage(actual.segments), compiledIn),
  };
}

/** `-Oz` for `data-wasm-opt="z"` on index.html's rust link, as trunk passes it. */
function optimiseFlags() {
  const page = readFileSync(here("../index.html"), "utf8");
  const link = /<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/.exec(page)?.[0] ?? "";
  const level = /data-wasm-opt="([^"]+)"/.exec(link)?.[1] ?? "z";
  const params = /data-wasm-opt-params="([^"]+)"/.exec(link)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  return [`-O${level === "0" ? "0" : level}`, ...params];
}

/**
 * Direct calls in wasm-bindgen's output, before wasm-opt inlines them: caller name → callee
 * names. Yew gives every function component the same generic name (`CompStateInner<COMP>::view`);
 * what it calls tells them apart.
 */
function callGraph() {
  const graph = execFileSync(WASM_OPT, [UNOPTIMISED, "--print-call-graph", "-o", "/dev/null"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const callees = new Map();
  for (const [, caller, callee] of graph.matchAll(/^\s*"(.+)" -> "(.+)"; \/\/ call$/gm)) {
    if (!callees.has(caller)) callees.set(caller, []);
    callees.get(caller).push(callee);
  }
  return callees;
}

/** For a Yew component's generic view: the widget's own view modules it calls, most first. */
function componentHint(callees) {
  if (!callees) return null;
  const counts = new Map();
  for (const callee of callees) {
    const module = /joint_intake_views::([a-z_]+)/.exec(callee)?.[1];
    if (module && module !== "texts") counts.set(module, (counts.get(module) ?? 0) + 1);
  }
  const modules = [...counts].sort((a, b) => b[1] - a[1]).map(([module]) => `views::${module}`);
  return modules.length ? modules.join(", ") : null;
}

/** A Rust symbol without its hash suffix. */
function readableName(name) {
  return (
    name
      ?.replace(/::h[0-9a-f]{16}$/, "")
      .replace("<yew::html::component::lifecycle::CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view", "yew CompStateInner<COMP>::view") ?? null
  );
}

/**
 * A symbol's generic base: the name without its hash, crate disambiguators and every generic
 * argument list (`Vec<T>` → `Vec`), so that the instantiations of one generic function add up.
 * `<` after a name character opens arguments; one after `::`, a space or the start is a
 * qualified path (`<T as Trait>`) and stays.
 */
export function genericBase(name) {
  const plain = name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  let out = "";
  let depth = 0;
  const opened = [];
  for (let i = 0; i < plain.length; i += 1) {
    const ch = plain[i];
    if (ch === "<") {
      const generic = i > 0 && /[A-Za-z0-9_]/.test(plain[i - 1]);
      opened.push(generic);
      if (generic) depth += 1;
      else if (depth === 0) out += ch;
    } else if (ch === ">" && plain[i - 1] !== "-") {
      if (opened.pop()) depth -= 1;
      else if (depth === 0) out += ch;
    } else if (depth === 0) {
      out += ch;
    }
  }
  return readableName(out);
}

/** Functions summed by generic base, largest first: { base, bytes, instances }. */
function genericBases(functions) {
  const bases = new Map();
  for (const fn of functions) {
    const base = fn.name ? genericBase(fn.name) : "(unnamed)";
    const entry = bases.get(base) ?? { base, bytes: 0, instances: 0 };
    entry.bytes += fn.bytes;
    entry.instances += 1;
    bases.set(base, entry);
  }
  return [...bases.values()].sort((a, b) => b.bytes - a.bytes);
}

// Who the code belongs to, tested in order against a function's name; the first match wins.
const OWNERS = [
  ["the widget's views (Yew component renders, with the views inlined)", (name) => name.includes("CompStateInner") && name.includes("::view")],
  ["the widget's views", (name) => name.includes("joint_intake_views::")],
  ["content unpacking (serde derive, postcard)", (name) => /serde|postcard/.test(name)],
  ["the model", (name) => name.includes("joint_intake_model::")],
  ["the web shell (mount, effects, storage, history; the exports with what they inlined)", (name) => /joint_intake_web::|^(main|mountWidget|unmountWidget|boot|prepareMount)\b/.test(name)],
  ["Yew (virtual DOM, diffing, scheduler, component lifecycle)", (name) => /^<?(yew|implicit_clone|indexmap)\b/.test(name) || name.includes("<yew::")],
  ["bindings (wasm-bindgen, js-sys, web-sys, gloo; shims)", (name) => /wasm_bindgen|js_sys|web_sys|gloo|shim|__wbg|__wbindgen|__externref|closure/.test(name)],
  ["allocator (talc or dlmalloc)", (name) => /talc|dlmalloc|__rust_alloc|__rust_dealloc|__rust_realloc/.test(name)],
  ["Rust's core, alloc and std (formatting, collections and hash maps, strings, panics, drop glue)", (name) => /^<?&?(core|alloc|std|hashbrown)\b|<(core|alloc|std|hashbrown)[:[]| as (core|alloc|std)\b|^<\[|^<str|^<char|^<&/.test(name)],
];

/**
 * The code by owner: each function counted once, under the first owner whose test its name
 * passes; `gzip` is that owner's code gzipped on its own (so it counts its own repetition only, a
 * little more than its share of the shipped file's gzip).
 */
function owners(functions, callees) {
  const groups = new Map();
  for (const fn of functions) {
    const name = readableName(fn.name) ?? "";
    const owner = OWNERS.find(([, test]) => test(name))?.[0] ?? "other (unnamed or not matched)";
    const group = groups.get(owner) ?? { owner, bytes: 0, functions: 0, bodies: [] };
    group.bytes += fn.bytes;
    group.functions += 1;
    group.bodies.push(fn.body);
    groups.set(owner, group);
  }
  return [...groups.values()]
    .map(({ bodies, ...group }) => ({ ...group, gzip: gzipSync(Buffer.concat(bodies), { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The initial memory without the compiled-in files. */
function withoutFiles(image, files) {
  let rest = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  for (const file of files) {
    const at = rest.indexOf(file.content);
    if (at >= 0) rest = Buffer.concat([rest.subarray(0, at), rest.subarray(at + file.content.length)]);
  }
  return rest;
}

/**
 * Data that is not a compiled-in file: the bytes in all, and how many are text (runs of 6 or more
 * printable characters: panic and format messages, source paths in panic locations, attribute
 * and class names), by kind.
 */
function otherData(image, files) {
  const rest = withoutFiles(image, files);
  const runs = [...rest.toString("latin1").matchAll(/[\x20-\x7e\n]{6,}/g)].map((match) => match[0]);
  const sourcePaths = runs.flatMap((run) => run.match(/\/(?:rustc|root|rust|home)\/[\x21-\x7e]*?\.rs/g) ?? []);
  return {
    bytes: rest.length,
    zeros: rest.filter((byte) => byte === 0).length,
    text: runs.reduce((sum, run) => sum + run.length, 0),
    sourcePaths: sourcePaths.reduce((sum, path) => sum + path.length, 0),
  };
}

/** The longest runs of text in the data that is not a compiled-in file: { text, bytes }. */
function dataRuns(image, files) {
  const rest = withoutFiles(image, files);
  return [...rest.toString("latin1").matchAll(/[\x20-\x7e\n]{6,}/g)]
    .map((match) => ({ text: match[0], bytes: match[0].length }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** Each build-output file found verbatim in the initial memory: { name, bytes, gzip, content }. */
function filesInData(image) {
  const found = new Map();
  if (!existsSync(BUILD_OUTPUTS)) return [];
  const haystack = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  for (const entry of readdirSync(BUILD_OUTPUTS)) {
    const out = join(BUILD_OUTPUTS, entry, "out");
    if (!existsSync(out)) continue;
    for (const file of readdirSync(out)) {
      if (found.has(file)) continue;
      const bytes = readFileSync(join(out, file));
      if (bytes.length >= 64 && haystack.indexOf(bytes) >= 0) {
        found.set(file, { name: file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, content: bytes });
      }
    }
  }
  return [...found.values()].sort((a, b) => b.bytes - a.bytes);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** The profile as a section of bench/RESULTS.md. */
export function profileMarkdown(profile) {
  if (!profile) return "";
  if (profile.missing) return `## Wasm size profile\n\nNot taken: ${profile.missing}.\n`;
  const compiledIn = profile.compiledIn.reduce((sum, file) => sum + file.bytes, 0);
  const sectionRows = profile.sections
    .map((section) => `| ${section.name} | ${section.bytes.toLocaleString("en")} | ${percent(section.share)} |`)
    .join("\n");
  const fileRows = profile.compiledIn
    .map((file) => `| \`${file.name}\` | ${file.bytes.toLocaleString("en")} | ${percent(file.bytes / profile.data)} | ${kB(file.gzip)} |`)
    .join("\n");
  const functionRows = profile.functions
    .map((fn, rank) => `| ${rank + 1} | \`${fn.name.replaceAll("|", "\\|")}\`${fn.calls ? ` (calls ${fn.calls})` : ""} | ${fn.bytes.toLocaleString("en")} | ${percent(fn.shareOfCode)} |`)
    .join("\n");
  const topShare = profile.functions.reduce((sum, fn) => sum + fn.bytes, 0) / profile.code;
  const baseRows = profile.bases
    .map((base, rank) => `| ${rank + 1} | \`${base.base.replaceAll("|", "\\|")}\` | ${base.instances} | ${base.bytes.toLocaleString("en")} | ${percent(base.bytes / profile.code)} |`)
    .join("\n");
  const runRows = profile.dataRuns
    .map((run) => `| ${run.bytes} | \`${JSON.stringify(run.text.length > 90 ? `${run.text.slice(0, 90)}…` : run.text).slice(1, -1).replaceAll("|", "\\|").replaceAll("`", "'")}\` |`)
    .join("\n");
  const ownerRows = profile.owners
    .map((owner) => `| ${owner.owner} | ${owner.functions} | ${owner.bytes.toLocaleString("en")} | ${percent(owner.bytes / profile.code)} | ${kB(owner.gzip)} |`)
    .join("\n");
  const other = profile.otherData;
  return `## Wasm size profile

\`intake-widget_bg.wasm\` as shipped: ${profile.total.toLocaleString("en")} bytes (${kB(profile.totalGzip)} gzip -9), ${profile.functionCount} functions.
Names come from re-running the build's \`wasm-opt ${profile.flags}\` with \`-g\` on wasm-bindgen's output;
${profile.matches ? "its code and data sections are the same size as the shipped ones, so the sizes below are the shipped code" : "**its code or data section differs in size from the shipped one: the names below are approximate**"}.
Sizes are bytes on disk before compression.

| section | bytes | share of the file |
|---|---|---|
${sectionRows}

Of the data section's ${profile.data.toLocaleString("en")} bytes, ${percent(compiledIn / profile.data)} are files from the build compiled in
verbatim${profile.compiledIn.length ? "" : " (none found)"}; \`content.bin\` is the packed content (crates/web/build.rs):

| compiled-in file | bytes | share of the data section | gzip -9 on its own |
|---|---|---|---|
${fileRows || "| – | – | – | – |"}

The ${profile.functions.length} largest functions (${percent(topShare)} of the code section's ${profile.code.toLocaleString("en")} bytes; a
function's size includes whatever was inlined into it; Yew's \`CompStateInner<COMP>::view\` is a
component's render, told apart by the widget's view modules it called before wasm-opt inlined them):

| # | function | bytes | share of code |
|---|---|---|---|
${functionRows}

The whole code section by owner (a function counts under the first owner its name matches;
"gzip" is that owner's code compressed on its own):

| owner | functions | bytes | share of code | gzip -9 on its own |
|---|---|---|---|---|
${ownerRows}

The same code by generic base (a function's name without its type arguments, so every
instantiation of one generic function counts together; "instances" is how many functions the
shipped code has under that base):

| # | generic base | instances | bytes | share of code |
|---|---|---|---|---|
${baseRows}

The data section without the compiled-in files is ${other.bytes.toLocaleString("en")} bytes: ${other.text.toLocaleString("en")} bytes of text
(runs of 6 or more printable characters; ${other.sourcePaths.toLocaleString("en")} of them source paths of panic locations),
${other.zeros.toLocaleString("en")} zero bytes, the rest tables (vtables, Unicode tables, lengths and pointers). Its longest runs of text
(adjacent strings run together):

| bytes | text |
|---|---|
${runRows}
`;
}
