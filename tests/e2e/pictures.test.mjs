// Trial pictures on the results of a visitor with rheumatoid arthritis, at 360 px: the pictures
// that answer a goal the visitor chose sit under that goal's bottom-line statement, behind their
// titles, the rest with the comparison; every arm of
// the trial is shown, each picture's title sits above it, a group under 20 is a plain count (no
// "/ 100"), a good outcome and a bad one look different (computed styles), and axe finds nothing.
// With PICTURE_SHOTS=<folder> it saves screenshots of the pictures there.
import { test } from "node:test";
import assert from "node:assert/strict";

import { answerWithMouse, assertAccessible, expectHeading, fitsWidth, open, useBrowser } from "./support.mjs";

const env = useBrowser();

const RA_VISITOR = [
  ["What is your main condition?", ["Rheumatoid arthritis"]],
  ["Which part of your body troubles you most?", ["Hand or wrist"]],
  ["Has a doctor diagnosed this condition?", ["Yes"]],
  ["Which medicines do you take now?", ["Disease-modifying drugs (DMARDs)"]],
  ["What do you hope for?", ["Less pain"]],
];

const LUPUS_VISITOR = [
  ["What is your main condition?", ["Lupus"]],
  ["Has a doctor diagnosed this condition?", ["Yes"]],
  ["Which medicines do you take now?", ["Steroid medicines"]],
  ["What do you hope for?", ["Less pain"]],
];

async function results(answers) {
  const page = await open(env, "/", { width: 360, height: 740 });
  await answerWithMouse(page, answers);
  await page.getByRole("button", { name: "See my information" }).click();
  await expectHeading(page, "Your results");
  return page;
}

/** Opens every folded picture: those under a bottom-line statement and "More results as pictures". */
async function openPictures(page) {
  const folded = page.locator(".iw-statement__picture > summary, .iw-more-numbers > summary");
  for (let index = 0; index < (await folded.count()); index++) await folded.nth(index).click();
}

async function shoot(page, name) {
  if (!process.env.PICTURE_SHOTS) return;
  const pictures = page.locator(".iw-picture");
  for (let index = 0; index < (await pictures.count()); index++) {
    if (await pictures.nth(index).isVisible()) {
      await pictures.nth(index).screenshot({ path: `${process.env.PICTURE_SHOTS}/${name}-${index}.png` });
    }
  }
}

test("RA results show every arm of the trial, titles above pictures, counts for small groups", async () => {
  const page = await results(RA_VISITOR);
  const underPain = page.locator(".iw-bottom-line li").filter({ hasText: "You hoped for less pain" }).locator(".iw-statement__picture > summary");
  assert.deepEqual(await underPain.allTextContents(), [
    "How many improved by at least 20 percent at 1 month: 53 people with hard-to-treat RA",
    "How many had improved at 3 months: the same 53 people",
  ], "the pictures that answer 'less pain' sit under it, each with its title");
  assert.equal(await page.locator(".iw-comparison > .iw-picture").count(), 1, "the side effects stay with the comparison");
  await openPictures(page);
  const pictures = page.locator(".iw-picture");
  assert.equal(await pictures.count(), 3, "improved at 1 month, side effects, improved at 3 months");
  for (let index = 0; index < 3; index++) {
    const picture = pictures.nth(index);
    const arms = await picture.locator(".iw-picture__arm").allTextContents();
    assert.deepEqual(
      arms.map((arm) => arm.replace(/:\s*$/, "")),
      ["Lowest cell dose", "Middle cell dose", "Highest cell dose", "Placebo drip, no cells"],
      "every arm, never the best-scoring dose alone",
    );
    const title = await picture.locator(".iw-picture__title").boundingBox();
    const groups = await picture.locator(".iw-picture__groups").boundingBox();
    assert.ok(title.y + title.height <= groups.y + 1, "the title is above the picture");
    const counts = await picture.locator(".iw-picture__count").allTextContents();
    for (const count of counts.filter((line) => /of (6|7) people/.test(line))) {
      assert.ok(!/\/\s*100|of 100|in 100/.test(count), `a group under 20 is not scaled: ${count}`);
    }
    const small = picture.locator(".iw-picture__group").filter({ hasText: /of (6|7) people/ });
    assert.equal(await small.locator("svg").count(), 0, "groups under 20 are counts, not drawings");
  }
  assert.ok(await fitsWidth(page), "no sideways scrolling at 360 px");
  await shoot(page, "ra");
  await assertAccessible(page, "RA results with every picture open, at 360 px");
  await page.closeAll();
});

test("a good outcome and a bad one differ in colour, shape and words", async () => {
  const page = await results(RA_VISITOR);
  await openPictures(page);
  const style = (selector) =>
    page.locator(selector).first().evaluate((element) => {
      const computed = getComputedStyle(element);
      return { fill: computed.fill, color: computed.color, border: computed.borderInlineStartStyle, tag: element.tagName };
    });
  const good = await style(".iw-picture--benefit .iw-mark--benefit");
  const bad = await style(".iw-picture--harm .iw-mark--harm");
  assert.notEqual(good.fill, bad.fill, "different colours");
  assert.notEqual(good.tag, bad.tag, "different shapes (circle and square)");
  const goodFrame = await style(".iw-picture--benefit");
  const badFrame = await style(".iw-picture--harm");
  assert.notEqual(goodFrame.border, badFrame.border, "solid and dashed edges");
  assert.notEqual(await page.locator(".iw-picture--benefit .iw-picture__kind").first().textContent(), await page.locator(".iw-picture--harm .iw-picture__kind").first().textContent());
  await page.emulateMedia({ forcedColors: "active" });
  const forcedGood = await style(".iw-picture--benefit .iw-mark--benefit");
  const forcedBad = await style(".iw-picture--harm .iw-mark--harm");
  assert.notEqual(forcedGood.tag, forcedBad.tag, "in forced colours the shapes still differ");
  await page.closeAll();
});

test("lupus results: groups of 12 and 6 are plain counts, and the pictures pass axe", async () => {
  const page = await results(LUPUS_VISITOR);
  await openPictures(page);
  const counts = await page.locator(".iw-picture").first().locator(".iw-picture__count").allTextContents();
  assert.deepEqual(counts, ["Donor cells + lupus medicines: 9 of 12 people", "Placebo + lupus medicines: 5 of 6 people"]);
  assert.equal(await page.locator(".iw-picture").first().locator("svg.iw-picture__grid").count(), 0);
  await shoot(page, "lupus");
  await assertAccessible(page, "lupus results at 360 px");
  await page.closeAll();
});

test("knee osteoarthritis results say why there is no picture; MS results draw both groups of 55", async () => {
  const knee = await results([
    ["What is your main condition?", ["Osteoarthritis"]],
    ["Which part of your body troubles you most?", ["Knee"]],
    ["Has a doctor diagnosed this condition?", ["Yes"]],
    ["Which medicines do you take now?", ["Pain relievers called NSAIDs"]],
    ["What do you hope for?", ["Less pain"]],
  ]);
  assert.equal(await knee.locator(".iw-picture").count(), 0);
  assert.match(await knee.locator(".iw-comparison").textContent(), /reported average pain scores, not how many people improved/);
  await knee.closeAll();
  const ms = await results([
    ["What is your main condition?", ["Multiple sclerosis (MS)"]],
    ["Has a doctor diagnosed this condition?", ["Yes"]],
    ["Which medicines do you take now?", ["Other immune-suppressing medicines, or MS disease-modifying drugs"]],
    ["What do you hope for?", ["Slowing my disease"]],
  ]);
  await openPictures(ms);
  const picture = ms.locator(".iw-picture").first();
  assert.deepEqual(await picture.locator(".iw-picture__count").allTextContents(), [
    "Transplant (aHSCT): 3 of 55 people",
    "MS medicines: 34 of 55 people",
  ]);
  assert.equal(await picture.locator("svg.iw-picture__grid rect").count(), 37, "3 and 34 people marked as a bad outcome");
  await shoot(ms, "ms");
  await assertAccessible(ms, "MS results at 360 px");
  await ms.closeAll();
});
