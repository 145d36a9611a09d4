//! The pure core: questionnaire, flow, rules and content. Plain Rust with serde; nothing here may
//! import yew, web-sys, js-sys, wasm-bindgen or gloo (a test in tests/architecture.rs checks).

pub mod answers;
pub mod condition;
pub mod content;
pub mod events;
pub mod fhir;
pub mod flow;
pub mod i18n;
pub mod json;
pub mod packed;
pub mod problems;
pub mod questionnaire;
pub mod readability;
pub mod rules;
pub mod saved;
pub mod settings;
pub mod summary;
pub mod validation;
