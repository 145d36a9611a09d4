// What the build fills in: scripts/bundle-embed.mjs puts the real values in this module's place
// when it bundles dist/embed.js. Empty here, so node's tests import the modules as they are (they
// pass the generated files in themselves).

/** The widget's stylesheet: styles/sheets.txt joined, comments left out (minified for release). */
export const WIDGET_STYLES = "";

/**
 * The embedded widget's first step per language, as `[tag, {attributes}, ...children]`, from
 * first-step.json (generated from the views: see crates/views/tests/prerender.rs).
 */
export const FIRST_STEP = {};

/**
 * The widget's failure wording per language, `{ title, body, contactClinic, contactNamed }`, from
 * failure-message.json (generated from `joint_intake_model::failure_message`).
 */
export const FAILURE_MESSAGES = {};
