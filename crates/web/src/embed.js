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
//
// While the wasm loads, each embedded widget already shows its first question: this script
// builds it into the element's shadow root from FIRST_STEP (DOM calls only), styled by the
// widget's own sheet, and the widget takes it over — with anything the visitor did there — when
// it starts. So a clinic page paints the question as early as the standalone page does.

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

// first step: start (the embedded widget's first step per language, as [tag, {attributes}, ...children]; written by `UPDATE_PRERENDER=1 cargo test -p joint-intake-views --test prerender`)
const FIRST_STEP = {"en":["div",{"class":"iw-prerendered"},["div",{"class":"iw","data-step":"condition","dir":"ltr","lang":"en"},["div",{"class":"iw-top"},["div",{"class":"iw-language-switch"},["button",{"class":"iw-link-button iw-language-switch__button","lang":"es","type":"button"},"Leer en español"]]],["p",{"class":"iw-caption iw-provided-by"},"Provided by "],["p",{"class":"iw-body iw-intro"},"Answer a few questions to see information that fits you. It takes about 2 minutes. Nothing you enter leaves this device."],["form",{"class":"iw-form","method":"dialog","novalidate":"novalidate"},["div",{"class":"iw-form-group"},["fieldset",{"aria-describedby":"iw1-condition-hint","class":"iw-fieldset"},["legend",{"class":"iw-fieldset__legend"},["h1",{"class":"iw-heading-l","id":"iw1-heading","tabindex":"-1"},["span",{"class":"iw-caption"},"Step 1 of 6"]," What is your main condition?"]],["div",{"class":"iw-hint","id":"iw1-condition-hint"},"Choose the one that troubles you most. If a doctor has not named it yet, choose “Not sure”."],["div",{"class":"iw-choices iw-choices--radios"},["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-rheumatoid_arthritis","name":"iw1-condition","type":"radio","value":"rheumatoid_arthritis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-rheumatoid_arthritis"},"Rheumatoid arthritis"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-osteoarthritis","name":"iw1-condition","type":"radio","value":"osteoarthritis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-osteoarthritis"},"Osteoarthritis"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-lupus","name":"iw1-condition","type":"radio","value":"lupus"}],["label",{"class":"iw-choice__label","for":"iw1-condition-lupus"},"Lupus"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-multiple_sclerosis","name":"iw1-condition","type":"radio","value":"multiple_sclerosis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-multiple_sclerosis"},"Multiple sclerosis (MS)"]],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-condition-other_autoimmune-hint","class":"iw-choice__input","id":"iw1-condition-other_autoimmune","name":"iw1-condition","type":"radio","value":"other_autoimmune"}],["label",{"class":"iw-choice__label","for":"iw1-condition-other_autoimmune"},"Another autoimmune disease"],["div",{"class":"iw-choice__hint","id":"iw1-condition-other_autoimmune-hint"},"For example psoriatic arthritis, ankylosing spondylitis or Sjögren’s disease"]],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-condition-joint_injury-hint","class":"iw-choice__input","id":"iw1-condition-joint_injury","name":"iw1-condition","type":"radio","value":"joint_injury"}],["label",{"class":"iw-choice__label","for":"iw1-condition-joint_injury"},"A joint injury"],["div",{"class":"iw-choice__hint","id":"iw1-condition-joint_injury-hint"},"A sprain, tear or fracture"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-wear_and_tear","name":"iw1-condition","type":"radio","value":"wear_and_tear"}],["label",{"class":"iw-choice__label","for":"iw1-condition-wear_and_tear"},"Overuse or age-related wear"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-bursitis_tendonitis","name":"iw1-condition","type":"radio","value":"bursitis_tendonitis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-bursitis_tendonitis"},"Bursitis or tendonitis"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-not_sure","name":"iw1-condition","type":"radio","value":"not_sure"}],["label",{"class":"iw-choice__label","for":"iw1-condition-not_sure"},"Not sure, or not diagnosed"]]]]],["div",{"class":"iw-actions"},["button",{"class":"iw-button","type":"submit"},"Continue"]]],["aside",{"aria-labelledby":"iw1-privacy","class":"iw-privacy"},["h2",{"class":"iw-heading-s","id":"iw1-privacy"},"Your privacy"],["p",{"class":"iw-body"},"Your answers stay on this device. This tool sends nothing to anyone, uses no cookies and no tracking, and saves nothing unless you ask it to."],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-remember-hint","class":"iw-choice__input","id":"iw1-remember","type":"checkbox"}],["label",{"class":"iw-choice__label","for":"iw1-remember"},"Remember my answers on this device"],["div",{"class":"iw-choice__hint","id":"iw1-remember-hint"},"So you can come back later. Do not choose this on a shared or public computer."]]]]],"es":["div",{"class":"iw-prerendered"},["div",{"class":"iw","data-step":"condition","dir":"ltr","lang":"es"},["div",{"class":"iw-top"},["div",{"class":"iw-language-switch"},["button",{"class":"iw-link-button iw-language-switch__button","lang":"en","type":"button"},"Read in English"]]],["p",{"class":"iw-caption iw-provided-by"},"Ofrecido por "],["p",{"class":"iw-body iw-intro"},"Responda unas preguntas para ver información adaptada a usted. Tarda unos 2 minutos. Nada de lo que escriba sale de este dispositivo."],["form",{"class":"iw-form","method":"dialog","novalidate":"novalidate"},["div",{"class":"iw-form-group"},["fieldset",{"aria-describedby":"iw1-condition-hint","class":"iw-fieldset"},["legend",{"class":"iw-fieldset__legend"},["h1",{"class":"iw-heading-l","id":"iw1-heading","tabindex":"-1"},["span",{"class":"iw-caption"},"Paso 1 de 6"]," ¿Cuál es su afección principal?"]],["div",{"class":"iw-hint","id":"iw1-condition-hint"},"Elija la que más le molesta. Si un médico todavía no le ha dado un nombre, elija “No lo sé”."],["div",{"class":"iw-choices iw-choices--radios"},["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-rheumatoid_arthritis","name":"iw1-condition","type":"radio","value":"rheumatoid_arthritis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-rheumatoid_arthritis"},"Artritis reumatoide"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-osteoarthritis","name":"iw1-condition","type":"radio","value":"osteoarthritis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-osteoarthritis"},"Artrosis (osteoartritis)"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-lupus","name":"iw1-condition","type":"radio","value":"lupus"}],["label",{"class":"iw-choice__label","for":"iw1-condition-lupus"},"Lupus"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-multiple_sclerosis","name":"iw1-condition","type":"radio","value":"multiple_sclerosis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-multiple_sclerosis"},"Esclerosis múltiple (EM)"]],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-condition-other_autoimmune-hint","class":"iw-choice__input","id":"iw1-condition-other_autoimmune","name":"iw1-condition","type":"radio","value":"other_autoimmune"}],["label",{"class":"iw-choice__label","for":"iw1-condition-other_autoimmune"},"Otra enfermedad autoinmune"],["div",{"class":"iw-choice__hint","id":"iw1-condition-other_autoimmune-hint"},"Por ejemplo, artritis psoriásica, espondilitis anquilosante o enfermedad de Sjögren"]],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-condition-joint_injury-hint","class":"iw-choice__input","id":"iw1-condition-joint_injury","name":"iw1-condition","type":"radio","value":"joint_injury"}],["label",{"class":"iw-choice__label","for":"iw1-condition-joint_injury"},"Una lesión en una articulación"],["div",{"class":"iw-choice__hint","id":"iw1-condition-joint_injury-hint"},"Un esguince, un desgarro o una fractura"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-wear_and_tear","name":"iw1-condition","type":"radio","value":"wear_and_tear"}],["label",{"class":"iw-choice__label","for":"iw1-condition-wear_and_tear"},"Desgaste por uso excesivo o por la edad"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-bursitis_tendonitis","name":"iw1-condition","type":"radio","value":"bursitis_tendonitis"}],["label",{"class":"iw-choice__label","for":"iw1-condition-bursitis_tendonitis"},"Bursitis o tendinitis"]],["div",{"class":"iw-choice"},["input",{"class":"iw-choice__input","id":"iw1-condition-not_sure","name":"iw1-condition","type":"radio","value":"not_sure"}],["label",{"class":"iw-choice__label","for":"iw1-condition-not_sure"},"No lo sé o no tengo diagnóstico"]]]]],["div",{"class":"iw-actions"},["button",{"class":"iw-button","type":"submit"},"Continuar"]]],["aside",{"aria-labelledby":"iw1-privacy","class":"iw-privacy"},["h2",{"class":"iw-heading-s","id":"iw1-privacy"},"Su privacidad"],["p",{"class":"iw-body"},"Sus respuestas se quedan en este dispositivo. Esta herramienta no envía nada a nadie, no usa cookies ni seguimiento, y no guarda nada a menos que usted lo pida."],["div",{"class":"iw-choice"},["input",{"aria-describedby":"iw1-remember-hint","class":"iw-choice__input","id":"iw1-remember","type":"checkbox"}],["label",{"class":"iw-choice__label","for":"iw1-remember"},"Recordar mis respuestas en este dispositivo"],["div",{"class":"iw-choice__hint","id":"iw1-remember-hint"},"Así podrá volver más tarde. No elija esta opción en un dispositivo compartido o público."]]]]]};
// first step: end
/** Stands for the clinic's name in FIRST_STEP's "Provided by …" line. */
const CLINIC_MARK = "\uE000";
/** Wraps a first step shown before the widget runs (the same class as index.html's copy). */
const PRERENDERED_CLASS = "iw-prerendered";
/**
 * The widget's stylesheet (styles/sheets.txt joined, comments left out), filled in by
 * scripts/join-styles.sh. Its one copy: the wasm adopts the sheet this script builds from it.
 */
const WIDGET_STYLES = "";

const MESSAGES = {
  en: {
    title: "Sorry, this questionnaire could not be shown",
    body: "Please reload the page or try again later. Nothing you entered was sent anywhere.",
    contact: (clinic) => (clinic ? `Contact ${clinic}` : "Contact the clinic"),
  },
  es: {
    title: "Lo sentimos, no se pudo mostrar este cuestionario",
    body: "Vuelva a cargar la página o inténtelo más tarde. Nada de lo que escribió se envió a ninguna parte.",
    contact: (clinic) => (clinic ? `Póngase en contacto con ${clinic}` : "Póngase en contacto con la clínica"),
  },
};

/** Elements showing this script's failure message. */
const failed = new WeakSet();
/** Elements handed to the widget (it warns about a second mount itself). */
const widgets = new WeakSet();
/** Elements whose shadow root shows the early first step until the widget takes it over. */
const early = new WeakSet();
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

/**
 * The language of the keys of `available` the element asks for: its `data-lang`, then the page's
 * `lang`, by primary subtag, else the first — the widget's rule (`choose_language` in
 * crates/model/src/settings.rs).
 */
function languageOf(element, available = MESSAGES) {
  const chosen = [element.getAttribute("data-lang"), document.documentElement?.getAttribute("lang")];
  for (const code of chosen) {
    const base = (code ?? "").trim().split(/[-_]/)[0].toLowerCase();
    if (hasOwn(available, base)) return base;
  }
  return Object.keys(available)[0];
}

/** The clinic's name as the widget shows it (`read_settings` in crates/model/src/settings.rs). */
function clinicNameOf(element) {
  const name = (element.getAttribute("data-clinic-name") ?? "").replace(/\p{Cc}/gu, " ").replace(/\s+/g, " ").trim();
  return Array.from(name).slice(0, MAX_CLINIC_NAME).join("");
}

/**
 * The condition ids `data-conditions` offers out of `known`, or null for all of them; unknown
 * ids are left out (the widget warns about them) — the widget's rule (`read_settings`, then
 * `Questionnaire::offering`, which keeps the questionnaire's order).
 */
function offeredConditions(element, known) {
  const asked = (element.getAttribute("data-conditions") ?? "").split(",").map((id) => id.trim());
  const offered = known.filter((id) => asked.includes(id));
  return offered.length > 0 ? new Set(offered) : null;
}

let widgetSheet;
/** The widget's sheet, constructed once: every shadow root on the page adopts it. */
function earlySheet() {
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

/** Builds FIRST_STEP's `[tag, {attributes}, ...children]` with DOM calls. */
function build(node) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map(build));
  return element;
}

/**
 * The first question in `language`, with the conditions and clinic name `element` asks for, built
 * from FIRST_STEP with DOM calls.
 */
function buildFirstStep(element, language) {
  const step = build(FIRST_STEP[language]);
  const radios = Array.from(step.querySelectorAll("input[type=radio]"));
  const offered = offeredConditions(element, radios.map((radio) => radio.value));
  for (const radio of radios) {
    if (offered && !offered.has(radio.value)) radio.closest(".iw-choice")?.remove();
  }
  const providedBy = step.querySelector(".iw-provided-by");
  const clinic = clinicNameOf(element);
  if (providedBy && clinic) providedBy.textContent = providedBy.textContent.replace(CLINIC_MARK, clinic);
  else providedBy?.remove();
  return step;
}

/**
 * Shows the first question in `element`'s shadow root before the wasm arrives, in the widget's
 * language, with the conditions and clinic name the element asks for. Elements that already
 * show something (the standalone page's own copy, another script's shadow root) are left alone.
 */
function showEarlyFirstStep(element) {
  if (!WIDGET_STYLES || element.shadowRoot || element.querySelector(`.${PRERENDERED_CLASS}`)) return;
  const language = languageOf(element, FIRST_STEP);
  const sheet = earlySheet();
  if (!language || !sheet) return;
  let root;
  try {
    root = element.attachShadow({ mode: "open" });
  } catch {
    return; // The widget reports an element that cannot hold it.
  }
  root.adoptedStyleSheets = [sheet];
  root.addEventListener("submit", holdEarlyContinue, true);
  root.append(buildFirstStep(element, language));
  early.add(element);
}

/** The early first step in `element`'s shadow root, while the widget has not taken it over. */
function earlyStepIn(element) {
  const root = early.has(element) ? element.shadowRoot : null;
  return root ? Array.from(root.children).find((child) => child.classList.contains(PRERENDERED_CLASS)) : null;
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

/**
 * True when `element` already shows a widget, the widget's own error, or this message (the early
 * first step does not count: without the widget it would be a form that never works).
 */
function isShowingSomething(element) {
  if (failed.has(element)) return true;
  const root = element.shadowRoot;
  return Boolean(root && root.childNodes.length > 0 && !earlyStepIn(element));
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
  if (root && root.childNodes.length > 0 && !widgets.has(element) && !failed.has(element) && !earlyStepIn(element)) {
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

/** An element the widget shows: in a shadow root (reported as null) or pre-rendered into a mount element. */
function isOurs(element) {
  return !element || Boolean(element.closest?.(`[${MOUNT_ATTRIBUTE}]`));
}

/**
 * Resolves once what was shown since `since` has reached the screen: when the browser reports a
 * largest paint of the widget's from then on, or else (a page whose own largest paint is bigger)
 * 100 ms after two frames; a browser that reports no largest paints gets the two frames alone.
 * A frame's paint is reported some time after its requestAnimationFrame callbacks, and a wasm
 * fetch started in between would compete with it.
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
          if (list.getEntries().some((entry) => entry.startTime >= since && isOurs(entry.element))) done();
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
  // On a phone each of these is a task of its own, none long enough to hold up a tap: this
  // module's evaluation (with the page's own layout when it finishes loading), parsing the
  // stylesheet, then building the early first steps (their layout comes in the next frame).
  if (WIDGET_STYLES && document.querySelector(`[${MOUNT_ATTRIBUTE}]:not([data-standalone])`)) {
    await nextTask();
    earlySheet();
    await nextTask();
  }
  const shownAt = performance.now();
  let earlySteps = 0;
  for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
    showEarlyFirstStep(element);
    if (early.has(element)) earlySteps += 1;
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
    // The wasm downloads alongside its glue (nothing preloads either: on a phone's connection
    // they would slow the first paint's own files), and compiles while it streams in.
    const wasm = fetch(new URL(WASM_FILE, import.meta.url));
    wasm.catch(() => {}); // Reported below, through the glue, if it fails.
    const languages = fetchLanguages(languagesToFetch());
    const loaded = await import("./intake-widget.js");
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
 * The standalone page's language, by the widget's own order (`language_for` in mount.rs):
 * `?lang=`, then the browser's languages; null when none is offered.
 */
function standaloneLanguage() {
  return (
    [new URL(location.href).searchParams.get("lang"), ...(navigator.languages ?? [])]
      .map((code) => (code ?? "").trim().toLowerCase().split("-")[0])
      .find((code) => hasOwn(FIRST_STEP, code)) ?? null
  );
}

/** When `keepPrerenderedToItsLanguage` put another language's copy in, if it did. */
let prerenderedReplacedAt = 0;

/**
 * The standalone page pre-renders its first step in English. A visitor who reads another language
 * gets that language's first step in its place at once, never a flash of English.
 */
function keepPrerenderedToItsLanguage() {
  const prerendered = document.querySelector(`[data-standalone] > .${PRERENDERED_CLASS}`);
  const shown = prerendered?.querySelector("[lang]")?.getAttribute("lang");
  const wanted = standaloneLanguage();
  if (!prerendered || !shown || !wanted || wanted === shown) return;
  prerendered.replaceWith(buildFirstStep(prerendered.parentElement, wanted));
  prerenderedReplacedAt = performance.now();
}

/**
 * The one language the wasm carries (`DEFAULT_LANGUAGE` in crates/model/src/content.rs); the
 * others are files next to it (content-<code>.bin).
 */
const CARRIED_LANGUAGE = "en";
/** How long, after two frames, start-up waits for the browser to report the first step's paint. */
const PAINT_REPORT_WAIT_MS = 100;
/** How long start-up waits, once the wasm is ready, for language files fetched alongside it. */
const LANGUAGE_WAIT_MS = 3000;

/** The languages the page's widgets will start in that the wasm does not carry. */
function languagesToFetch() {
  const codes = new Set();
  try {
    for (const element of document.querySelectorAll(`[${MOUNT_ATTRIBUTE}]`)) {
      const code = element.hasAttribute("data-standalone") ? standaloneLanguage() : languageOf(element, FIRST_STEP);
      if (code && code !== CARRIED_LANGUAGE) codes.add(code);
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
        const response = await fetch(new URL(`content-${code}.bin`, import.meta.url));
        return response.ok ? [code, new Uint8Array(await response.arrayBuffer())] : null;
      } catch {
        return null;
      }
    }),
  );
  return Object.fromEntries(fetched.filter(Boolean));
}

/**
 * The first step shown before the widget runs (pre-rendered into the standalone page, or built
 * by this script) can be answered at once. A Continue press there is marked for the widget,
 * which carries it out once it is live (its `take_prerendered` reads the mark, the choice and the
 * Remember tick), instead of being lost.
 */
function holdEarlyContinue(event) {
  const form = event.target;
  const prerendered = form instanceof Element ? form.closest(`.${PRERENDERED_CLASS}`) : null;
  if (!prerendered) return;
  event.preventDefault();
  prerendered.setAttribute("data-intake-continue", "");
  form.setAttribute("aria-busy", "true");
}
document.addEventListener("submit", holdEarlyContinue, true);
try {
  keepPrerenderedToItsLanguage();
} catch {
  // An odd address or navigator only leaves the English copy in place.
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
