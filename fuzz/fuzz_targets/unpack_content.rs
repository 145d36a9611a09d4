//! Any bytes as the packed content the widget carries: unpacking refuses them or gives content,
//! and never panics or reserves memory the bytes cannot fill.
#![no_main]

use joint_intake_model::packed::{unpack_content, FORMAT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = unpack_content(data);
    // Most inputs lack the format tag; also try them with it, to reach the unpacking itself.
    let _ = unpack_content(&[FORMAT.as_slice(), data].concat());
});
