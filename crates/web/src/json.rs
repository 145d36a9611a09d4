//! Reads JSON text with the browser's own `JSON.parse`, so the widget carries no JSON parser,
//! and turns the result into the core's [`Json`]; and turns a [`Json`] into plain JavaScript
//! values directly (for event details), without the page's `JSON`, which a host may replace.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use joint_intake_model::json::Json;

/// Deeper than anything the widget writes; deeper input is refused, not walked.
const MAX_DEPTH: usize = 16;
/// 2^53: the largest whole number a JavaScript number holds exactly.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// The parsed value, or `None` for text that is not JSON or nests too deeply.
pub fn parse(text: &str) -> Option<Json> {
    from_js(&js_sys::JSON::parse(text).ok()?, 0)
}

fn from_js(value: &JsValue, depth: usize) -> Option<Json> {
    if depth > MAX_DEPTH {
        return None;
    }
    if value.is_null() {
        return Some(Json::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Some(Json::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        // Only whole numbers mean anything to the widget; others read as null.
        let whole = number.fract() == 0.0 && number.abs() <= MAX_EXACT;
        return Some(if whole { Json::Number(number as i64) } else { Json::Null });
    }
    if let Some(text) = value.as_string() {
        return Some(Json::String(text));
    }
    if Array::is_array(value) {
        let items = Array::from(value);
        return items.iter().map(|item| from_js(&item, depth + 1)).collect::<Option<Vec<_>>>().map(Json::Array);
    }
    let object = value.dyn_ref::<Object>()?;
    Object::entries(object)
        .iter()
        .map(|entry| {
            let pair = Array::from(&entry);
            Some((pair.get(0).as_string()?, from_js(&pair.get(1), depth + 1)?))
        })
        .collect::<Option<Vec<_>>>()
        .map(Json::Object)
}

/// The value as plain JavaScript: `null`, booleans, numbers, strings, arrays and objects (keys in
/// the order the core built them). Built with `Object`, `Array` and `Reflect.set` only, so a host
/// page that replaced `JSON.parse` cannot change what its listeners receive.
pub fn to_js(value: &Json) -> JsValue {
    match value {
        Json::Null => JsValue::NULL,
        Json::Bool(flag) => JsValue::from_bool(*flag),
        // Whole numbers the widget writes (format numbers, counts) are far below 2^53.
        Json::Number(number) => JsValue::from_f64(*number as f64),
        Json::String(text) => JsValue::from_str(text),
        Json::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Json::Object(fields) => {
            let object = Object::new();
            for (key, field) in fields {
                // Setting an own data property on a fresh plain object cannot fail.
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(field));
            }
            object.into()
        }
    }
}
