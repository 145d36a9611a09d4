// The widget's one script. A page includes it as a module, from any path or host:
//   <script type="module" src="https://clinic.example/widget/embed.js"></script>
// and every element with a data-intake-widget attribute gets a widget. Everything is resolved
// against this file's own URL. Pages that add widgets later import mount and unmount (embed/api.js).
//
// This is the entry module, the only one with side effects; scripts/bundle-embed.mjs bundles it
// with the modules in embed/ into the one file pages load, dist/embed.js:
//   embed/rules.js        the rules shared with the Rust widget (language, contact link, ...)
//   embed/built.js        what the build fills in: the widget's sheet and its first step
//   embed/first-step.js   the early first step, shown while the wasm loads
//   embed/standalone.js   the standalone page's pre-rendered step, in the visitor's language
//   embed/failure.js      the failure message and `intake:error`
//   embed/page-checks.js  what on the page would stop the widget
//   embed/loader.js       fetches the wasm and starts the widgets
//   embed/api.js          mount and unmount

import { holdEarlyContinue } from "./embed/first-step.js";
import { failStart, start } from "./embed/loader.js";
import { keepPrerenderedToItsLanguage } from "./embed/standalone.js";

export { mount, unmount } from "./embed/api.js";

// A Continue press on a first step shown before the widget runs waits for the widget.
document.addEventListener("submit", holdEarlyContinue, true);

let prerenderedReplacedAt = 0;
try {
  prerenderedReplacedAt = keepPrerenderedToItsLanguage(document, location, navigator);
} catch {
  // An odd address or navigator only leaves the English copy in place.
}

// Awaited here, so a page's `import { mount }` resolves once the widgets have started.
try {
  await start(document, prerenderedReplacedAt);
} catch (error) {
  console.error(`intake widget: could not start (${error})`);
  try {
    failStart(document);
  } catch {
    // Nothing more can be done without a document.
  }
}
