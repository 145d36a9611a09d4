//! The host layer: the only code that touches the page around the widget — finding mount
//! elements, reading their attributes, the shadow root and stylesheet, DOM events, focus,
//! and browser history.

pub mod dom;
pub mod events;
pub mod failure;
pub mod history;
pub mod json;
pub mod mount;
pub mod storage;

pub use mount::boot;
