// The public API pages that add widgets later import from embed.js:
//   import { mount, unmount } from "https://clinic.example/widget/embed.js";
//   mount(element, { lang: "es", clinicName: "Joint Care", contactUrl: "https://…", conditions: ["osteoarthritis"] });
// Options become the element's data attributes, the same ones a page can write itself.

import { clearFailure, showFailure } from "./failure.js";
import { isOurs, pageFailureReason, startWidget, stopWidget, widgetGlue } from "./loader.js";
import { mountProblem } from "./page-checks.js";
import { MOUNT_ATTRIBUTE } from "./rules.js";

/** `mount`'s options and the data attribute each becomes (README.md lists them). */
export const OPTION_ATTRIBUTES = [
  ["lang", "data-lang"],
  ["clinicName", "data-clinic-name"],
  ["contactUrl", "data-contact-url"],
  ["conditions", "data-conditions"],
  ["clinicSells", "data-clinic-sells"],
];

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Writes `options` onto `element` as data attributes, always as plain text (a list joined with
 * commas). Own properties only: a page whose Object.prototype was polluted must not change the
 * widget. Unknown options, null and undefined are left out.
 */
export function writeOptions(element, options) {
  const given = options !== null && typeof options === "object" ? options : {};
  for (const [option, attribute] of OPTION_ATTRIBUTES) {
    if (!hasOwn(given, option)) continue;
    const value = given[option];
    if (value !== undefined && value !== null) {
      element.setAttribute(attribute, Array.isArray(value) ? Array.from(value, String).join(",") : String(value));
    }
  }
}

/** Mounts a widget into `element`; options become its data attributes (always as plain text). */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError("intake widget: mount(element, options) needs a DOM element");
  }
  writeOptions(element, options);
  element.setAttribute(MOUNT_ATTRIBUTE, "");
  if (pageFailureReason() || !widgetGlue()) {
    showFailure(element, pageFailureReason() ?? "load-failed");
    return;
  }
  // A failure message from an earlier try goes first, so what is left in the element decides.
  clearFailure(element);
  const problem = mountProblem(element, isOurs);
  if (problem) {
    console.error(`intake widget: ${problem}`);
    showFailure(element, "cannot-mount");
    return;
  }
  startWidget(element);
}

/** Stops the widget in `element` and empties it. */
export function unmount(element) {
  if (!(element instanceof Element)) return;
  // A widget that mounted and then could not show itself has both a message and a registration.
  clearFailure(element);
  stopWidget(element);
}
