// The loader: shows the early first steps, waits for their paint, then fetches the wasm, its glue
// and the languages the page's widgets start in, and starts one widget per mount element in short
// tasks, so no single start-up task holds up a phone for long. Whatever cannot start gets the
// failure message, and the console says what to change.

import { earlySheet, earlyStepIn, firstStepLanguage, hasEarlyFirstStep, showEarlyFirstStep } from "./first-step.js";
import { failEverywhere, hasFailed, isShowingSomething, showFailure } from "./failure.js";
import { mountProblem, pageProblem } from "./page-checks.js";
import { DEFAULT_LANGUAGE, languageFile, MOUNT_ATTRIBUTE, PRERENDERED_CLASS, STANDALONE_ATTRIBUTE } from "./rules.js";
import { standaloneLanguage } from "./standalone.js";

/** The wasm and its wasm-bindgen glue, next to embed.js. */
const WASM_FILE = "intake-widget_bg.wasm";
const GLUE_FILE = "intake-widget.js";
/** How long, after two frames, start-up waits for the browser to report the first step's paint. */
const PAINT_REPORT_WAIT_MS = 100;
/** How long start-up waits, once the wasm is ready, for language files fetched alongside it. */
const LANGUAGE_WAIT_MS = 3000;

/** Elements handed to the widget (it warns about a second mount itself). */
const widgets = new WeakSet();
/** The started wasm's exports, once it runs. */
let glue = null;
/** Why the widget cannot run on this page at all, once that is known. */
let pageFailure = null;

/** The started wasm, or null while it loads or when it cannot. */
export function widgetGlue() {
  return glue;
}

/** Why no widget can start on this page (`load-failed`), or null. */
export function pageFailureReason() {
  return pageFailure;
}

/** True when `element`'s shadow root is the widget's, the failure message's or the early first step's. */
export function isOurs(element) {
  return widgets.has(element) || hasFailed(element) || Boolean(earlyStepIn(element));
}

/** Start-up stopped before any widget ran: every mount element gets the failure message. */
export function failStart(document) {
  pageFailure = "load-failed";
  failEverywhere(document, pageFailure);
}

/** Lets the browser handle input and paint before the next piece of start-up work. */
function nextTask() {
  const scheduler = globalThis.scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An element the widget shows: in a shadow root (reported as null) or pre-rendered into a mount element. */
function isWidgetPaint(element) {
  return !element || Boolean(element.closest?.(`[${MOUNT_ATTRIBUTE}]`));
}

/**
 * Resolves once what was shown since `since` has reached the screen: when the browser reports a
 * largest paint of the widget's from then on, or else (a page whose own largest paint is bigger)
 * PAINT_REPORT_WAIT_MS after two frames; a browser that reports no largest paints gets the two
 * frames alone. A frame's paint is reported some time after its requestAnimationFrame callbacks,
 * and a wasm fetch started in between would compete with it.
 */
function painted(since) {
  return new Promise((resolve) => {
    let observer = null;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes("largest-contentful-paint")) {
      try {
        observer = new PerformanceObserver((list) => {
          if (list.getEntries().some((entry) => entry.startTime >= since && isWidgetPaint(entry.element))) done();
        });
        observer.observe({ type: "largest-contentful-paint", buffered: true });
      } catch {
        observer = null;
      }
    }
    const fallbackMs = observer ? PAINT_REPORT_WAIT_MS : 0;
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, fallbackMs)));
  });
}

/** Hands `element` to the loaded widget; whatever stops it there gets the failure message. */
export function startWidget(element) {
  widgets.add(element);
  try {
    glue.mountWidget(element);
  } catch (error) {
    console.error(`intake widget: the widget stopped while mounting (${error}); please report this`);
    if (!isShowingSomething(element)) showFailure(element, "panic");
    return;
  }
  // The widget itself reports an element that cannot hold a shadow root in the console.
  if (!isShowingSomething(element)) showFailure(element, "cannot-mount");
}

/** Stops the widget in `element`. */
export function stopWidget(element) {
  widgets.delete(element);
  glue?.unmountWidget(element);
}

/** The languages the page's widgets will start in that the wasm does not carry. */
function languagesToFetch(document) {
  const codes = new Set();
  try {
    for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
      const code = element.hasAttribute(STANDALONE_ATTRIBUTE)
        ? standaloneLanguage(globalThis.location, globalThis.navigator)
        : firstStepLanguage(element);
      if (code && code !== DEFAULT_LANGUAGE) codes.add(code);
    }
  } catch {
    // A page with an unreadable address or navigator: each widget fetches its language itself.
  }
  return codes;
}

/**
 * Fetches those languages' text alongside the wasm, so each widget starts in its language with
 * no loading line. One that fails is left to the widget, which tries again and says so if it
 * cannot.
 */
async function fetchLanguages(codes) {
  const fetched = await Promise.all(
    Array.from(codes, async (code) => {
      try {
        const response = await fetch(new URL(languageFile(code), import.meta.url));
        return response.ok ? [code, new Uint8Array(await response.arrayBuffer())] : null;
      } catch {
        return null;
      }
    }),
  );
  return Object.fromEntries(fetched.filter(Boolean));
}

/**
 * Starts every widget on `document`. `prerenderedReplacedAt` is when the standalone page's
 * pre-rendered step was swapped for another language's (0 if it was not).
 */
export async function start(document, prerenderedReplacedAt = 0) {
  // On a phone each of these is a task of its own, none long enough to hold up a tap: this
  // module's evaluation (with the page's own layout when it finishes loading), parsing the
  // stylesheet, then building the early first steps (their layout comes in the next frame).
  if (hasEarlyFirstStep() && document.querySelector(`[${MOUNT_ATTRIBUTE}]:not([${STANDALONE_ATTRIBUTE}])`)) {
    await nextTask();
    earlySheet();
    await nextTask();
  }
  const shownAt = performance.now();
  let earlySteps = 0;
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    if (showEarlyFirstStep(element)) earlySteps += 1;
  }
  // A first step shown before the widget runs (pre-rendered into the standalone page, or just
  // built above) is painted first: the wasm starts only after that paint, so starting it never
  // delays what the visitor sees.
  // (The standalone page's copy may have been painted before this script ran.)
  if (earlySteps > 0) await painted(shownAt);
  else if (document.querySelector(`.${PRERENDERED_CLASS}`)) await painted(prerenderedReplacedAt);
  const problem = pageProblem();
  if (problem) {
    console.error(`intake widget: ${problem}`);
    failStart(document);
    return;
  }
  // Elements the widget must not take over keep their message; the attribute comes back once
  // the widget has mounted the others.
  const skipped = [];
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    const reason = mountProblem(element, isOurs);
    if (reason) {
      console.error(`intake widget: ${reason}`);
      showFailure(element, "cannot-mount");
      skipped.push([element, element.getAttribute(MOUNT_ATTRIBUTE)]);
      element.removeAttribute(MOUNT_ATTRIBUTE);
    }
  }
  try {
    // The wasm downloads alongside its glue (nothing preloads either: on a phone's connection
    // they would slow the first paint's own files), and compiles while it streams in.
    const wasm = fetch(new URL(WASM_FILE, import.meta.url));
    wasm.catch(() => {}); // Reported below, through the glue, if it fails.
    const languages = fetchLanguages(languagesToFetch(document));
    const loaded = await import(new URL(GLUE_FILE, import.meta.url).href);
    await loaded.default({ module_or_path: wasm });
    // Compiling, unpacking the content, starting Yew's first root and each widget's first render
    // run as separate tasks, so none of them holds up the visitor's taps on the early first step
    // for long.
    await nextTask();
    // Other languages' text is fetched from this file's folder; the stylesheet is this script's.
    // A language file still on its way once the wasm is ready is waited for a little, then left
    // to the widget (which shows a loading line), so a slow file never keeps every widget idle.
    const fetched = await Promise.race([languages, new Promise((give) => setTimeout(() => give({}), LANGUAGE_WAIT_MS))]);
    loaded.boot(new URL("./", import.meta.url).href, earlySheet() ?? undefined, fetched);
    glue = loaded;
    await nextTask();
    loaded.prepareMount();
    for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
      await nextTask();
      if (element.isConnected && !isShowingSomething(element)) startWidget(element);
    }
  } catch (error) {
    const wasm = new URL(WASM_FILE, import.meta.url).href;
    console.error(
      `intake widget: could not load or start ${wasm} (${error}). Serve ${WASM_FILE} and ${GLUE_FILE} next to embed.js (the wasm with Content-Type: application/wasm), and check that no script on the page replaces window.fetch with one that fails for them.`,
    );
    pageFailure = "load-failed";
  } finally {
    for (const [element, value] of skipped) element.setAttribute(MOUNT_ATTRIBUTE, value ?? "");
  }
  // Whatever did not get a widget (its element could not hold one, or the wasm never ran) gets the message.
  failEverywhere(document, pageFailure ?? "cannot-mount");
}
