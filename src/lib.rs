//! Patient-intake and education widget about stem-cell therapy for joint pain.
//! See ARCHITECTURE.md for the map: `core` (pure), `components` (Yew views), `host` (the page).

#![forbid(unsafe_code)]

pub mod bundled;
pub mod components;
pub mod core;
pub mod host;
