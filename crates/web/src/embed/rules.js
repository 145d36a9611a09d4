// The rules embed.js shares with the widget's Rust code, which is the reference: which language a
// widget starts in, which contact addresses it links to, how it shows the clinic's name, which
// conditions it offers, where it saves, what its language files are called, and the class and
// attribute names both sides find each other's elements by. One file of test vectors,
// crates/model/tests/shared_rules.json, holds the two to the same answers: `cargo test -p
// joint-intake-model --test shared_rules` runs it against the Rust functions and
// crates/web/tests/embed/rules.test.mjs against these. No side effects and no DOM.

/** Marks an element that gets a widget. */
export const MOUNT_ATTRIBUTE = "data-intake-widget";
/** Marks the standalone page's element (`mount.rs` reads it too). */
export const STANDALONE_ATTRIBUTE = "data-standalone";
/** Wraps a first step shown before the widget runs (`PRERENDERED_CLASS` in mount.rs). */
export const PRERENDERED_CLASS = "iw-prerendered";
/** Set on that step when Continue was pressed there (`EARLY_CONTINUE_ATTRIBUTE` in mount.rs). */
export const EARLY_CONTINUE_ATTRIBUTE = "data-intake-continue";
/** The one language the wasm carries (`DEFAULT_LANGUAGE` in crates/model/src/content.rs). */
export const DEFAULT_LANGUAGE = "en";
/** Longest clinic name shown (`MAX_CLINIC_NAME` in crates/model/src/settings.rs). */
export const MAX_CLINIC_NAME = 80;
/** Every storage key the widget writes starts with this (`PREFIX` in crates/model/src/save_key.rs). */
export const SAVE_KEY_PREFIX = "intake-widget:answers:";
/** Longest `data-save-key` accepted (`MAX_SAVE_KEY` in save_key.rs). */
export const MAX_SAVE_KEY = 64;

// Rust's `trim`, `split_whitespace` and `is_whitespace` use Unicode's White_Space property, which
// differs from JavaScript's `\s` and `trim` (U+FEFF is one only in JavaScript, U+0085 only in Rust).
const WHITE_SPACE_AT_ENDS = /^\p{White_Space}+|\p{White_Space}+$/gu;
const trim = (text) => text.replace(WHITE_SPACE_AT_ENDS, "");
/** Rust's `to_ascii_lowercase`: other letters keep their case. */
const asciiLowercase = (text) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
const utf8 = (text) => new TextEncoder().encode(text);

/**
 * The first of `preferences` (language tags, most wanted first; absent ones null) that
 * `available` has, else the first available: `choose_language` in settings.rs. Region subtags
 * after "-" or "_" are ignored (`es-MX`, `es_MX` and `es-419` are Spanish) and case is not.
 */
export function chooseLanguage(preferences, available) {
  for (const tag of preferences) {
    if (typeof tag !== "string") continue;
    const code = asciiLowercase(trim(tag).split(/[-_]/)[0]);
    if (available.includes(code)) return code;
  }
  return available[0] ?? "";
}

/**
 * An embedded widget's language preferences (`language_for` in mount.rs): its `data-lang`, then
 * its page's `lang`. Reads the element's attributes only.
 */
export function embeddedPreferences(element) {
  return [element.getAttribute("data-lang"), element.ownerDocument?.documentElement?.getAttribute("lang")];
}

/** The standalone page's language preferences (`language_for`): `?lang=`, then the browser's. */
export function standalonePreferences(href, browserLanguages) {
  return [new URL(href).searchParams.get("lang"), ...(browserLanguages ?? [])];
}

/**
 * The address, if it is a well-formed `https:` (with no user info), `mailto:` or `tel:` one, else
 * null: `safe_contact_url` in settings.rs.
 */
export function safeContactUrl(raw) {
  if (typeof raw !== "string") return null;
  const url = trim(raw);
  if (!url || utf8(url).length > 2000 || /[\p{White_Space}\p{Cc}]/u.test(url)) return null;
  const colon = url.indexOf(":");
  if (colon < 0) return null;
  const scheme = asciiLowercase(url.slice(0, colon));
  const rest = url.slice(colon + 1);
  let allowed = false;
  if (scheme === "https") {
    // The authority ends where the path, query or fragment starts (browsers read `\` as `/`).
    const authority = rest.startsWith("//") ? rest.slice(2).split(/[/\\?#]/, 1)[0] : "";
    allowed = authority !== "" && !authority.includes("@");
  } else if (scheme === "mailto") {
    allowed = rest.includes("@") && !rest.startsWith("/");
  } else if (scheme === "tel") {
    allowed = /^[0-9+\-().]+$/.test(rest);
  }
  return allowed ? url : null;
}

/**
 * The clinic's name as the widget shows it, or null for none: control characters and runs of
 * white space become one space, cut to MAX_CLINIC_NAME characters (`read_settings`).
 */
export function clinicName(raw) {
  if (typeof raw !== "string") return null;
  const words = raw.replace(/\p{Cc}/gu, " ").split(/\p{White_Space}+/u).filter(Boolean);
  const name = Array.from(words.join(" ")).slice(0, MAX_CLINIC_NAME).join("");
  return name || null;
}

/**
 * The condition ids a `data-conditions` value offers out of `known` (the questionnaire's, in its
 * order), or null for all of them; unknown ids are left out (`read_settings`, then
 * `Questionnaire::offering`).
 */
export function offeredConditions(raw, known) {
  const asked = (typeof raw === "string" ? raw : "").split(",").map(trim);
  const offered = known.filter((id) => asked.includes(id));
  return offered.length > 0 ? offered : null;
}

/** The file a language's text is published under, next to the wasm (`language_file` in packed.rs). */
export function languageFile(code) {
  return `content-${code}.bin`;
}

/** 64-bit FNV-1a over length-prefixed parts, as crates/model/src/fnv.rs. */
function fnv(parts) {
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  const add = (byte) => (hash = ((hash ^ BigInt(byte)) * prime) & mask);
  for (const part of parts) {
    const bytes = utf8(part);
    for (let shift = 0n; shift < 64n; shift += 8n) add((BigInt(bytes.length) >> shift) & 0xffn);
    bytes.forEach(add);
  }
  return hash;
}

/**
 * The key a widget saves its answers under (`save_key` in save_key.rs): the host's
 * `data-save-key` when it is 1 to MAX_SAVE_KEY letters, digits, "-", "_" or "." (`refused` says
 * whether one was given and turned down), else one derived from the questionnaire, the offered
 * conditions (in any order) and the clinic's name.
 */
export function saveKey(questionnaireId, { clinicName: clinic = null, conditions = [] } = {}, hostKey = null) {
  if (typeof hostKey === "string") {
    const value = trim(hostKey);
    if (value && value.length <= MAX_SAVE_KEY && /^[A-Za-z0-9._-]+$/.test(value)) {
      return { key: `${SAVE_KEY_PREFIX}key:${value}`, refused: false };
    }
  }
  // Condition ids are plain ASCII (`is_id`), so this sort is Rust's byte order.
  const sorted = [...new Set(conditions)].sort();
  const hash = fnv([questionnaireId, String(sorted.length), ...sorted, clinic ?? ""]);
  return { key: `${SAVE_KEY_PREFIX}${hash.toString(16).padStart(16, "0")}`, refused: typeof hostKey === "string" };
}
