// The standalone page's language swap: its pre-rendered first step (index.html) is English, and a
// visitor who reads another language gets that language's first step in its place before the
// page paints (its script tag is render-blocking: see Trunk.toml), never a flash of English.

import { FIRST_STEP } from "./built.js";
import { buildFirstStep } from "./first-step.js";
import { chooseLanguage, PRERENDERED_CLASS, STANDALONE_ATTRIBUTE, standalonePreferences } from "./rules.js";

/**
 * The standalone page's language, by the widget's own order (`language_for` in mount.rs), out of
 * those `steps` (FIRST_STEP) has.
 */
export function standaloneLanguage(location, navigator, steps = FIRST_STEP) {
  return chooseLanguage(standalonePreferences(location.href, navigator.languages), Object.keys(steps));
}

/**
 * Puts the first step in the visitor's language in place of `document`'s pre-rendered one, if
 * that is another language. Returns when it did (a `performance.now()` time), else 0.
 */
export function keepPrerenderedToItsLanguage(document, location, navigator, steps = FIRST_STEP) {
  const prerendered = document.querySelector(`[${STANDALONE_ATTRIBUTE}] > .${PRERENDERED_CLASS}`);
  const shown = prerendered?.querySelector("[lang]")?.getAttribute("lang");
  const wanted = prerendered ? standaloneLanguage(location, navigator, steps) : null;
  if (!prerendered || !shown || !wanted || wanted === shown) return 0;
  prerendered.replaceWith(buildFirstStep(prerendered.parentElement, steps[wanted]));
  return performance.now();
}
