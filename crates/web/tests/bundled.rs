//! The widget carries exactly the content the build checked: the default language compiled in,
//! the others as files the same build's tools write.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;
use joint_intake_model::packed::unpack_language;
use joint_intake_web::bundled;

#[test]
fn the_widget_carries_exactly_the_checked_content_files() {
    let checked = common::content();
    let carried = bundled::unpack().expect("the packed content unpacks");
    // Every field but the other languages' text, which the widget fetches when needed.
    let mut expected = checked.clone();
    expected.languages.truncate(1);
    expected.fingerprint = carried.fingerprint;
    assert_eq!(carried, expected);
    assert_ne!(carried.fingerprint, 0, "the build stamps its content");
    // The language files published next to the wasm (scripts/pack-languages.sh) fit this wasm.
    for (file, bytes) in joint_intake_content::pack(&checked).languages {
        let language = unpack_language(&bytes, &carried).unwrap_or_else(|| panic!("{file} does not fit the wasm"));
        assert_eq!(&language, checked.language(&language.code), "{file}");
    }
}
