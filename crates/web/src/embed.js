// The widget's one script. A page includes it as a module, from any path or host:
//   <script type="module" src="https://clinic.example/widget/embed.js"></script>
// and every element with a data-intake-widget attribute gets a widget. Everything is resolved
// against this file's own URL. Pages that add widgets later import mount and unmount:
//   import { mount, unmount } from "https://clinic.example/widget/embed.js";
//   mount(element, { lang: "es", clinicName: "Joint Care", contactUrl: "https://…", conditions: ["osteoarthritis"] });
//
// When the widget cannot start — its WebAssembly file is missing or damaged, the page's fetch
// fails, the page has broken promises, or an element cannot hold a shadow root — every mount
// element that is not already showing a widget gets a short message instead (never a blank box),
// an `intake:error` event with `detail.reason`, and the console says what to change. The message
// is built with DOM calls only, so pages that enforce Trusted Types are fine.

const MOUNT_ATTRIBUTE = "data-intake-widget";
const WASM_FILE = "intake-widget_bg.wasm";
const OPTION_ATTRIBUTES = [
  ["lang", "data-lang"],
  ["clinicName", "data-clinic-name"],
  ["contactUrl", "data-contact-url"],
  ["conditions", "data-conditions"],
];
const MAX_CLINIC_NAME = 80;
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

const MESSAGES = {
  en: {
    loading: "Loading…",
    title: "Sorry, this questionnaire could not be shown",
    body: "Please reload the page or try again later. Nothing you entered was sent anywhere.",
    contact: (clinic) => (clinic ? `Contact ${clinic}` : "Contact the clinic"),
  },
  es: {
    loading: "Cargando…",
    title: "Lo sentimos, no se pudo mostrar este cuestionario",
    body: "Vuelva a cargar la página o inténtelo más tarde. Nada de lo que escribió se envió a ninguna parte.",
    contact: (clinic) => (clinic ? `Póngase en contacto con ${clinic}` : "Póngase en contacto con la clínica"),
  },
};

/** Elements showing this script's failure message. */
const failed = new WeakSet();
/** Elements handed to the widget (it warns about a second mount itself). */
const widgets = new WeakSet();
/** Why the widget cannot run on this page at all, once that is known. */
let pageFailure = null;
let glue = null;

/**
 * The contact address, if it is a well-formed `https:` (with no user info), `mailto:` or `tel:`
 * one — the same rule as the widget's own (crates/model/src/settings.rs).
 */
export function safeContactUrl(raw) {
  if (typeof raw !== "string") return null;
  const url = raw.trim();
  if (!url || url.length > 2000 || /[\s\p{Cc}]/u.test(url)) return null;
  const colon = url.indexOf(":");
  if (colon < 0) return null;
  const scheme = url.slice(0, colon).toLowerCase();
  const rest = url.slice(colon + 1);
  let allowed = false;
  if (scheme === "https") {
    const authority = rest.startsWith("//") ? rest.slice(2).split(/[/\\?#]/, 1)[0] : "";
    allowed = authority !== "" && !authority.includes("@");
  } else if (scheme === "mailto") {
    allowed = rest.includes("@") && !rest.startsWith("/");
  } else if (scheme === "tel") {
    allowed = /^[0-9+\-().]+$/.test(rest);
  }
  return allowed ? url : null;
}

function languageOf(element) {
  const chosen = [element.getAttribute("data-lang"), document.documentElement?.getAttribute("lang")];
  for (const code of chosen) {
    const base = (code ?? "").trim().toLowerCase().split("-")[0];
    if (hasOwn(MESSAGES, base)) return base;
  }
  return "en";
}

function clinicNameOf(element) {
  const name = (element.getAttribute("data-clinic-name") ?? "").replace(/\s+/g, " ").trim();
  return Array.from(name).slice(0, MAX_CLINIC_NAME).join("");
}

function messageSheet() {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ".intake-failure{display:block;padding:1rem;border:4px solid var(--intake-error-color,#d4351c);" +
        "font-family:var(--intake-font-family,system-ui,sans-serif);color:var(--intake-text-color,inherit);" +
        "background:var(--intake-background,transparent)}" +
        ".intake-failure h2{margin:0 0 .5rem;font-size:1.25rem}.intake-failure p{margin:.5rem 0 0}" +
        ".intake-failure a{color:var(--intake-link-color,inherit)}",
    );
    return sheet;
  } catch {
    return null;
  }
}

function buildMessage(element) {
  const language = languageOf(element);
  const text = MESSAGES[language];
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
    link.textContent = text.contact(clinicNameOf(element));
    line.append(link);
    box.append(line);
  }
  return box;
}

function fireError(element, reason) {
  element.dispatchEvent(new CustomEvent("intake:error", { bubbles: true, composed: true, detail: { reason } }));
}

/** True when `element` already shows a widget, the widget's own error, or this message. */
function isShowingSomething(element) {
  if (failed.has(element)) return true;
  const root = element.shadowRoot;
  return Boolean(root && root.childNodes.length > 0);
}

/**
 * Puts the failure message in `element` — in a shadow root when it can have one, otherwise as
 * ordinary children — and tells the host page with `intake:error`.
 */
function showFailure(element, reason) {
  if (failed.has(element)) return;
  failed.add(element);
  try {
    const box = buildMessage(element);
    let root = element.shadowRoot;
    if (!root) {
      try {
        root = element.attachShadow({ mode: "open" });
      } catch {
        root = null;
      }
    }
    if (root) {
      const sheet = messageSheet();
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      root.append(box);
    } else {
      element.querySelector(".iw-prerendered")?.remove();
      element.append(box);
    }
  } catch (error) {
    console.error(`intake widget: could not show its failure message: ${error}`);
  }
  fireError(element, reason);
}

function failEverywhere(reason) {
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    if (!isShowingSomething(element)) showFailure(element, reason);
  }
}

function describe(element) {
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}>`;
}

/**
 * Why `element` cannot hold a widget, or null. An open shadow root that this script did not make
 * belongs to another script, and the widget would wipe it.
 */
function mountProblem(element) {
  const root = element.shadowRoot;
  if (root && root.childNodes.length > 0 && !widgets.has(element) && !failed.has(element)) {
    return `cannot mount into ${describe(element)}: it already has a shadow root from another script; give the widget its own empty <div>`;
  }
  return null;
}

/** Something on the page that makes every promise misbehave (and so the loader hang or misfire). */
function pageProblem() {
  try {
    const prototypes = [Object.prototype, Function.prototype, globalThis.Response?.prototype, globalThis.WebAssembly?.Instance?.prototype];
    if (prototypes.some((prototype) => prototype && "then" in prototype)) {
      return "a script on this page sets Object.prototype.then, which turns every object into a promise and stops the widget loading; remove that assignment";
    }
  } catch {
    return "a script on this page made Object.prototype unreadable; the widget cannot load";
  }
  return null;
}

/** Lets the browser handle input and paint before the next piece of start-up work. */
function nextTask() {
  const scheduler = globalThis.scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Hands `element` to the loaded widget; whatever stops it there gets the failure message. */
function startWidget(element) {
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

async function start() {
  // A page that ships its first step pre-rendered (the standalone page) shows it first: the wasm
  // starts only after that frame is painted, so compiling it never delays what the visitor sees.
  if (document.querySelector(".iw-prerendered")) {
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  const problem = pageProblem();
  if (problem) {
    console.error(`intake widget: ${problem}`);
    pageFailure = "load-failed";
    failEverywhere(pageFailure);
    return;
  }
  // Elements the widget must not take over keep their message; the attribute comes back once
  // the widget has mounted the others.
  const skipped = [];
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    const reason = mountProblem(element);
    if (reason) {
      console.error(`intake widget: ${reason}`);
      showFailure(element, "cannot-mount");
      skipped.push([element, element.getAttribute(MOUNT_ATTRIBUTE)]);
      element.removeAttribute(MOUNT_ATTRIBUTE);
    }
  }
  try {
    const loaded = await import("./intake-widget.js");
    await loaded.default();
    // Compiling, unpacking the content and each widget's first render run as separate tasks, so
    // none of them holds up the visitor's taps and scrolling for long.
    await nextTask();
    // Other languages' text is fetched from this file's folder.
    loaded.boot(new URL("./", import.meta.url).href);
    glue = loaded;
    for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
      await nextTask();
      if (element.isConnected && !isShowingSomething(element)) startWidget(element);
    }
  } catch (error) {
    const wasm = new URL(WASM_FILE, import.meta.url).href;
    console.error(
      `intake widget: could not load or start ${wasm} (${error}). Serve ${WASM_FILE} and intake-widget.js next to embed.js (the wasm with Content-Type: application/wasm), and check that no script on the page replaces window.fetch with one that fails for them.`,
    );
    pageFailure = "load-failed";
  } finally {
    for (const [element, value] of skipped) element.setAttribute(MOUNT_ATTRIBUTE, value ?? "");
  }
  // Whatever did not get a widget (its element could not hold one, or the wasm never ran) gets the message.
  failEverywhere(pageFailure ?? "cannot-mount");
}

/**
 * The standalone page pre-renders its first step in English. A visitor who reads another language
 * (by `?lang=`, then the browser's languages: the order the widget itself follows) sees a loading
 * line in that language until the widget shows the questions in it, never a flash of English.
 */
function keepPrerenderedToItsLanguage() {
  const prerendered = document.querySelector("[data-standalone] > .iw-prerendered");
  const shown = prerendered?.querySelector("[lang]")?.getAttribute("lang");
  if (!prerendered || !shown) return;
  const wanted = [new URL(location.href).searchParams.get("lang"), ...(navigator.languages ?? [])]
    .map((code) => (code ?? "").trim().toLowerCase().split("-")[0])
    .find((code) => hasOwn(MESSAGES, code));
  if (!wanted || wanted === shown) return;
  const note = document.createElement("p");
  note.className = "iw-body";
  note.setAttribute("lang", wanted);
  note.setAttribute("role", "status");
  note.textContent = MESSAGES[wanted].loading;
  prerendered.replaceChildren(note);
}

/**
 * The standalone page's pre-rendered first step can be answered before the widget runs. A
 * Continue press there is marked for the widget, which carries it out once it is live (its
 * `take_prerendered` reads the mark, the choice and the Remember tick), instead of being lost.
 */
function holdEarlyContinue(event) {
  const form = event.target;
  const prerendered = form instanceof Element ? form.closest(".iw-prerendered") : null;
  if (!prerendered) return;
  event.preventDefault();
  prerendered.setAttribute("data-intake-continue", "");
  form.setAttribute("aria-busy", "true");
}
document.addEventListener("submit", holdEarlyContinue, true);
try {
  keepPrerenderedToItsLanguage();
} catch {
  // An odd address or navigator only costs the loading line.
}

try {
  await start();
} catch (error) {
  console.error(`intake widget: could not start (${error})`);
  pageFailure = "load-failed";
  try {
    failEverywhere(pageFailure);
  } catch {
    // Nothing more can be done without a document.
  }
}

/** Mounts a widget into `element`; options become its data attributes (always as plain text). */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError("intake widget: mount(element, options) needs a DOM element");
  }
  // Own properties only: a page whose Object.prototype was polluted must not change the widget.
  const given = options !== null && typeof options === "object" ? options : {};
  for (const [option, attribute] of OPTION_ATTRIBUTES) {
    if (!hasOwn(given, option)) continue;
    const value = given[option];
    if (value !== undefined && value !== null) {
      element.setAttribute(attribute, Array.isArray(value) ? Array.from(value, String).join(",") : String(value));
    }
  }
  element.setAttribute(MOUNT_ATTRIBUTE, "");
  if (pageFailure || !glue) {
    showFailure(element, pageFailure ?? "load-failed");
    return;
  }
  const problem = mountProblem(element);
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
  if (failed.has(element)) {
    failed.delete(element);
    element.shadowRoot?.replaceChildren();
    element.querySelector(":scope > .intake-failure")?.remove();
    return;
  }
  widgets.delete(element);
  glue?.unmountWidget(element);
}
