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
