// End-to-end: a clinic says what it sells (`data-clinic-sells`, or `clinicSells` in `mount`),
// and the results and the printed and saved summary tell the visitor so — in the widget's
// language, under a strict Content-Security-Policy; a clinic that says nothing keeps the
// general "may offer" sentence, and a value the widget does not know is ignored with a warning.
import { test } from "node:test";
import assert from "node:assert/strict";

import { open, useBrowser } from "./support.mjs";

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const env = useBrowser({ headers: { "content-security-policy": STRICT } });

const EARNS = "A clinic earns money from the treatments it sells.";
const SAID = {
  prp: `Joint Care Clinic sells PRP injections. ${EARNS}`,
  both: "Clínica Articular vende inyecciones de células madre e inyecciones de PRP. Una clínica gana dinero con los tratamientos que vende.",
  none: "This clinic has declared that it does not sell stem-cell injections or PRP injections.",
};
const MAY_OFFER = "Joint Care Clinic shows this information on its website, and it may offer some of the treatments described here.";

/** Waits until the widget in `#id` is live (the early first step embed.js drew is gone). */
function live(page, id) {
  return page.waitForFunction((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return Boolean(root?.querySelector(".iw h1") && !root.querySelector(".iw-prerendered"));
  }, id);
}

/** Answers the widget in `#id` as a visitor with lupus, then opens the results. */
async function toResults(page, id) {
  const widget = page.locator(`#${id}`);
  for (const value of ["lupus", "yes", "none", "understand_evidence"]) {
    const step = await widget.locator(".iw").getAttribute("data-step");
    await widget.locator(`.iw input[value=${value}]`).check();
    await widget.locator(".iw button[type=submit]").click();
    await page.waitForFunction(
      ([id, step]) => document.getElementById(id).shadowRoot.querySelector(".iw")?.dataset.step !== step,
      [id, step],
    );
  }
  await widget.locator(".iw[data-step=review] .iw-actions .iw-button").first().click();
  await widget.locator(".iw[data-step=results]").waitFor();
}

const disclosure = (page, id) => page.locator(`#${id} .iw-contact__disclosure`).textContent();
const printed = (page, id) => page.locator(`#${id} .iw-print-summary`);

test("a clinic page's declarations show on the results and in print, in each widget's language", async () => {
  const page = await open(env, "/demo/clinic-sells.html", { waitFor: false });
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.reload();
  const ids = ["prp", "both", "none", "missing", "unknown"];
  for (const id of ids) await live(page, id);
  for (const id of ids) await toResults(page, id);

  // On screen, in "Next steps".
  assert.ok((await disclosure(page, "prp")).startsWith(SAID.prp), await disclosure(page, "prp"));
  assert.ok((await disclosure(page, "both")).startsWith(SAID.both), await disclosure(page, "both"));
  assert.ok((await disclosure(page, "none")).startsWith(SAID.none), await disclosure(page, "none"));
  assert.ok(!(await disclosure(page, "none")).includes("earns money"));
  for (const id of ["missing", "unknown"]) {
    assert.ok((await disclosure(page, id)).startsWith(MAY_OFFER), `${id}: ${await disclosure(page, id)}`);
  }

  // The bad value warned once, naming itself; the good ones did not warn.
  const about = warnings.filter((text) => text.includes("data-clinic-sells"));
  assert.equal(about.length, 1, about.join("\n"));
  assert.match(about[0], /data-clinic-sells: "homeopathy" is not a treatment id and was ignored/);

  // The saved copy carries the declaration under its own heading.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#both").getByRole("button", { name: "Guardar una copia" }).click(),
  ]);
  const saved = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  assert.ok(saved.includes(`<h2>Lo que vende esta clínica</h2>\n<ul>\n<li>${SAID.both}</li>`), saved);

  // On paper: the printed summary is what shows, and it holds the same words.
  await page.emulateMedia({ media: "print" });
  for (const id of ["prp", "both", "none"]) {
    assert.equal(await printed(page, id).isVisible(), true, `${id}: the summary prints`);
    const text = await printed(page, id).innerText();
    assert.ok(text.includes(SAID[id]), `${id}: ${text}`);
  }
  assert.ok((await printed(page, "prp").innerText()).includes("What this clinic sells"));
  for (const id of ["missing", "unknown"]) {
    const text = await printed(page, id).innerText();
    assert.ok(!text.includes("What this clinic sells") && !text.includes("earns money"), `${id}: ${text}`);
  }

  // Printed alone, as its Print button does, the longer Spanish summary still fits two A4 pages.
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => (window.print = () => {}));
  await page.locator("#both").getByRole("button", { name: "Imprimir" }).click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#prp").isVisible(), false, "the other widgets do not print");
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} A4 pages; two at most`);

  assert.deepEqual(page.record.violations, [], "securitypolicyviolation events");
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});

test("mount() takes clinicSells as a list or as text", async () => {
  const page = await open(env, "/demo/dynamic.html", { waitFor: false });
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.evaluate(async () => {
    const { mount } = await import("/widget/embed.js");
    for (const [id, clinicSells] of [["listed", ["stem_cells", "PRP"]], ["written", " none "]]) {
      const element = document.createElement("div");
      element.id = id;
      document.body.append(element);
      mount(element, { lang: "en", clinicName: "Joint Care", clinicSells });
    }
  });
  for (const id of ["listed", "written"]) await live(page, id);
  assert.equal(await page.locator("#listed").getAttribute("data-clinic-sells"), "stem_cells,PRP");
  for (const id of ["listed", "written"]) await toResults(page, id);
  assert.ok(
    (await disclosure(page, "listed")).startsWith(`Joint Care sells stem-cell injections and PRP injections. ${EARNS}`),
    await disclosure(page, "listed"),
  );
  assert.ok(
    (await disclosure(page, "written")).startsWith("Joint Care has declared that it does not sell stem-cell injections or PRP injections."),
    await disclosure(page, "written"),
  );
  await page.emulateMedia({ media: "print" });
  assert.ok((await printed(page, "listed").innerText()).includes(`Joint Care sells stem-cell injections and PRP injections. ${EARNS}`));
  assert.deepEqual(warnings.filter((text) => text.includes("data-clinic-sells")), []);
  assert.deepEqual(page.record.errors, []);
  await page.closeAll();
});
