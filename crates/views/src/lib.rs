//! The widget's Yew views. `App`, the one component the widget draws, keeps the model's
//! [`Widget`](joint_intake_model::widget::Widget) and sends it messages; every other view is a
//! plain function that draws what it is given and reports through `Callback`s. No view touches
//! the page: focus, storage, history, printing and files are effects the web shell carries out
//! (crates/web/tests/architecture.rs checks).

#![forbid(unsafe_code)]

pub mod app;
pub mod check_answers;
pub mod comparison;
pub mod error_summary;
mod form;
pub mod icon_array;
pub mod language_switch;
pub mod load_error;
mod markup;
mod page_heading;
pub mod pictures;
pub mod privacy;
pub mod question_page;
pub mod ready;
pub mod results;
pub mod section;
pub mod start_over;
pub mod summary;
pub mod texts;
pub mod values;

pub use app::{App, AppProps};
pub use load_error::LoadError;
