// The scenarios every other engine runs, written once against a small driver interface
// (firefox.mjs, webkit.mjs):
//   launch() → { name, version, open(url, { width, height }) → tab, close() }
//   tab → { run(fn, ...args), click(fn, ...args), press(key), close() }
// `run` calls `fn` in the page and returns its (JSON) result; `click` calls `fn`, which returns
// an element, and clicks that element with the driver's real pointer input; `press` sends one
// key ("Tab", "Space", "Enter", "ArrowDown") to whatever has focus. The functions passed to the
// page are self-contained: they run there, not here, so they use only their arguments.
// Chromium runs the full end-to-end suite (tests/e2e/); these are the visitor's main paths.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";

import { startSite } from "./site.mjs";

const WAIT_LIMIT_MS = 30_000;

const TEXT = {
  en: {
    first: "What is your main condition?",
    joint: "Which part of your body troubles you most?",
    review: "Check your answers",
    results: "Your results",
    continue: "Continue",
    seeResults: "See my information",
    back: "Back",
    failure: "Sorry, this questionnaire could not be shown",
  },
  es: {
    first: "¿Cuál es su afección principal?",
    review: "Revise sus respuestas",
    results: "Sus resultados",
    continue: "Continuar",
    seeResults: "Ver mi información",
    failure: "Lo sentimos, no se pudo mostrar este cuestionario",
  },
};

/** A typical visitor's answers as [step id, option values]. */
const VISITOR = [
  ["condition", ["osteoarthritis"]],
  ["joint", ["knee"]],
  ["diagnosed", ["yes"]],
  ["medications", ["nsaids"]],
  ["goals", ["less_pain"]],
];

// ---- in the page ------------------------------------------------------------------------------

/**
 * What the `index`-th widget shows: whether the early first step (pre-rendered in the page, or
 * built by embed.js) is still there, the step id, language, heading (without its "Step N of M"
 * caption), the checked answers, any failure message, and the document's widths.
 */
function widgetState(index) {
  const host = document.querySelectorAll("[data-intake-widget]")[index];
  if (!host) return null;
  const root = host.shadowRoot;
  const step = root?.querySelector(".iw") ?? host.querySelector(".iw");
  const h1 = step?.querySelector("h1");
  let heading = null;
  if (h1) {
    const copy = h1.cloneNode(true);
    copy.querySelector(".iw-caption")?.remove();
    heading = copy.textContent.trim();
  }
  const failure = root?.querySelector(".intake-failure") ?? host.querySelector(".intake-failure");
  return {
    early: Boolean(host.querySelector(".iw-prerendered") || root?.querySelector(".iw-prerendered")),
    step: step?.getAttribute("data-step") ?? null,
    lang: step?.getAttribute("lang") ?? null,
    heading,
    checked: step ? Array.from(step.querySelectorAll("form input:checked"), (input) => input.value) : [],
    failure: failure && {
      title: failure.querySelector("h2")?.textContent,
      lang: failure.getAttribute("lang"),
      role: failure.getAttribute("role"),
      link: failure.querySelector("a")?.getAttribute("href") ?? null,
    },
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  };
}

/** The label of the option `value` in the `index`-th widget's current step. */
function optionLabel(index, value) {
  const host = document.querySelectorAll("[data-intake-widget]")[index];
  const step = (host.shadowRoot ?? host).querySelector(".iw");
  const input = step.querySelector(`input[value="${value}"]`);
  return input && step.querySelector(`label[for="${input.id}"]`);
}

/** The button reading `text` in the `index`-th widget's current step. */
function buttonNamed(index, text) {
  const host = document.querySelectorAll("[data-intake-widget]")[index];
  const step = (host.shadowRoot ?? host).querySelector(".iw");
  return Array.from(step.querySelectorAll("button")).find((button) => button.textContent.trim() === text) ?? null;
}

/** The focused element, looking into shadow roots, as "TAG type value text". */
function focused() {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return `${element?.tagName} ${element?.getAttribute("type") ?? ""} ${element?.value ?? ""} ${element?.textContent.trim() ?? ""}`.trim();
}

/** The value of <html data-test-errors>, which the /missing/ page fills from intake:error. */
function reportedErrors() {
  return document.documentElement.dataset.testErrors ?? "";
}

// ---- here ---------------------------------------------------------------------------------------

/** Polls `check(state)` on the widget's state until it holds; fails with the last state seen. */
async function waitForWidget(tab, index, what, check) {
  const started = Date.now();
  let state = null;
  while (Date.now() - started < WAIT_LIMIT_MS) {
    state = await tab.run(widgetState, index);
    if (state && check(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`widget ${index}: waited ${WAIT_LIMIT_MS} ms for ${what}; it shows ${JSON.stringify(state)}`);
}

const live = (state) => !state.early && state.step !== null;
const waitForStep = (tab, index, step) => waitForWidget(tab, index, `the live step "${step}"`, (state) => live(state) && state.step === step);

/** Answers the visitor's questions with the pointer, pressing Continue after each. */
async function answerAll(tab, index, language, answers = VISITOR) {
  for (const [step, values] of answers) {
    await waitForStep(tab, index, step);
    for (const value of values) await tab.click(optionLabel, index, value);
    const state = await tab.run(widgetState, index);
    assert.deepEqual(state.checked, values, `the answers on "${step}" are checked`);
    await tab.click(buttonNamed, index, TEXT[language].continue);
  }
  const review = await waitForStep(tab, index, "review");
  assert.equal(review.heading, TEXT[language].review);
}

/** Presses Tab until the focused element matches `pattern`, at most `limit` times. */
async function tabTo(tab, pattern, limit = 20) {
  for (let presses = 0; presses < limit; presses += 1) {
    await tab.press("Tab");
    if (pattern.test(await tab.run(focused))) return;
  }
  assert.fail(`${limit} presses of Tab never reached ${pattern}; focus is on "${await tab.run(focused)}"`);
}

/** Registers the scenarios for one engine; `launch` starts its browser. */
export function engineScenarios(launch) {
  const env = {};
  before(async () => {
    env.site = await startSite();
    env.browser = await launch();
    console.log(`${env.browser.name}: ${env.browser.version}`);
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });

  /** Runs `body(tab)` on a fresh tab at `path`, closing the tab whatever happens. */
  async function withTab(path, options, body) {
    const tab = await env.browser.open(env.site.url + path, options);
    try {
      await body(tab);
    } finally {
      await tab.close();
    }
  }

  for (const language of ["en", "es"]) {
    test(`the whole flow in ${language === "en" ? "English" : "Spanish"} reaches the results`, () =>
      withTab(`/?lang=${language}`, {}, async (tab) => {
        const first = await waitForStep(tab, 0, "condition");
        assert.equal(first.lang, language);
        assert.equal(first.heading, TEXT[language].first);
        await answerAll(tab, 0, language);
        await tab.click(buttonNamed, 0, TEXT[language].seeResults);
        const results = await waitForStep(tab, 0, "results");
        assert.equal(results.heading, TEXT[language].results);
        assert.equal(results.lang, language);
      }));
  }

  test("two widgets on a clinic page work independently, each in its own language", () =>
    withTab("/demo/two-widgets.html", {}, async (tab) => {
      const english = await waitForStep(tab, 0, "condition");
      const spanish = await waitForStep(tab, 1, "condition");
      assert.deepEqual([english.lang, spanish.lang], ["en", "es"]);
      assert.deepEqual([english.heading, spanish.heading], [TEXT.en.first, TEXT.es.first]);

      await tab.click(optionLabel, 0, "osteoarthritis");
      await tab.click(buttonNamed, 0, TEXT.en.continue);
      assert.equal((await waitForStep(tab, 0, "joint")).heading, TEXT.en.joint);
      const untouched = await tab.run(widgetState, 1);
      assert.equal(untouched.step, "condition", "the Spanish widget stayed on its first question");
      assert.deepEqual(untouched.checked, [], "and has no answer from the English one");

      await tab.click(optionLabel, 1, "lupus");
      await tab.click(buttonNamed, 1, TEXT.es.continue);
      await waitForWidget(tab, 1, "the Spanish widget's second step", (state) => live(state) && state.step !== "condition");
      assert.equal((await tab.run(widgetState, 0)).step, "joint", "the English widget stayed where it was");

      await tab.click(buttonNamed, 0, TEXT.en.back);
      const back = await waitForStep(tab, 0, "condition");
      assert.deepEqual(back.checked, ["osteoarthritis"], "the English widget kept its own answer");
      assert.notEqual((await tab.run(widgetState, 1)).step, "condition", "the Spanish widget did not go back with it");
    }));

  test("a choice and a Continue press on the early first step, before the wasm arrives, carry over", async () => {
    const release = env.site.holdWasm();
    try {
      await withTab("/held/", {}, async (tab) => {
        const early = await waitForWidget(tab, 0, "the early first step", (state) => state.early && state.step === "condition");
        assert.equal(early.heading, TEXT.en.first);
        await tab.click(optionLabel, 0, "osteoarthritis");
        await tab.click(buttonNamed, 0, TEXT.en.continue);
        const waiting = await tab.run(widgetState, 0);
        assert.equal(waiting.early, true, "the press waits for the widget");
        assert.equal(env.site.wasmServed(), 0, "the wasm was still held back");

        release();
        const second = await waitForStep(tab, 0, "joint");
        assert.equal(second.heading, TEXT.en.joint, "the early Continue took the visitor on");
        await tab.click(buttonNamed, 0, TEXT.en.back);
        assert.deepEqual((await waitForStep(tab, 0, "condition")).checked, ["osteoarthritis"], "the early choice is the answer");
      });
    } finally {
      release();
    }
  });

  test("a missing wasm file shows the clear failure message in each widget, in its language", () =>
    withTab("/missing/", {}, async (tab) => {
      const english = await waitForWidget(tab, 0, "the failure message", (state) => state.failure !== null);
      const spanish = await waitForWidget(tab, 1, "the failure message", (state) => state.failure !== null);
      assert.deepEqual(english.failure, { title: TEXT.en.failure, lang: "en", role: "alert", link: null });
      assert.deepEqual(spanish.failure, { title: TEXT.es.failure, lang: "es", role: "alert", link: "https://clinic.example/contacto" });
      assert.equal(english.early || spanish.early, false, "no early form that would never work is left");
      assert.equal(english.step, null, "no half-started widget");
      assert.equal(await tab.run(reportedErrors), "english:load-failed spanish:load-failed");
    }));

  test("the whole flow completes with the keyboard alone", () =>
    withTab("/", {}, async (tab) => {
      await waitForStep(tab, 0, "condition");
      // Into the first radio, the arrow key to the next condition, Tab to Continue, Enter.
      await tabTo(tab, /^INPUT radio rheumatoid_arthritis/);
      await tab.press("ArrowDown");
      assert.match(await tab.run(focused), /^INPUT radio osteoarthritis/);
      assert.deepEqual((await tab.run(widgetState, 0)).checked, ["osteoarthritis"], "the arrow key chose the option");
      await tabTo(tab, /^BUTTON submit\s+Continue$/);
      await tab.press("Enter");
      // Each later question: Tab to its first option, Space to choose it, Tab to Continue, Enter.
      for (const [step, firstOption] of [
        ["joint", "knee"],
        ["diagnosed", "yes"],
        ["medications", "nsaids"],
        ["goals", "less_pain"],
      ]) {
        await waitForStep(tab, 0, step);
        await tabTo(tab, new RegExp(`^INPUT (radio|checkbox) ${firstOption}\\b`));
        await tab.press("Space");
        assert.deepEqual((await tab.run(widgetState, 0)).checked, [firstOption], `Space chose the first option on "${step}"`);
        await tabTo(tab, /^BUTTON submit\s+Continue$/);
        await tab.press("Enter");
      }
      await waitForStep(tab, 0, "review");
      await tabTo(tab, new RegExp(`${TEXT.en.seeResults}$`), 30);
      await tab.press("Enter");
      assert.equal((await waitForStep(tab, 0, "results")).heading, TEXT.en.results);
    }));

  test("the results fit 360 px with no sideways scrolling", () =>
    withTab("/", { width: 360, height: 800 }, async (tab) => {
      await answerAll(tab, 0, "en");
      await tab.click(buttonNamed, 0, TEXT.en.seeResults);
      const results = await waitForStep(tab, 0, "results");
      assert.equal(results.innerWidth, 360, "the page is 360 px wide");
      assert.ok(results.scrollWidth <= 360, `the results are ${results.scrollWidth} px wide`);
    }));
}
