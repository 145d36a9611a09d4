// End-to-end: bad input from pages and visitors gets a clear message or a safe default, never a
// blank widget or a crash.
import { test } from "node:test";
import assert from "node:assert/strict";

import { expectHeading, open, useBrowser } from "./support.mjs";

const env = useBrowser();

async function blankHost(options) {
  const page = await open(env, "/demo/dynamic.html", { waitFor: false, ...options });
  page.warnings = [];
  page.on("console", (message) => ["warning", "error"].includes(message.type()) && page.warnings.push(message.text()));
  await page.evaluate(async () => {
    window.embed = await import("../widget/embed.js");
  });
  return page;
}

test("mount without an element throws a clear error; an element that cannot host gets a console error", async () => {
  const page = await blankHost();
  const thrown = await page.evaluate(() => {
    try {
      window.embed.mount(null);
      return "nothing thrown";
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  });
  assert.equal(thrown, "TypeError: intake widget: mount(element, options) needs a DOM element");
  await page.evaluate(() => {
    const input = document.createElement("input");
    document.body.append(input);
    window.embed.mount(input);
  });
  assert.ok(page.warnings.some((text) => text.includes("cannot mount into <input>")), page.warnings.join("\n"));
  assert.deepEqual(page.record.errors.filter((text) => !text.includes("cannot mount")), []);
  await page.closeAll();
});

test("hostile values in every attribute are shown as text or ignored", async () => {
  const page = await blankHost();
  page.on("dialog", (dialog) => {
    page.record.errors.push(`dialog ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "hostile";
    document.body.append(element);
    window.embed.mount(element, {
      lang: "\"><script>alert('lang')</script>",
      clinicName: "</p><img src=x onerror=alert('name')>".repeat(20),
      contactUrl: " javascript:alert('url')",
      conditions: "lupus,<svg onload=alert(1)>,".repeat(50),
    });
  });
  await page.locator("#hostile .iw h1").waitFor();
  assert.equal(await page.locator("#hostile .iw").getAttribute("lang"), "en", "an unknown language falls back to English");
  assert.equal(await page.locator("#hostile img, #hostile svg, #hostile script").count(), 0);
  const provided = await page.locator("#hostile .iw-provided-by").textContent();
  assert.ok(provided.length <= "Provided by ".length + 80, provided);
  const offered = await page.locator("#hostile input[type=radio]").evaluateAll((radios) => radios.map((radio) => radio.value));
  assert.deepEqual(offered, ["lupus"]);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("mounting twice keeps one widget; removing the element and unmounting is harmless", async () => {
  const page = await blankHost();
  await page.evaluate(() => {
    const element = document.createElement("div");
    element.id = "twice";
    document.body.append(element);
    window.embed.mount(element);
    window.embed.mount(element);
  });
  await page.locator("#twice .iw h1").waitFor();
  assert.equal(await page.locator("#twice .iw").count(), 1);
  assert.ok(page.warnings.some((text) => text.includes("already holds a widget")));
  await page.evaluate(() => {
    const element = document.getElementById("twice");
    element.remove();
    window.embed.unmount(element);
    window.embed.unmount(element);
    window.embed.unmount(document.body);
  });
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("a 100,000-character answer is refused with a clear message", async () => {
  const page = await open(env);
  for (const [title, value] of [
    ["What is your main condition?", "lupus"],
    ["Has a doctor diagnosed this condition?", "yes"],
  ]) {
    await expectHeading(page, title);
    await page.locator(`.iw input[value=${value}]`).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expectHeading(page, "Which medicines do you take now?");
  await page.locator(".iw input[value=other]").check();
  const field = page.getByLabel("Name of the other medicine");
  await field.fill("x".repeat(100_000));
  assert.equal((await field.inputValue()).length, 200, "typing and pasting stop at the limit");
  // A script (or an old saved answer) can still put more in; the widget must cope.
  await field.evaluate((input) => {
    input.removeAttribute("maxlength");
    input.value = "y".repeat(100_000);
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator(".iw-error-summary").waitFor();
  assert.match(await page.locator(".iw-error-message").textContent(), /200 characters or fewer\. You have 100000\./);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

// ---------------------------------------------------------------------------------------------
// When the widget cannot start: a message in the page's language, never a blank box, plus an
// `intake:error` event with the reason and a console error for the site's developers.

/**
 * Opens `path` after `prepare(context, page)` (routes, init scripts). Every `intake:error` is
 * recorded as "id:reason" on <html data-test-errors>, and `intake:step` details as
 * "type:value" on <html data-test-steps>, so tests read them without running code in a page
 * whose built-ins may be broken on purpose.
 */
async function openFailing(path, prepare = async () => {}) {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(`uncaught ${error}`));
  await page.addInitScript(() => {
    const note = (attribute, text) => {
      const root = document.documentElement;
      root.setAttribute(attribute, `${root.getAttribute(attribute) ?? ""} ${text}`.trim());
    };
    document.addEventListener("intake:error", (event) => note("data-test-errors", `${event.target.id || event.target.tagName}:${event.detail?.reason}`));
    document.addEventListener("intake:step", (event) => note("data-test-steps", `${typeof event.detail}:${event.detail}`));
  });
  await prepare(context, page);
  await page.goto(env.server.url + path);
  page.errors = errors;
  page.closeAll = () => context.close();
  return page;
}

function reported(page, idAndReason) {
  return page.locator(`html[data-test-errors~="${idAndReason}"]`).waitFor({ state: "attached" });
}

/** Both widgets of the two-widget demo show the message, each in its own language. */
async function assertTwoMessages(page, reason) {
  await reported(page, `english:${reason}`);
  await reported(page, `spanish:${reason}`);
  assert.equal(await page.locator("#english .intake-failure h2").textContent(), "Sorry, this questionnaire could not be shown");
  assert.equal(await page.locator("#english .intake-failure").getAttribute("role"), "alert");
  assert.equal(await page.locator("#spanish .intake-failure h2").textContent(), "Lo sentimos, no se pudo mostrar este cuestionario");
  assert.equal(await page.locator("#spanish .intake-failure").getAttribute("lang"), "es");
  // The Spanish widget's contact address is safe; the English one's (javascript:) is not.
  assert.equal(await page.locator("#spanish .intake-failure a").getAttribute("href"), "https://clinic.example/contacto");
  assert.equal(await page.locator("#spanish .intake-failure a").textContent(), "Póngase en contacto con Clínica Articular");
  assert.equal(await page.locator("#english .intake-failure a").count(), 0);
  assert.equal(await page.locator("html").getAttribute("data-test-errors").then((text) => text.split(" ").length), 2, "one event per widget");
  assert.equal(await page.locator(".iw").count(), 0, "no half-started widget");
}

test("a missing WebAssembly file shows a message in each widget and reports load-failed", async () => {
  const page = await openFailing("/demo/two-widgets.html", (context) =>
    context.route("**/intake-widget_bg.wasm", (route) => route.fulfill({ status: 404, body: "Not found" })),
  );
  await assertTwoMessages(page, "load-failed");
  assert.ok(page.errors.some((text) => text.includes("intake-widget_bg.wasm") && text.includes("application/wasm")), page.errors.join("\n"));
  assert.ok(!page.errors.some((text) => text.startsWith("uncaught")), page.errors.join("\n"));
  await page.closeAll();
});

test("a damaged WebAssembly file shows the message too", async () => {
  const page = await openFailing("/demo/two-widgets.html", (context) =>
    context.route("**/intake-widget_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm\x01\0\0\0damaged") }),
    ),
  );
  await assertTwoMessages(page, "load-failed");
  await page.closeAll();
});

test("a host fetch wrapper that rejects shows the message and reports load-failed", async () => {
  const page = await openFailing("/demo/two-widgets.html", (context) =>
    context.addInitScript(() => {
      window.fetch = () => Promise.reject(new TypeError("blocked by the page's fetch wrapper"));
    }),
  );
  await assertTwoMessages(page, "load-failed");
  assert.ok(page.errors.some((text) => text.includes("window.fetch")), page.errors.join("\n"));
  await page.closeAll();
});

test("a page that sets Object.prototype.then gets the message, not a hang", async () => {
  const page = await openFailing("/demo/two-widgets.html", (context) =>
    context.addInitScript(() => {
      // A host's mistake: every object now looks like a promise that never settles.
      Object.defineProperty(Object.prototype, "then", { value() {}, writable: true, configurable: true });
    }),
  );
  await assertTwoMessages(page, "load-failed");
  assert.ok(page.errors.some((text) => text.includes("Object.prototype.then")), page.errors.join("\n"));
  await page.closeAll();
});

test("mount() reads only its own options: a polluted Object.prototype.contactUrl is never the contact link", async () => {
  const pollute = (context) =>
    context.addInitScript(() => {
      Object.prototype.contactUrl = "https://evil.example/";
    });
  // The widget starts: the polluted value never reaches its attributes.
  const working = await openFailing("/demo/dynamic.html", pollute);
  const attribute = await working.evaluate(async () => {
    const { mount } = await import("../widget/embed.js");
    const element = document.createElement("div");
    element.id = "later";
    document.body.append(element);
    mount(element, { clinicName: "Joint Care" });
    return String(element.getAttribute("data-contact-url"));
  });
  assert.equal(attribute, "null");
  await working.locator("#later .iw h1").waitFor();
  await working.closeAll();

  // The widget cannot start: the message offers only the clinic's own, safe address.
  const page = await openFailing("/demo/dynamic.html", async (context) => {
    await pollute(context);
    await context.route("**/intake-widget_bg.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  });
  await page.evaluate(async () => {
    const { mount } = await import("../widget/embed.js");
    for (const [id, options] of [
      ["polluted", { clinicName: "Joint Care" }],
      ["user-info", { contactUrl: "https://clinic.example@evil.example/" }],
      ["mail", { lang: "es", contactUrl: "mailto:desk@clinic.example" }],
    ]) {
      const element = document.createElement("div");
      element.id = id;
      document.body.append(element);
      mount(element, options);
    }
  });
  for (const id of ["polluted", "user-info", "mail"]) await reported(page, `${id}:load-failed`);
  assert.equal(await page.locator("#polluted .intake-failure h2").textContent(), "Sorry, this questionnaire could not be shown");
  assert.equal(await page.locator("#polluted .intake-failure a").count(), 0);
  assert.equal(await page.locator("#user-info .intake-failure a").count(), 0);
  assert.equal(await page.locator("#mail .intake-failure a").getAttribute("href"), "mailto:desk@clinic.example");
  assert.equal(await page.locator("#mail .intake-failure a").textContent(), "Póngase en contacto con la clínica");
  await page.closeAll();
});

test("an element that cannot hold the widget's shadow root gets the message and cannot-mount", async () => {
  const page = await openFailing("/demo/dynamic.html");
  await page.evaluate(async () => {
    const { mount } = await import("../widget/embed.js");
    const closed = document.createElement("div");
    closed.id = "closed";
    closed.attachShadow({ mode: "closed" });
    const foreign = document.createElement("div");
    foreign.id = "foreign";
    foreign.attachShadow({ mode: "open" }).append(document.createElement("slot"));
    document.body.append(closed, foreign);
    mount(closed);
    mount(foreign);
  });
  await reported(page, "closed:cannot-mount");
  await reported(page, "foreign:cannot-mount");
  // A closed root hides anything else; the message still goes in, as ordinary children.
  assert.equal(await page.locator("#closed > .intake-failure").count(), 1);
  assert.equal(await page.locator("#foreign .intake-failure h2").textContent(), "Sorry, this questionnaire could not be shown");
  assert.equal(await page.locator("#foreign slot").count(), 1, "the other script's shadow root is kept");
  assert.ok(page.errors.some((text) => text.includes("shadow root from another script")), page.errors.join("\n"));
  await page.closeAll();
});

test("event details do not depend on the page's JSON.parse", async () => {
  const page = await openFailing("/demo/two-widgets.html", (context) =>
    context.addInitScript(() => {
      JSON.parse = () => ({ hijacked: true });
    }),
  );
  await page.locator("#english .iw h1").waitFor();
  await page.locator('html[data-test-steps~="string:condition"]').waitFor({ state: "attached" });
  assert.doesNotMatch(await page.locator("html").getAttribute("data-test-steps"), /object/);
  await page.closeAll();
});

test("in forced-colours mode a checked radio and a ticked checkbox still look checked", async () => {
  const page = await open(env);
  await page.emulateMedia({ forcedColors: "active" });
  await expectHeading(page, "What is your main condition?");
  const look = (locator) =>
    locator.evaluate((input) => {
      const style = getComputedStyle(input);
      return { image: style.backgroundImage, color: style.backgroundColor, adjust: style.forcedColorAdjust };
    });
  await page.locator(".iw input[value=lupus]").check();
  const checked = await look(page.locator(".iw input[value=lupus]"));
  const unchecked = await look(page.locator(".iw input[value=osteoarthritis]"));
  assert.equal(checked.adjust, "none");
  assert.notDeepEqual(checked, unchecked, "the checked radio is drawn differently");
  assert.match(checked.image, /gradient/, "the dot survives forced colours");
  const remember = page.locator(".iw input[type=checkbox]").first();
  const before = await look(remember);
  await remember.check();
  assert.notDeepEqual(await look(remember), before, "the tick survives forced colours");
  await page.closeAll();
});
