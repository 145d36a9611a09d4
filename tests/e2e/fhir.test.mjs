// End-to-end: the published FHIR Questionnaire and the widget's QuestionnaireResponses in a
// generic FHIR form filler, LHC-Forms (the pinned lforms npm package, served from this origin).
// Each response is merged into the form and read back; the answers must survive unchanged.
//
// Which responses: tests/e2e/fhir-responses.json holds 90, made by the real flow in
// crates/content/tests/fhir_responses.rs, which names the equivalence classes: every condition
// (it alone decides which questions are asked) paired with every medicines class (none, not sure,
// one, two, all, "other" alone, with one, with two or more, several names in one text, non-Latin
// text, 200 characters), joints, diagnoses and goals (each alone, two, all) cycling through. A
// few are also answered in the widget itself, to show it sends exactly those responses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { DIST, expectHeading, open, useBrowser } from "./support.mjs";

const LFORMS = fileURLToPath(new URL("../../node_modules/lforms/dist/lforms/", import.meta.url));
const PAGES = fileURLToPath(new URL("./pages/", import.meta.url));
const CASES = JSON.parse(await readFile(new URL("./fhir-responses.json", import.meta.url), "utf8"));
const QUESTIONNAIRE = JSON.parse(await readFile(`${DIST}/questionnaire.json`, "utf8"));
const TEXT_ITEM = "medications.other.text";

const env = useBrowser({ roots: { "/lforms/": LFORMS, "/pages/": PAGES } });

/** A page with LHC-Forms and its FHIR R4 support loaded. */
async function openLForms() {
  const page = await open(env, "/pages/lforms.html", { waitFor: false });
  await page.waitForFunction(() => window.LForms?.Util?.getFormFHIRData && window.LForms?.FHIR?.R4);
  return page;
}

/**
 * Loads the Questionnaire with `response` merged in, as an integrator's tool would; returns the
 * response LHC-Forms reads back and what its form shows: the ticked options (`linkId|system|code`)
 * and the free-text box's value, or null when the form does not show that box.
 */
function roundTrip(page, response) {
  return page.evaluate(
    async ({ questionnaire, response, textItem }) => {
      const form = LForms.Util.convertFHIRQuestionnaireToLForms(structuredClone(questionnaire), "R4");
      const merged = LForms.Util.mergeFHIRDataIntoLForms("QuestionnaireResponse", structuredClone(response), form, "R4");
      const container = document.getElementById("form");
      await LForms.Util.addFormToPage(merged, container);
      // Each option's label carries the id `linkId/1|system|code`.
      const ticked = [...container.querySelectorAll("input:checked")].map((input) => input.closest("label[id]")?.id.replace("/1|", "|"));
      const textBox = container.querySelector(`[id="item-${textItem}/1"] input`);
      const readBack = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", container);
      return { readBack, ticked, text: textBox ? textBox.value : null };
    },
    { questionnaire: QUESTIONNAIRE, response, textItem: TEXT_ITEM },
  );
}

/** Every answer in a response as `linkId: system|code|display` or `linkId: "text"`, nested ones too. */
function answersOf(response) {
  const found = [];
  const walk = (items = []) => {
    for (const item of items) {
      for (const answer of item.answer ?? []) {
        const { valueCoding: coding, valueString: text } = answer;
        found.push(coding ? `${item.linkId}: ${coding.system}|${coding.code}|${coding.display}` : `${item.linkId}: ${JSON.stringify(text)}`);
        walk(answer.item);
      }
      walk(item.item);
    }
  };
  walk(response.item);
  return found;
}

function tickedIn(response) {
  return response.item.flatMap((item) =>
    item.answer.filter((answer) => answer.valueCoding).map(({ valueCoding: coding }) => `${item.linkId}|${coding.system}|${coding.code}`),
  );
}

function textIn(response) {
  return response.item.find((item) => item.linkId === TEXT_ITEM)?.answer[0].valueString ?? null;
}

/** Round-trips each case and checks LHC-Forms shows and gives back the same answers. */
async function assertRoundTrips(page, cases) {
  for (const { name, response } of cases) {
    const { readBack, ticked, text } = await roundTrip(page, response);
    assert.equal(readBack.questionnaire, response.questionnaire, name);
    assert.deepEqual(answersOf(readBack), answersOf(response), `${name}: the answers read back`);
    assert.deepEqual(ticked.sort(), tickedIn(response).sort(), `${name}: the options the form shows ticked`);
    assert.equal(text, textIn(response), `${name}: the free-text box (null: not shown)`);
  }
}

function assertOnlyLocalRequests(page) {
  const elsewhere = page.record.requests.filter((url) => !url.startsWith(`${env.server.url}/`));
  assert.deepEqual(elsewhere, [], "no request leaves the test server");
}

test("LHC-Forms shows each question with the control the widget uses, and the text box only for another medicine", async () => {
  const page = await openLForms();
  const controls = await page.evaluate(async (questionnaire) => {
    const container = document.getElementById("form");
    await LForms.Util.addFormToPage(structuredClone(questionnaire), container, { fhirVersion: "R4" });
    return questionnaire.item.map((item) => {
      const shown = container.querySelector(`[id="item-${item.linkId}/1"]`);
      const inputs = shown ? [...shown.querySelectorAll("input")].map((input) => input.type) : [];
      return [item.linkId, inputs.join(" ")];
    });
  }, QUESTIONNAIRE);
  const expected = QUESTIONNAIRE.item.map((item) => {
    if (item.type === "string") return [item.linkId, ""];
    const control = item.repeats ? "checkbox" : "radio";
    return [item.linkId, item.answerOption.map(() => control).join(" ")];
  });
  // Nothing answered: the follow-ups whose enableWhen needs a condition are hidden, and so is the text box.
  const asked = new Set(["condition", "diagnosed", "medications", "goals"]);
  assert.deepEqual(
    controls,
    expected.map(([linkId, inputs]) => [linkId, asked.has(linkId) ? inputs : ""]),
  );
  assert.deepEqual(page.record.errors, []);
  assertOnlyLocalRequests(page);
  await page.closeAll();
});

const byCondition = new Map();
for (const entry of CASES) byCondition.set(entry.answers.condition, [...(byCondition.get(entry.answers.condition) ?? []), entry]);
test("the cases cover every condition and every medicines class", () => {
  assert.equal(CASES.length, 90);
  assert.equal(byCondition.size, QUESTIONNAIRE.item[0].answerOption.length);
  const otherWith = new Set(CASES.filter((entry) => entry.answers.medications.includes("other")).map((entry) => Math.min(entry.answers.medications.length, 3)));
  assert.deepEqual([...otherWith].sort(), [1, 2, 3], '"other" alone, with one and with two or more medicines');
});

for (const [condition, cases] of byCondition) {
  test(`LHC-Forms loads and gives back every response for ${condition} (${cases.length})`, async () => {
    const page = await openLForms();
    await assertRoundTrips(page, cases);
    assertOnlyLocalRequests(page);
    await page.closeAll();
  });
}

/** Answers the widget as `answers` (the host answers of a case) says; returns the complete event's detail. */
async function answerInWidget(answers) {
  const page = await open(env);
  await page.evaluate(() => {
    window.completed = [];
    document.addEventListener("intake:complete", (event) => window.completed.push(event.detail));
  });
  for (const [question, chosen] of Object.entries(answers)) {
    if (question.endsWith("_text")) continue;
    for (const option of [chosen].flat()) await page.locator(`.iw input[value=${option}]`).check();
    const text = Object.entries(answers).find(([key]) => key.startsWith(`${question}_`) && key.endsWith("_text"));
    if (text) await page.locator(".iw input[type=text]").fill(text[1]);
    await page.locator(".iw button[type=submit]").click();
  }
  await expectHeading(page, "Check your answers");
  await page.locator(".iw .iw-actions .iw-button").click();
  await page.waitForFunction(() => window.completed.length === 1);
  const [detail] = await page.evaluate(() => window.completed);
  await page.closeAll();
  return detail;
}

test("the widget sends exactly these responses, dated, and LHC-Forms gives them back", async () => {
  const chosen = [
    "lupus, medicines: other and two, several names",
    "not_sure, medicines: none",
    "osteoarthritis, medicines: every option but the exclusive ones, non-Latin text",
    "multiple_sclerosis, medicines: other, 200 characters",
  ].map((name) => CASES.find((entry) => entry.name === name) ?? assert.fail(`no case ${name}`));
  const sent = [];
  for (const { name, answers, response } of chosen) {
    const before = Date.now();
    const detail = await answerInWidget(answers);
    assert.deepEqual(detail.answers, answers, name);
    const { authored, ...undated } = detail.questionnaireResponse;
    assert.match(authored, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, `${name}: authored is a FHIR dateTime in UTC`);
    const at = Date.parse(authored);
    assert.ok(at >= Math.floor(before / 1000) * 1000 && at <= Date.now(), `${name}: authored ${authored} is when it was sent`);
    const { authored: _, ...expected } = response;
    assert.deepEqual(undated, expected, name);
    sent.push({ name, response: detail.questionnaireResponse });
  }
  const page = await openLForms();
  await assertRoundTrips(page, sent);
  await page.closeAll();
});
