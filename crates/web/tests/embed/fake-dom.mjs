// A small stand-in for the browser's DOM, enough for embed.js's modules to build and find
// elements in node: elements with attributes, children, text, shadow roots and events, and
// selectors made of tags, classes, attributes (with or without a value), `>` and descendant
// combinators, and `:scope`.

class Node {
  constructor(document) {
    this.ownerDocument = document;
    this.parentNode = null;
  }

  remove() {
    this.parentNode?.removeChild(this);
  }

  get parentElement() {
    return this.parentNode?.tagName ? this.parentNode : null;
  }
}

class Text extends Node {
  constructor(document, data) {
    super(document);
    this.data = data;
  }

  get textContent() {
    return this.data;
  }
}

/** What elements, shadow roots and documents share: children and queries. */
class Parent extends Node {
  constructor(document) {
    super(document);
    this.childNodes = [];
  }

  get children() {
    return this.childNodes.filter((node) => node.tagName);
  }

  append(...nodes) {
    for (const node of nodes) {
      node.remove();
      node.parentNode = this;
      this.childNodes.push(node);
    }
  }

  replaceChildren(...nodes) {
    for (const node of [...this.childNodes]) node.remove();
    this.append(...nodes);
  }

  removeChild(node) {
    this.childNodes.splice(this.childNodes.indexOf(node), 1);
    node.parentNode = null;
  }

  get textContent() {
    return this.childNodes.map((node) => node.textContent).join("");
  }

  set textContent(text) {
    this.replaceChildren(this.ownerDocument.createTextNode(text));
  }

  /** Every element below this one, in document order (not into shadow roots). */
  *descendants() {
    for (const child of this.children) {
      yield child;
      yield* child.descendants();
    }
  }

  querySelectorAll(selector) {
    return Array.from(this.descendants()).filter((element) => matches(element, selector, this));
  }

  querySelector(selector) {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

class FakeElement extends Parent {
  constructor(document, tag) {
    super(document);
    this.tagName = tag.toUpperCase();
    this.attributes = new Map();
    this.shadowRoot = null;
    this.listeners = [];
    this.canHoldShadowRoot = true;
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name) {
    return this.attributes.has(name);
  }

  removeAttribute(name) {
    this.attributes.delete(name);
  }

  get id() {
    return this.getAttribute("id") ?? "";
  }

  get className() {
    return this.getAttribute("class") ?? "";
  }

  set className(value) {
    this.setAttribute("class", value);
  }

  get classList() {
    return { contains: (name) => this.className.split(/\s+/).includes(name) };
  }

  get value() {
    return this.getAttribute("value") ?? "";
  }

  closest(selector) {
    for (let element = this; element; element = element.parentElement) {
      if (matches(element, selector, null)) return element;
    }
    return null;
  }

  replaceWith(node) {
    const parent = this.parentNode;
    const at = parent.childNodes.indexOf(this);
    node.remove();
    parent.childNodes.splice(at, 1, node);
    node.parentNode = parent;
    this.parentNode = null;
  }

  attachShadow() {
    if (!this.canHoldShadowRoot || this.shadowRoot) throw new Error("NotSupportedError");
    this.shadowRoot = new Parent(this.ownerDocument);
    this.shadowRoot.host = this;
    this.shadowRoot.adoptedStyleSheets = [];
    this.shadowRoot.addEventListener = () => {};
    return this.shadowRoot;
  }

  dispatchEvent(event) {
    this.listeners.push(event);
    return true;
  }
}

/** Whether `element` matches `selector` (`scope` stands for `:scope`). */
function matches(element, selector, scope) {
  const steps = selector.trim().split(/\s*(>)\s*|\s+/).filter((step) => step !== undefined && step !== "");
  return matchesFrom(element, steps, scope);
}

function matchesFrom(element, steps, scope) {
  const last = steps.at(-1);
  if (!element || !matchesCompound(element, last, scope)) return false;
  if (steps.length === 1) return true;
  const combinator = steps.at(-2);
  if (combinator === ">") return matchesFrom(element.parentElement ?? element.parentNode, steps.slice(0, -2), scope);
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (matchesFrom(ancestor, steps.slice(0, -1), scope)) return true;
  }
  return false;
}

function matchesCompound(element, compound, scope) {
  if (compound === ":scope") return element === scope;
  if (!(element instanceof FakeElement)) return false;
  const parts = compound.match(/^[a-z0-9-]+|\.[\w-]+|\[[^\]]+\]/gi) ?? [];
  return parts.every((part) => {
    if (part.startsWith(".")) return element.classList.contains(part.slice(1));
    if (part.startsWith("[")) {
      const [name, value] = part.slice(1, -1).split("=");
      return value === undefined ? element.hasAttribute(name) : element.getAttribute(name) === value.replace(/"/g, "");
    }
    return element.tagName === part.toUpperCase();
  });
}

/** A new document whose root element has `lang` (none when null). */
export function fakeDocument({ lang = null } = {}) {
  const document = new Parent(null);
  document.ownerDocument = document;
  document.createElement = (tag) => new FakeElement(document, tag);
  document.createTextNode = (text) => new Text(document, text);
  document.documentElement = document.createElement("html");
  if (lang !== null) document.documentElement.setAttribute("lang", lang);
  document.append(document.documentElement);
  document.body = document.createElement("body");
  document.documentElement.append(document.body);
  return document;
}

/** A `<div>` in `document`'s body with `attributes`. */
export function element(document, attributes = {}, tag = "div") {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  document.body.append(created);
  return created;
}
