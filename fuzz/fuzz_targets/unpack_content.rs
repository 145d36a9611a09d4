//! Any bytes as the packed content the widget carries: unpacking refuses them or gives content,
//! and never panics or reserves memory the bytes cannot fill.
#![no_main]

use joint_intake::core::content::Content;
use joint_intake::core::packed::FORMAT;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = Content::unpack(data);
    // Most inputs lack the format tag; also try them with it, to reach the unpacking itself.
    let _ = Content::unpack(&[FORMAT.as_slice(), data].concat());
});
