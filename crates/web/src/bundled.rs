//! The content the widget carries: the files under `content/`, checked and packed by `build.rs`.

use joint_intake_model::content::Content;
use joint_intake_model::packed::unpack_content;
use joint_intake_model::problems::ContentError;

pub const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The packed content, unpacked. Fails only if the build's output was damaged.
pub fn content() -> Result<Content, Vec<ContentError>> {
    unpack_content(PACKED)
}
