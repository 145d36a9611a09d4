// End-to-end: the widget embedded in clinic pages — two instances, hostile styles, hostile
// attributes, a strict Content-Security-Policy, events, FHIR output, late mounting, iframes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { DIST, liveWidget, open, serveSite, useBrowser } from "./support.mjs";

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const env = useBrowser({ headers: { "content-security-policy": STRICT } });

async function openDemo(name, options) {
  const page = await open(env, `/demo/${name}`, { waitFor: false, ...options });
  page.dialogs = [];
  page.on("dialog", (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return page;
}

const inWidget = (page, id, selector) => page.locator(`#${id} ${selector}`).first();

test("two widgets on one page work independently, each in its own language", async () => {
  const page = await openDemo("two-widgets.html");
  await inWidget(page, "spanish", ".iw h1").waitFor();
  assert.equal(await inWidget(page, "english", ".iw").getAttribute("lang"), "en");
  assert.equal(await inWidget(page, "spanish", ".iw").getAttribute("lang"), "es");
  assert.equal(await inWidget(page, "english", ".iw h1").textContent(), "Step 1 of 6 What is your main condition?");
  assert.notEqual(await inWidget(page, "spanish", ".iw h1").textContent(), "What is your main condition?");

  await inWidget(page, "english", "input[value=osteoarthritis]").check();
  await inWidget(page, "english", "button[type=submit]").click();
  await page.waitForFunction(() => document.querySelector("#english").shadowRoot.querySelector(".iw").dataset.step === "joint");
  assert.equal(await inWidget(page, "spanish", ".iw").getAttribute("data-step"), "condition", "the other widget did not move");
  assert.equal(await inWidget(page, "spanish", "input:checked").count(), 0);
  await page.closeAll();
});

test("host styles cannot break the widget, and the widget's styles do not leak", async () => {
  const page = await openDemo("two-widgets.html");
  await inWidget(page, "english", ".iw h1").waitFor();
  const look = await page.evaluate(() => {
    const root = document.querySelector("#english").shadowRoot;
    const button = root.querySelector("button[type=submit]");
    const radio = root.querySelector("input[type=radio]");
    const heading = root.querySelector("h1");
    return {
      buttonDisplay: getComputedStyle(button).display,
      buttonHeight: button.getBoundingClientRect().height,
      radioVisibility: getComputedStyle(radio).visibility,
      headingColor: getComputedStyle(heading).color,
      headingTransform: getComputedStyle(heading).textTransform,
      bodyFontSize: parseFloat(getComputedStyle(root.querySelector(".iw")).fontSize),
      buttonBackground: getComputedStyle(button).backgroundColor,
      pageHeadingMargin: getComputedStyle(document.querySelector("body > h1")).marginBottom,
    };
  });
  assert.notEqual(look.buttonDisplay, "none");
  assert.ok(look.buttonHeight >= 44, JSON.stringify(look));
  assert.equal(look.radioVisibility, "visible");
  assert.equal(look.headingColor, "rgb(11, 12, 13)".replace("13", "12"));
  assert.equal(look.headingTransform, "none");
  assert.ok(look.bodyFontSize >= 18, "a 10px root font size does not shrink the widget's text");
  assert.equal(look.buttonBackground, "rgb(29, 79, 145)", "the host's --intake-accent theme applies");
  assert.equal(look.pageHeadingMargin, "13.4px", "the widget's styles stay out of the page (default h1 margin at 10px)");
  await page.closeAll();
});

test("markup inside attributes is shown as text and never runs; unsafe links are ignored with a warning", async () => {
  const page = await openDemo("two-widgets.html");
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.reload();
  // The warnings come from the live widget as it mounts, which is after embed.js's early copy
  // has been painted; the English widget is the page's first.
  await liveWidget(page);
  assert.equal(
    await inWidget(page, "english", ".iw-provided-by").textContent(),
    "Provided by <img src=x onerror=alert(1)>Joint & Care",
  );
  assert.equal(await page.locator("#english img").count(), 0, "no element was made from the attribute");
  const offered = await page.locator("#english input[type=radio]").evaluateAll((radios) => radios.map((radio) => radio.value));
  assert.deepEqual(offered, ["rheumatoid_arthritis", "osteoarthritis", "not_sure"], "data-conditions narrows the list");
  assert.ok(warnings.some((text) => text.includes("data-contact-url")), warnings.join("\n"));
  assert.ok(warnings.some((text) => text.includes("<b>gout</b>")), warnings.join("\n"));
  assert.deepEqual(page.dialogs, []);
  await page.closeAll();
});

test("under a strict policy the widget runs with zero violations, and events carry FHIR answers", async () => {
  const page = await openDemo("strict-csp.html");
  await page.locator(".iw h1").waitFor();
  await page.evaluate(() => {
    window.seen = [];
    const host = document.querySelector("[data-intake-widget]");
    for (const name of ["intake:step", "intake:complete", "intake:reset"]) {
      document.addEventListener(name, (event) => window.seen.push({ name, fromHost: event.target === host, composed: event.composed, detail: event.detail }));
    }
  });
  for (const [values, text] of [
    [["lupus"]],
    [["yes"]],
    [["corticosteroids", "other"], "prednisone 5 mg"],
    [["slow_disease", "understand_evidence"]],
  ]) {
    for (const value of values) await page.locator(`.iw input[value=${value}]`).check();
    if (text) await page.locator(".iw input[type=text]").fill(text);
    await page.locator(".iw button[type=submit]").click();
  }
  await page.locator(".iw .iw-actions .iw-button").click();
  await page.waitForFunction(() => window.seen.some((event) => event.name === "intake:complete"));
  const complete = (await page.evaluate(() => window.seen)).find((event) => event.name === "intake:complete");
  assert.equal(complete.fromHost, true);
  assert.equal(complete.composed, true);
  assert.deepEqual(complete.detail.answers, {
    condition: "lupus",
    diagnosed: "yes",
    medications: ["corticosteroids", "other"],
    medications_other_text: "prednisone 5 mg",
    goals: ["slow_disease", "understand_evidence"],
  });
  const response = complete.detail.questionnaireResponse;
  const questionnaire = JSON.parse(await readFile(`${DIST}/questionnaire.json`, "utf8"));
  assert.equal(response.resourceType, "QuestionnaireResponse");
  assert.equal(response.status, "completed");
  assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
  assert.match(response.authored, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(Math.abs(Date.parse(response.authored) - Date.now()) < 120_000, `authored ${response.authored} is now`);
  assert.deepEqual(response.item.map((item) => item.linkId), ["condition", "diagnosed", "medications", "medications.other.text", "goals"]);
  const itemsById = Object.fromEntries(questionnaire.item.map((item) => [item.linkId, item]));
  for (const item of response.item.filter((item) => itemsById[item.linkId].type === "choice")) {
    for (const answer of item.answer) {
      const known = itemsById[item.linkId].answerOption.map((option) => option.valueCoding.code);
      assert.ok(known.includes(answer.valueCoding.code), `${item.linkId}: ${answer.valueCoding.code}`);
      assert.equal(answer.valueCoding.system, itemsById[item.linkId].answerOption[0].valueCoding.system);
    }
  }
  assert.deepEqual(response.item[3].answer, [{ valueString: "prednisone 5 mg" }]);
  assert.equal(await page.locator(".iw-contact a").getAttribute("href"), "mailto:desk@clinic.example");

  await page.locator(".iw-start-over").click();
  await page.locator(".iw-start-over-confirm").click();
  await page.waitForFunction(() => window.seen.some((event) => event.name === "intake:reset"));
  assert.deepEqual(page.record.violations, [], "securitypolicyviolation events");
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("the standalone page also runs under the strict policy header", async () => {
  const page = await open(env, "/");
  await page.locator(".iw input[value=osteoarthritis]").check();
  await page.locator(".iw button[type=submit]").click();
  await page.locator(".iw[data-step=joint]").waitFor();
  assert.deepEqual(page.record.violations, []);
  await page.closeAll();
});

test("a widget added after load works, reports from its own element, and unmounts cleanly", async () => {
  const page = await openDemo("dynamic.html");
  await page.evaluate(() => {
    window.steps = [];
    document.addEventListener("intake:step", (event) => window.steps.push(event.target.id));
  });
  await page.getByRole("button", { name: "Show the questionnaire" }).click();
  await page.locator("#later .iw h1").waitFor();
  const offered = await page.locator("#later input[type=radio]").evaluateAll((radios) => radios.map((radio) => radio.value));
  assert.deepEqual(offered, ["lupus", "multiple_sclerosis", "not_sure"]);
  await page.locator("#later input[value=lupus]").check();
  await page.locator("#later button[type=submit]").click();
  await page.locator("#later .iw[data-step=diagnosed]").waitFor();
  assert.deepEqual(await page.evaluate(() => window.steps), ["later", "later"]);

  await page.getByRole("button", { name: "Remove it" }).click();
  assert.equal(await page.locator("#later").count(), 0);
  await page.getByRole("button", { name: "Show the questionnaire" }).click();
  await page.locator("#later .iw[data-step=condition]").waitFor();
  assert.equal(await page.locator("#later .iw").count(), 1);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("the iframe embed sizes itself from the widget's origin only", async () => {
  const widgetSite = await serveSite({ "content-security-policy": STRICT });
  // The host's policy must allow the widget's origin as a frame source; nothing else changes.
  const hostSite = await serveSite({ "content-security-policy": `${STRICT}; frame-src ${widgetSite.url}` });
  try {
    const page = await open({ ...env, server: hostSite }, `/demo/iframe-host.html?widget=${encodeURIComponent(widgetSite.url)}`, { waitFor: false });
    const frame = page.locator("iframe[data-intake-frame]");
    assert.equal(await frame.getAttribute("title"), "Stem-cell therapy questions");
    await page.frameLocator("iframe[data-intake-frame]").locator(".iw h1").waitFor();
    await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
    const sized = await frame.evaluate((element) => parseFloat(element.style.height));
    const content = await page.frameLocator("iframe[data-intake-frame]").locator("body").evaluate((body) => body.getBoundingClientRect().height);
    assert.ok(Math.abs(sized - content) <= 2, `iframe ${sized}px, content ${content}px`);

    // A message from any other window or origin is ignored.
    await page.evaluate(() => window.postMessage({ type: "intake:height", height: 5 }, "*"));
    await page.waitForTimeout(100);
    assert.equal(await frame.evaluate((element) => parseFloat(element.style.height)), sized);
    assert.deepEqual(page.record.violations, []);
    await page.closeAll();
  } finally {
    await widgetSite.close();
    await hostSite.close();
  }
});
