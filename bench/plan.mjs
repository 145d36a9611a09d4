// The answers both benchmarks give (bench/run.mjs and bench/steps.mjs), so their step changes
// are the same changes.

// Answers to give, by question id; round r uses entry r (mod length). The conditions all lead
// through every question. Checkbox answers accumulate over the rounds, so each round ticks a new
// one. A question not listed here (added since) gets its first option.
export const PLAN = {
  condition: ["osteoarthritis", "rheumatoid_arthritis", "joint_injury", "wear_and_tear", "bursitis_tendonitis"],
  joint: ["knee", "hip", "hand", "shoulder", "back_neck"],
  diagnosed: ["yes", "no", "not_sure"],
  medications: ["nsaids", "blood_thinners", "supplements", "paracetamol", "corticosteroids"],
  goals: ["less_pain", "avoid_surgery", "move_easier", "understand_evidence", "compare_options"],
};

/** Whether a step is a question (not Check your answers, the results or the end). */
export const isQuestion = (step) => step !== null && !["review", "results", "complete"].includes(step);

/**
 * Presses `target` (a Playwright locator) as a person does: the pointer moves onto it, a frame
 * passes, the button goes down, and about 80 ms later comes up, which fires the click. Playwright's
 * own click() sends the move, press and release in one burst, so the release's timeStamp (where
 * a step change's clock starts) came before the browser had handled the move and the press:
 * hover styles, hit tests and pointerdown listeners, 3–5 ms in traces, that a person's press
 * gets done a tenth of a second earlier.
 */
export async function pressLikeAPerson(page, target) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("pressLikeAPerson: the target has no box on screen");
  const { x, y, width, height } = box;
  await page.mouse.move(x + width / 2, y + height / 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.mouse.down();
  await page.waitForTimeout(80);
  await page.mouse.up();
}
