//! The widget's pure model: plain Rust, no browser and no Yew, tested with plain `cargo test`.
//! `widget` holds the whole state of one widget and its `update` step, which returns the effects
//! for the web shell to carry out as plain data. See ARCHITECTURE.md for the map.

#![forbid(unsafe_code)]

pub mod answers;
pub mod clinic_interest;
pub mod condition;
pub mod content;
pub mod decision;
pub mod events;
pub mod failure_message;
pub mod fhir;
pub mod flow;
pub mod fnv;
pub mod i18n;
pub mod json;
pub mod packed;
pub mod problems;
pub mod questionnaire;
pub mod ready;
pub mod results;
pub mod rules;
pub mod save_key;
pub mod saved;
pub mod settings;
pub mod sorted_map;
pub mod summary;
pub mod validation;
pub mod widget;
