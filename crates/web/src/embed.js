// The widget's one script. A page includes it as a module, from any path or host:
//   <script type="module" src="https://clinic.example/widget/embed.js"></script>
// and every element with a data-intake-widget attribute gets a widget. Everything is resolved
// against this file's own URL. Pages that add widgets later import mount and unmount:
//   import { mount, unmount } from "https://clinic.example/widget/embed.js";
//   mount(element, { lang: "es", clinicName: "Joint Care", contactUrl: "https://…", conditions: ["osteoarthritis"] });
import init, { mountWidget, unmountWidget } from "./intake-widget.js";

const OPTION_ATTRIBUTES = {
  lang: "data-lang",
  clinicName: "data-clinic-name",
  contactUrl: "data-contact-url",
  conditions: "data-conditions",
};

// A page that ships its first step pre-rendered (the standalone page) shows it first: the wasm
// starts only after that frame is painted, so compiling it never delays what the visitor sees.
if (document.querySelector(".iw-prerendered")) {
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}

// Instantiating the module mounts the widgets already on the page.
await init();

/** Mounts a widget into `element`; options become its data attributes (always as plain text). */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError("intake widget: mount(element, options) needs a DOM element");
  }
  for (const [option, attribute] of Object.entries(OPTION_ATTRIBUTES)) {
    const value = options[option];
    if (value !== undefined && value !== null) {
      element.setAttribute(attribute, Array.isArray(value) ? value.join(",") : String(value));
    }
  }
  element.setAttribute("data-intake-widget", "");
  mountWidget(element);
}

/** Stops the widget in `element` and empties it. */
export function unmount(element) {
  if (element instanceof Element) unmountWidget(element);
}
