// The failure message: when the widget cannot start, a mount element that is not already showing
// a widget gets a short message instead (never a blank box, nor an early first step that would
// never work) and an `intake:error` event with `detail.reason`. Built with DOM calls only, so
// pages that enforce Trusted Types are fine.

import { FAILURE_MESSAGES } from "./built.js";
import { earlyStepIn } from "./first-step.js";
import { chooseLanguage, clinicName, embeddedPreferences, MOUNT_ATTRIBUTE, PRERENDERED_CLASS, safeContactUrl } from "./rules.js";

/** Stands for the clinic's name in `contactNamed` (`CLINIC` in failure_message.rs). */
export const CLINIC = "{clinic}";

/** The message's own look, themed by the widget's public properties. */
const MESSAGE_STYLES =
  ".intake-failure{display:block;padding:1rem;border:4px solid var(--intake-error-color,#d4351c);" +
  "font-family:var(--intake-font-family,system-ui,sans-serif);color:var(--intake-text-color,inherit);" +
  "background:var(--intake-background,transparent)}" +
  ".intake-failure h2{margin:0 0 .5rem;font-size:1.25rem}.intake-failure p{margin:.5rem 0 0}" +
  ".intake-failure a{color:var(--intake-link-color,inherit)}";

/** Elements showing this message, each with the message's box. */
const failed = new WeakMap();

/** True when `element` shows this message. */
export function hasFailed(element) {
  return failed.has(element);
}

/**
 * Takes the message out of `element`, so it can be mounted again. Only the message's own box goes:
 * a shadow root another script filled keeps its content (and so still stops a mount).
 */
export function clearFailure(element) {
  failed.get(element)?.remove();
  failed.delete(element);
}

function messageSheet() {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MESSAGE_STYLES);
    return sheet;
  } catch {
    return null;
  }
}

/**
 * The message for `element` from `messages` (FAILURE_MESSAGES), in its widget's language, with its
 * clinic's contact link if the address is safe.
 */
export function buildMessage(element, messages = FAILURE_MESSAGES) {
  const document = element.ownerDocument;
  const language = chooseLanguage(embeddedPreferences(element), Object.keys(messages));
  const text = messages[language];
  const box = document.createElement("div");
  box.className = "intake-failure";
  box.setAttribute("role", "alert");
  box.setAttribute("lang", language);
  const title = document.createElement("h2");
  title.textContent = text.title;
  const body = document.createElement("p");
  body.textContent = text.body;
  box.append(title, body);
  const contact = safeContactUrl(element.getAttribute("data-contact-url"));
  if (contact) {
    const line = document.createElement("p");
    const link = document.createElement("a");
    link.setAttribute("href", contact);
    const clinic = clinicName(element.getAttribute("data-clinic-name"));
    link.textContent = clinic ? text.contactNamed.replace(CLINIC, () => clinic) : text.contactClinic;
    line.append(link);
    box.append(line);
  }
  return box;
}

function fireError(element, reason) {
  element.dispatchEvent(new CustomEvent("intake:error", { bubbles: true, composed: true, detail: { reason } }));
}

/**
 * True when `element` already shows a widget, the widget's own error, or this message (the early
 * first step does not count: without the widget it would be a form that never works).
 */
export function isShowingSomething(element) {
  if (failed.has(element)) return true;
  const root = element.shadowRoot;
  return Boolean(root && root.childNodes.length > 0 && !earlyStepIn(element));
}

/**
 * Puts the message in `element` — in a shadow root when it can have one, otherwise as ordinary
 * children — and tells the host page with `intake:error`.
 */
export function showFailure(element, reason, messages = FAILURE_MESSAGES) {
  if (failed.has(element)) return;
  failed.set(element, null);
  try {
    const box = buildMessage(element, messages);
    failed.set(element, box);
    let root = element.shadowRoot;
    if (!root) {
      try {
        root = element.attachShadow({ mode: "open" });
      } catch {
        root = null;
      }
    }
    if (root) {
      earlyStepIn(element)?.remove();
      const sheet = messageSheet();
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      root.append(box);
    } else {
      element.querySelector(`.${PRERENDERED_CLASS}`)?.remove();
      element.append(box);
    }
  } catch (error) {
    console.error(`intake widget: could not show its failure message: ${error}`);
  }
  fireError(element, reason);
}

/** Shows the message in every mount element of `document` that shows nothing else. */
export function failEverywhere(document, reason, messages = FAILURE_MESSAGES) {
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    if (!isShowingSomething(element)) showFailure(element, reason, messages);
  }
}
