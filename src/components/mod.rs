//! Yew views. They render a [`Flow`](crate::core::flow::Flow) and send
//! [`Action`](crate::core::flow::Action)s through `Callback` props; only `App` owns state.

pub mod app;
pub mod check_answers;
pub mod error_summary;
pub mod language_switch;
pub mod load_error;
pub mod privacy;
pub mod question_page;
pub mod results;
pub mod section;
pub mod summary;
pub mod texts;

pub use app::{App, AppProps};
pub use load_error::LoadError;
