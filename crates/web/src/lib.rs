//! The web shell: the only code that touches the page. `embed.js` finds the mount elements and
//! calls in (`main.rs`); this crate reads their attributes, attaches the shadow root and
//! stylesheet, starts the views, and carries out the effects the model returns (storage, events,
//! focus, history, printing, files, languages). See ARCHITECTURE.md for the map.

pub mod bundled;
pub mod dom;
pub mod effects;
pub mod events;
pub mod failure;
pub mod history;
pub mod json;
pub mod languages;
pub mod mount;
pub mod parked;
pub mod registry;
pub mod storage;
