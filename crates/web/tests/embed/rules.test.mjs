// The shared rules against the vectors the model's Rust tests run too
// (crates/model/tests/shared_rules.rs), so embed.js's early first step and failure message choose
// what the live widget chooses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import * as rules from "../../src/embed/rules.js";

const vectors = JSON.parse(readFileSync(new URL("../../../model/tests/shared_rules.json", import.meta.url), "utf8"));

/** The cases under `rule`; a rule with no cases would check nothing. */
function cases(rule) {
  assert.ok(vectors[rule]?.length > 0, `shared_rules.json has ${rule} cases`);
  return vectors[rule];
}

test("the shared names are the model's", () => {
  const { names } = vectors;
  assert.equal(rules.MOUNT_ATTRIBUTE, names.mountAttribute);
  assert.equal(rules.STANDALONE_ATTRIBUTE, names.standaloneAttribute);
  assert.equal(rules.PRERENDERED_CLASS, names.prerenderedClass);
  assert.equal(rules.EARLY_CONTINUE_ATTRIBUTE, names.earlyContinueAttribute);
  assert.equal(rules.DEFAULT_LANGUAGE, names.defaultLanguage);
  assert.equal(rules.MAX_CLINIC_NAME, names.maxClinicName);
  assert.equal(rules.SAVE_KEY_PREFIX, names.saveKeyPrefix);
  assert.equal(rules.MAX_SAVE_KEY, names.maxSaveKey);
});

test("language choice", () => {
  for (const { preferences, available, chosen } of cases("language")) {
    assert.equal(rules.chooseLanguage(preferences, available), chosen, JSON.stringify(preferences));
  }
});

test("an absent attribute is no preference", () => {
  assert.equal(rules.chooseLanguage([null, undefined, "es_MX"], ["en", "es"]), "es");
  assert.equal(rules.chooseLanguage([null], ["en", "es"]), "en");
});

test("contact addresses", () => {
  for (const { raw, safe } of cases("contactUrl")) {
    assert.equal(rules.safeContactUrl(raw), safe, JSON.stringify(raw));
  }
  assert.equal(rules.safeContactUrl(null), null);
});

test("clinic names", () => {
  for (const { raw, shown } of cases("clinicName")) {
    assert.equal(rules.clinicName(raw), shown, JSON.stringify(raw));
  }
  assert.equal(rules.clinicName(null), null);
});

test("offered conditions keep the questionnaire's order", () => {
  for (const { raw, offered } of cases("conditions")) {
    assert.deepEqual(rules.offeredConditions(raw, vectors.knownConditions), offered, JSON.stringify(raw));
  }
  assert.equal(rules.offeredConditions(null, vectors.knownConditions), null);
});

test("save keys", () => {
  for (const { questionnaire, clinicName, conditions, hostKey, key, refused } of cases("saveKey")) {
    assert.deepEqual(rules.saveKey(questionnaire, { clinicName, conditions }, hostKey), { key, refused }, JSON.stringify(hostKey));
  }
});

test("language file names", () => {
  for (const { code, file } of cases("languageFile")) assert.equal(rules.languageFile(code), file);
});
