//! The widget carries exactly the content the build checked.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;
use joint_intake_web::bundled;

#[test]
fn the_widget_carries_exactly_the_checked_content_files() {
    // build.rs packs what the content crate's `load` accepted; unpacking must give back every field.
    assert_eq!(bundled::content(), Ok(common::content()));
}
