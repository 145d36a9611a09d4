//! The content the widget carries: the files under `content/`, checked and packed by `build.rs`.

use crate::core::content::Content;
use crate::core::problems::ContentError;

pub const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The packed content, unpacked. Fails only if the build's output was damaged.
pub fn content() -> Result<Content, Vec<ContentError>> {
    Content::unpack(PACKED)
}
