// The early first step: while the wasm loads, each embedded widget already shows its first
// question, built into the element's shadow root from FIRST_STEP with DOM calls only (so pages
// that enforce Trusted Types are fine) and styled by the widget's own sheet. The widget takes it
// over, with anything the visitor did there, when it starts (`take_prerendered` in mount.rs).

import { FIRST_STEP, WIDGET_STYLES } from "./built.js";
import {
  chooseLanguage,
  clinicName,
  EARLY_CONTINUE_ATTRIBUTE,
  embeddedPreferences,
  offeredConditions,
  PRERENDERED_CLASS,
} from "./rules.js";

/** Stands for the clinic's name in FIRST_STEP's "Provided by …" line (as in prerender.rs). */
export const CLINIC_MARK = "\uE000";

/** Elements whose shadow root shows the early first step until the widget takes it over. */
const early = new WeakSet();
/** The widget's sheet once built (null when the browser cannot build one). */
let widgetSheet;

/** True when this build carries the early first step and its sheet. */
export function hasEarlyFirstStep() {
  return WIDGET_STYLES !== "" && Object.keys(FIRST_STEP).length > 0;
}

/** The widget's sheet, constructed once: every shadow root on the page adopts it. */
export function earlySheet() {
  if (widgetSheet === undefined) {
    try {
      widgetSheet = new CSSStyleSheet();
      widgetSheet.replaceSync(WIDGET_STYLES);
    } catch {
      widgetSheet = null;
    }
  }
  return widgetSheet;
}

/** Builds a `[tag, {attributes}, ...children]` tree with `document`'s DOM calls. */
export function buildTree(node, document) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map((child) => buildTree(child, document)));
  return element;
}

/** The language an embedded widget in `element` starts in, out of those `steps` (FIRST_STEP) has. */
export function firstStepLanguage(element, steps = FIRST_STEP) {
  return chooseLanguage(embeddedPreferences(element), Object.keys(steps));
}

/**
 * The first question from `tree` (one language's FIRST_STEP), with the conditions and clinic name
 * `element` asks for, built with DOM calls.
 */
export function buildFirstStep(element, tree) {
  const step = buildTree(tree, element.ownerDocument);
  const radios = Array.from(step.querySelectorAll("input[type=radio]"));
  const offered = offeredConditions(element.getAttribute("data-conditions"), radios.map((radio) => radio.value));
  for (const radio of radios) {
    if (offered && !offered.includes(radio.value)) radio.closest(".iw-choice")?.remove();
  }
  const providedBy = step.querySelector(".iw-provided-by");
  const clinic = clinicName(element.getAttribute("data-clinic-name"));
  if (providedBy && clinic) providedBy.textContent = providedBy.textContent.replace(CLINIC_MARK, () => clinic);
  else providedBy?.remove();
  return step;
}

/**
 * Shows the first question in `element`'s shadow root before the wasm arrives, in the widget's
 * language, with the conditions and clinic name the element asks for. Elements that already
 * show something (the standalone page's own copy, another script's shadow root) are left alone.
 * Returns whether it did.
 */
export function showEarlyFirstStep(element) {
  if (!hasEarlyFirstStep() || element.shadowRoot || element.querySelector(`.${PRERENDERED_CLASS}`)) return false;
  const language = firstStepLanguage(element);
  const sheet = earlySheet();
  if (!language || !sheet) return false;
  let root;
  try {
    root = element.attachShadow({ mode: "open" });
  } catch {
    return false; // The widget reports an element that cannot hold it.
  }
  root.adoptedStyleSheets = [sheet];
  root.addEventListener("submit", holdEarlyContinue, true);
  root.append(buildFirstStep(element, FIRST_STEP[language]));
  early.add(element);
  return true;
}

/** The early first step in `element`'s shadow root, while the widget has not taken it over. */
export function earlyStepIn(element) {
  const root = early.has(element) ? element.shadowRoot : null;
  return root ? (Array.from(root.children).find((child) => child.classList.contains(PRERENDERED_CLASS)) ?? null) : null;
}

/**
 * The first step shown before the widget runs (pre-rendered into the standalone page, or built
 * here) can be answered at once. A Continue press there is marked for the widget, which carries
 * it out once it is live (its `take_prerendered` reads the mark, the choice and the Remember
 * tick), instead of being lost.
 */
export function holdEarlyContinue(event) {
  const form = event.target;
  const prerendered = typeof form?.closest === "function" ? form.closest(`.${PRERENDERED_CLASS}`) : null;
  if (!prerendered) return;
  event.preventDefault();
  prerendered.setAttribute(EARLY_CONTINUE_ATTRIBUTE, "");
  form.setAttribute("aria-busy", "true");
}
