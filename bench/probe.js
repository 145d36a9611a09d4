// The benchmark's in-page probe. bench/run.mjs injects it into every page it loads, the same way
// for all three (Playwright's addInitScript, so it runs before any of the page's own scripts and
// needs no <script> tag in the page), after a line that sets `window.__BENCH_CONFIG__`:
//   { kind: "static" | "widget" | "surveyjs", firstTitle: "What is your main condition?" }
// Every time is performance.now(), i.e. milliseconds since the navigation started.
(() => {
  "use strict";
  const config = window.__BENCH_CONFIG__;
  const kind = config.kind;
  const now = () => performance.now();

  const bench = {
    kind,
    // The end of the first frame whose rendering includes the first question's heading.
    visible: null,
    interactive: null,
    current: null,
  };
  window.__bench = bench;

  // Runs `done(time)` when the frame now being rendered has laid `element` out. Called from
  // inside a rAF callback: a ResizeObserver's first notification is delivered in the same
  // rendering step, after style and layout and just before paint, so it is not held up by tasks
  // that happen to be queued (a message posted from the rAF callback can wait behind the wasm
  // start-up, for example). The message is a fall-back for an element with no box.
  function frameRendered(element, done) {
    let called = false;
    const once = () => {
      if (called) return;
      called = true;
      observer.disconnect();
      channel.port1.close();
      done(now());
    };
    const observer = new ResizeObserver(once);
    observer.observe(element);
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(0);
  }

  // --- Where each page keeps its questions ------------------------------------------------------

  const widgetRoot = () => document.querySelector("[data-intake-widget]")?.shadowRoot ?? null;

  /** The first question's heading element, or null. */
  function firstHeading() {
    switch (kind) {
      case "static":
        return document.querySelector("legend h1");
      case "widget":
        // The live widget's heading, or the copy pre-rendered into the standalone page's HTML
        // (light DOM inside the mount element, shown until the widget replaces it).
        return liveHeading() ?? document.querySelector("[data-intake-widget] .iw h1");
      case "surveyjs":
        return document.querySelector(".sd-question[data-name] .sd-question__title");
    }
    return null;
  }

  /** The widget's own heading, in its shadow root. */
  const liveHeading = () => widgetRoot()?.querySelector(".iw h1") ?? null;

  /** The id of the step on screen: a question id, or "review", "results", "complete". */
  bench.currentStep = () => {
    switch (kind) {
      case "static":
        return "condition";
      case "widget":
        return widgetRoot()?.querySelector(".iw")?.dataset.step ?? null;
      case "surveyjs":
        if (document.querySelector(".sd-completedpage")) return "complete";
        return document.querySelector(".sd-question[data-name]")?.dataset.name ?? null;
    }
    return null;
  };

  /** The element that has focus, looking into open shadow roots, as a short description. */
  bench.focused = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return "nothing";
    const tag = element.tagName.toLowerCase();
    const type = element.getAttribute("type");
    return `<${tag}${type ? ` type="${type}"` : ""}${element.className ? ` class="${element.className}"` : ""}>`;
  };

  // --- First question visible -------------------------------------------------------------------

  function rendered(element) {
    return (
      element !== null &&
      element.isConnected &&
      element.textContent.includes(config.firstTitle) &&
      element.getBoundingClientRect().height > 0
    );
  }

  // A rAF loop from the start of the document: rAF callbacks run as part of rendering a frame, so
  // the first callback that finds the heading belongs to the first frame that paints it; the time
  // is when that frame has laid the heading out (frameRendered). (The rAF
  // timestamp itself is when the frame was due, not when it ran, so it is not used.) For the
  // widget, `visibleLive` is the same for the heading in its shadow root only.
  const watched = [["visible", firstHeading]];
  if (kind === "widget") {
    bench.visibleLive = null;
    watched.push(["visibleLive", liveHeading]);
  }
  const seen = new Set();
  function watchFirstHeading() {
    for (const [key, find] of watched) {
      const heading = find();
      if (!seen.has(key) && rendered(heading)) {
        seen.add(key);
        frameRendered(heading, (time) => (bench[key] = time));
      }
    }
    if (seen.size < watched.length) requestAnimationFrame(watchFirstHeading);
  }
  requestAnimationFrame(watchFirstHeading);

  // --- Interactive ------------------------------------------------------------------------------

  const markInteractive = () => {
    if (bench.interactive === null) bench.interactive = now();
  };
  if (kind === "static") {
    // No script: the radios work as soon as the document is parsed.
    document.addEventListener("DOMContentLoaded", markInteractive, { once: true });
  } else if (kind === "widget") {
    // The widget's own signal: the first question is on screen and can be answered.
    document.addEventListener("intake:ready", markInteractive, { capture: true, once: true });
  } else if (kind === "surveyjs") {
    // SurveyJS's onAfterRenderSurvey (bench/pages/surveyjs.js re-dispatches it), once the first
    // radio is present and enabled (it is at that point; the observer is a safety net).
    const firstInput = () => document.querySelector(".sd-question[data-name] input:not(:disabled)");
    document.addEventListener(
      "bench:surveyjs-rendered",
      () => {
        if (firstInput()) return markInteractive();
        const observer = new MutationObserver(() => {
          if (firstInput()) {
            observer.disconnect();
            markInteractive();
          }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      },
      { once: true },
    );
  }

  // --- Step change ------------------------------------------------------------------------------
  // bench.arm(from) before the harness presses Continue. The clock starts at the click event's
  // timeStamp (when the browser received the press, as Event Timing / INP count it) and stops:
  //  - widget: when the shadow root's activeElement is the h1 of a step other than `from`;
  //  - surveyjs: when the title of a question other than `from` (or the completed page) is in the
  //    DOM (SurveyJS does not move focus on a page change; `focusedAfter` records where it is).
  // `painted` is when the next frame after that has laid the new heading out, for information.

  function nextStepReady(from) {
    if (kind === "widget") {
      const root = widgetRoot();
      const iw = root?.querySelector(".iw");
      if (!iw || iw.dataset.step === from) return { heading: null, focus: false };
      const heading = iw.querySelector("h1");
      return { heading, focus: heading !== null && root.activeElement === heading };
    }
    if (kind === "surveyjs") {
      const title =
        document.querySelector(`.sd-question[data-name]:not([data-name="${from}"]) .sd-question__title`) ??
        document.querySelector(".sd-completedpage");
      return { heading: title, focus: title !== null };
    }
    return { heading: null, focus: false };
  }

  function check() {
    const step = bench.current;
    if (!step || step.start === null || step.end !== null) return;
    const state = nextStepReady(step.from);
    const time = now();
    if (state.heading && step.dom === null) step.dom = time;
    if (state.focus) {
      step.end = time;
      requestAnimationFrame(() =>
        frameRendered(state.heading, (rendered) => {
          step.painted = rendered;
          step.to = bench.currentStep();
          step.focusedAfter = bench.focused();
          step.done = true;
        }),
      );
    }
  }

  bench.arm = (from) => {
    bench.current = {
      from,
      to: null,
      start: null,
      clickHandled: null,
      dom: null,
      end: null,
      painted: null,
      focusedAfter: null,
      done: false,
    };
    observe();
    // A fallback in case no focus or mutation event fires for the change.
    const poll = () => {
      if (bench.current?.end === null) {
        check();
        requestAnimationFrame(poll);
      } else {
        observer.disconnect();
      }
    };
    requestAnimationFrame(poll);
  };

  window.addEventListener(
    "click",
    (event) => {
      const step = bench.current;
      if (!step || step.start !== null) return;
      step.clickHandled = now();
      // timeStamp shares performance.now()'s origin; fall back if a browser reports otherwise.
      const stamp = event.timeStamp;
      step.start = stamp > 0 && stamp <= step.clickHandled && step.clickHandled - stamp < 1000 ? stamp : step.clickHandled;
    },
    true,
  );
  document.addEventListener("focusin", check, true);
  // Watches for the next step only while one is armed, so it costs nothing during the load. The
  // widget renders inside its shadow root, which an observer of the document does not see.
  const observer = new MutationObserver(check);
  function observe() {
    observer.disconnect();
    const options = { childList: true, subtree: true, attributes: true, characterData: true };
    observer.observe(document, options);
    const root = widgetRoot();
    if (root) observer.observe(root, options);
  }
})();
