// End-to-end: the release build in Debian's Chromium, used the way visitors use it.
import { test } from "node:test";
import assert from "node:assert/strict";

import {
  OSTEOARTHRITIS_VISITOR,
  answerWithMouse,
  assertAccessible,
  deepFocus,
  expectHeading,
  fitsWidth,
  heading,
  liveWidget,
  open,
  useBrowser,
} from "./support.mjs";

const env = useBrowser();

test("the first question offers every condition and an option can be chosen", async () => {
  const page = await open(env);
  assert.equal(await heading(page).textContent(), "Step 1 of 6 What is your main condition?");
  const radios = page.getByRole("radiogroup").or(page.getByRole("group")).first().getByRole("radio");
  assert.equal(await radios.count(), 9);
  await page.getByLabel("Lupus", { exact: true }).check();
  assert.equal(await page.getByLabel("Lupus", { exact: true }).isChecked(), true);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("the release build works from a sub-path, loading only its own files", async () => {
  const page = await open(env, "/widget/");
  await page.getByLabel("Osteoarthritis", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Which part of your body troubles you most?");
  const origin = env.server.url;
  const assets = page.record.requests.filter((url) => !url.startsWith("data:"));
  assert.ok(assets.every((url) => url.startsWith(`${origin}/widget/`)), `requests outside /widget/: ${assets.join(", ")}`);
  assert.ok(assets.some((url) => url.endsWith("/widget/intake-widget_bg.wasm")), assets.join(", "));
  assert.deepEqual(page.record.violations, [], "no Content-Security-Policy violations");
  await page.closeAll();
});

test("Continue without an answer shows the error summary with focus and an inline error", async () => {
  const page = await open(env);
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator(".iw-error-summary");
  await summary.waitFor();
  assert.equal(await page.getByRole("alert").locator("h2").textContent(), "There is a problem");
  assert.equal(await summary.evaluate((element) => element.getRootNode().activeElement === element), true);
  assert.match(await page.locator(".iw-error-message").textContent(), /Select your main condition/);
  await assertAccessible(page, "the condition question with an error");
  await page.getByRole("link", { name: /Select your main condition/ }).click();
  assert.equal(await page.getByLabel("Rheumatoid arthritis", { exact: true }).evaluate((radio) => radio.getRootNode().activeElement === radio), true);
  await page.closeAll();
});

test("every step and the results have no WCAG 2.2 A/AA violations (axe-core)", async () => {
  const page = await open(env);
  await answerWithMouse(page, OSTEOARTHRITIS_VISITOR, (title) => assertAccessible(page, `"${title}"`));
  await assertAccessible(page, "Check your answers");
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  await assertAccessible(page, "the results");
  await page.closeAll();
});

test("the whole flow completes with the keyboard alone", async () => {
  const page = await open(env);
  const focusedText = () => deepFocus(page);
  // The language switch comes first; then Tab into the first radio, choose with the arrow keys,
  // submit with Enter.
  await page.keyboard.press("Tab");
  assert.match(await focusedText(), /Leer en español/);
  await page.keyboard.press("Tab");
  assert.match(await focusedText(), /INPUT radio rheumatoid_arthritis/);
  await page.keyboard.press("ArrowDown");
  assert.match(await focusedText(), /INPUT radio osteoarthritis/);
  await page.keyboard.press("Enter");
  await expectHeading(page, "Which part of your body troubles you most?");
  assert.match(await focusedText(), /^H1/, "focus is on the new question's heading");

  await page.keyboard.press("Tab"); // first radio: Knee
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expectHeading(page, "Which medicines do you take now?");
  await page.keyboard.press("Tab"); // NSAIDs checkbox
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expectHeading(page, "What do you hope for?");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expectHeading(page, "Check your answers");
  // Tab through the Change buttons to "See my information" and press it.
  for (let presses = 0; presses < 12 && !/See my information/.test(await focusedText()); presses++) {
    await page.keyboard.press("Tab");
  }
  assert.match(await focusedText(), /See my information/);
  await page.keyboard.press("Enter");
  await expectHeading(page, "Your results");
  await page.closeAll();
});

test("Back link and the browser's Back and Forward move between steps and keep answers", async () => {
  const page = await open(env);
  await page.getByLabel("Rheumatoid arthritis", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Which part of your body troubles you most?");
  await page.getByLabel("Hand or wrist", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Has a doctor diagnosed this condition?");

  await page.goBack();
  await expectHeading(page, "Which part of your body troubles you most?");
  assert.equal(await page.getByLabel("Hand or wrist", { exact: true }).isChecked(), true);
  await page.goBack();
  await expectHeading(page, "What is your main condition?");
  assert.equal(await page.getByLabel("Rheumatoid arthritis", { exact: true }).isChecked(), true);
  await page.goForward();
  await expectHeading(page, "Which part of your body troubles you most?");

  await page.getByRole("button", { name: "Back" }).click();
  await expectHeading(page, "What is your main condition?");
  await page.closeAll();
});

test("a step's history entry is added after the press that showed it, so it does not hold up the new step", async () => {
  const page = await open(env);
  await page.addInitScript(() => {
    // True from a press until the tasks queued before it have run: a pushState that sees it true
    // ran inside the press's own task, before the browser could paint the new step.
    window.inPress = false;
    window.addEventListener(
      "click",
      () => {
        window.inPress = true;
        setTimeout(() => (window.inPress = false));
      },
      true,
    );
    window.entries = [];
    const pushState = history.pushState.bind(history);
    history.pushState = (state, ...rest) => {
      const heading = document.querySelector("[data-intake-widget]").shadowRoot.querySelector(".iw h1");
      window.entries.push({ step: state?.intakeStep, inPress: window.inPress, heading: heading.textContent });
      pushState(state, ...rest);
    };
  });
  await page.reload();
  await liveWidget(page);
  await page.getByLabel("Rheumatoid arthritis", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Which part of your body troubles you most?");
  await page.waitForFunction(() => window.entries.length > 0);
  assert.deepEqual(await page.evaluate(() => window.entries), [
    { step: "joint", inPress: false, heading: "Step 2 of 6 Which part of your body troubles you most?" },
  ]);
  await page.goBack();
  await expectHeading(page, "What is your main condition?");
  await page.closeAll();
});

test("check your answers: Change returns to the summary with the new answer", async () => {
  const page = await open(env);
  await answerWithMouse(page);
  await page.getByRole("button", { name: "Change your answer to: What you hope for" }).click();
  await expectHeading(page, "What do you hope for?");
  await page.getByLabel("Comparing my options", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectHeading(page, "Check your answers");
  assert.match(await page.locator(".iw-summary-list").textContent(), /Comparing my options/);
  await page.closeAll();
});

test("results start with the caveats, and Start over clears everything", async () => {
  const page = await open(env);
  await answerWithMouse(page);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  const topics = await page.locator(".iw details.iw-topic").evaluateAll((all) => all.map((topic) => topic.id));
  assert.match(topics[0], /-topic-caveats$/, "the caveats lead the topics");
  assert.ok(topics.length >= 6, topics.join(" | "));
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Yes, start over" }).click();
  await expectHeading(page, "What is your main condition?");
  assert.equal(await page.locator(".iw input:checked").count(), 0);
  await page.closeAll();
});

test("events reach the host page from the mount element", async () => {
  const page = await open(env);
  // The host listens from the start, as a clinic's page does: the widget announces its first
  // step once it is shown, which on a busy machine can come after its first question is drawn.
  await page.addInitScript(() => {
    window.seen = [];
    for (const name of ["intake:step", "intake:complete", "intake:reset"]) {
      document.addEventListener(name, (event) =>
        window.seen.push({ name, target: event.target.hasAttribute("data-intake-widget"), detail: event.detail }),
      );
    }
  });
  await page.reload();
  await liveWidget(page);
  await page.waitForFunction(() => window.seen.some((event) => event.name === "intake:step"));
  await answerWithMouse(page);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(
    seen.filter((event) => event.name === "intake:step").map((event) => event.detail),
    ["condition", "joint", "diagnosed", "medications", "goals", "review", "results"],
  );
  const complete = seen.find((event) => event.name === "intake:complete");
  assert.equal(complete.target, true);
  assert.deepEqual(complete.detail.answers, {
    condition: "osteoarthritis",
    joint: "knee",
    diagnosed: "yes",
    medications: ["nsaids", "blood_thinners"],
    goals: ["less_pain", "avoid_surgery"],
  });
  await page.closeAll();
});

for (const [width, label] of [
  [320, "at 320 px wide"],
  [640, "at 200 % zoom of a 1280 px window"],
]) {
  test(`no horizontal scrolling ${label}, on every step and the results`, async () => {
    const page = await open(env, "/", { width, height: 800 });
    await answerWithMouse(page, OSTEOARTHRITIS_VISITOR, async (title) => {
      assert.equal(await fitsWidth(page), true, `"${title}" scrolls sideways`);
    });
    assert.equal(await fitsWidth(page), true, "Check your answers scrolls sideways");
    await page.getByRole("button", { name: "See my information" }).click();
    await expectHeading(page, "Your results");
    assert.equal(await fitsWidth(page), true, "the results scroll sideways");
    await page.closeAll();
  });
}

test("a visible focus indicator and at least 24 px targets", async () => {
  const page = await open(env);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const focusStyle = await page.getByLabel("Rheumatoid arthritis", { exact: true }).evaluate((radio) => {
    const style = getComputedStyle(radio);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  assert.notEqual(focusStyle.outline, "none");
  assert.ok(focusStyle.width >= 2, JSON.stringify(focusStyle));
  const small = await page.evaluate(() => {
    const root = document.querySelector("[data-intake-widget]").shadowRoot;
    return [...root.querySelectorAll("input, button, a")]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ element }) => element.outerHTML.slice(0, 80));
  });
  assert.deepEqual(small, []);
  await page.closeAll();
});

test("animation is limited to visitors who allow motion", async () => {
  const page = await open(env, "/", { reducedMotion: "reduce" });
  const transition = await page.getByRole("button", { name: "Continue" }).evaluate((button) => getComputedStyle(button).transitionDuration);
  assert.equal(transition, "0s");
  await page.closeAll();
});

test("the summary saves as a web page made in the browser and prints without controls", async () => {
  const page = await open(env);
  await answerWithMouse(page);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save a copy" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "stem-cell-therapy-summary.html", "a file any phone opens");
  assert.match(download.url(), /^blob:http:\/\/127\.0\.0\.1/, "the file is made in the browser");
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  assert.match(text, /^<!doctype html>/);
  assert.match(text, /<h1>Stem-cell therapy for joint pain: your summary<\/h1>/);
  assert.match(text, /<li>Main condition: Osteoarthritis<\/li>/);
  assert.match(text, /Questions to ask a clinic/);
  const remote = page.record.requests.filter((url) => !url.startsWith(env.server.url) && !url.startsWith("blob:"));
  assert.deepEqual(remote, []);

  await page.emulateMedia({ media: "print" });
  const visibleButtons = await page.locator(".iw button").evaluateAll((buttons) => buttons.filter((b) => b.offsetParent !== null).length);
  assert.equal(visibleButtons, 0, "no buttons on paper");
  assert.equal(await page.locator(".iw-print-summary").isVisible(), true, "the summary is what prints");
  assert.equal(await page.locator(".iw-topics").isVisible(), false, "the long detail stays on screen");
  await page.closeAll();
});

test("the first question is on screen before the wasm arrives, and an early choice, Remember tick and Continue carry over", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/intake-widget_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url + "/");
  const early = page.locator("[data-intake-widget] > .iw-prerendered h1");
  assert.equal(await early.textContent(), "Step 1 of 6 What is your main condition?");
  assert.equal(await early.isVisible(), true);
  await page.locator(".iw-prerendered input[value=lupus]").check();
  await page.locator(".iw-prerendered input[type=checkbox]").check();
  await page.locator(".iw-prerendered button[type=submit]").click();
  assert.equal(new URL(page.url()).search, "", "the pre-rendered form sends nothing anywhere");
  assert.equal(await page.locator(".iw-prerendered form").getAttribute("aria-busy"), "true", "the press is acknowledged");
  release();
  await page.waitForFunction(() => document.querySelector("[data-intake-widget]").shadowRoot?.querySelector(".iw h1"));
  assert.equal(await page.locator(".iw-prerendered").count(), 0, "the live widget replaces the early copy");
  await expectHeading(page, "Has a doctor diagnosed this condition?");
  assert.match(await deepFocus(page), /^H1/, "focus is on the new question, as after any Continue");
  assert.equal(await page.locator(".iw input[type=checkbox][id$=-remember]").isChecked(), true, "the Remember tick is kept");
  const saved = await page.evaluate(() => Object.values(localStorage).join(" "));
  assert.match(saved, /lupus/, "the early choice was saved, as the visitor asked");
  await page.goBack();
  await expectHeading(page, "What is your main condition?");
  assert.equal(await page.locator(".iw input[value=lupus]").isChecked(), true, "the early choice is kept");
  await context.close();
});
