// Checks of the page before the widget starts: what would stop it loading at all, and which
// mount elements it must not take over. Each returns the console's explanation, or null.

/** `<tag#id>`, to name an element in the console. */
export function describe(element) {
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}>`;
}

/**
 * Why `element` cannot hold a widget, or null. An open shadow root with something in it that is
 * not this script's (`isOurs`: the widget, the failure message, the early first step) belongs to
 * another script, and the widget would wipe it.
 */
export function mountProblem(element, isOurs) {
  const root = element.shadowRoot;
  if (root && root.childNodes.length > 0 && !isOurs(element)) {
    return `cannot mount into ${describe(element)}: it already has a shadow root from another script; give the widget its own empty <div>`;
  }
  return null;
}

/** The prototypes the loader's promises and fetches go through. */
function loaderPrototypes() {
  return [Object.prototype, Function.prototype, globalThis.Response?.prototype, globalThis.WebAssembly?.Instance?.prototype];
}

/**
 * Something on the page that makes every promise misbehave (and so the loader hang or misfire):
 * a `then` on one of `prototypes()`.
 */
export function pageProblem(prototypes = loaderPrototypes) {
  try {
    if (prototypes().some((prototype) => prototype && "then" in prototype)) {
      return "a script on this page sets Object.prototype.then, which turns every object into a promise and stops the widget loading; remove that assignment";
    }
  } catch {
    return "a script on this page made Object.prototype unreadable; the widget cannot load";
  }
  return null;
}
