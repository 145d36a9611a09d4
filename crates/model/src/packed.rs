//! The compact binary form the content is compiled into when the widget is built (the web
//! crate's `build.rs`): a format tag, then the content in postcard's format.
//!
//! The content files are JSON so people can review and edit them, and the content crate checks
//! them with messages that name the file and field. Doing that in the browser would ship a JSON
//! parser and every check to each visitor, only to repeat what the build already proved. So the
//! build loads and checks the files once and writes them in this form, and the widget only
//! unpacks it. postcard (serde's compact binary format, with lengths as varints) was measured
//! against the earlier hand-written format at +1.4 kB gzip of wasm for the same packed bytes.
//!
//! The types' serde shapes are the format: changing a packed type's fields changes it; bump
//! [`FORMAT`] with them. `Rule` and `Block` read their JSON untagged but pack tagged (see their
//! `Deserialize` impls), because a binary format has no field names to tell variants apart.

use serde::{Deserialize, Serialize};

use crate::content::{Content, Language, PACKED_FILE};
use crate::problems::ContentError;

/// Leads the packed bytes, so bytes from another build or another file are refused.
pub const FORMAT: &[u8; 4] = b"IWP2";

/// The value, or `None` unless the bytes are exactly one packed value of this format. Damaged
/// bytes are refused or read as other text; they never panic, and a damaged length cannot make
/// the reader reserve more memory than the bytes could fill.
pub fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let (value, rest) = postcard::take_from_bytes::<T>(bytes.strip_prefix(FORMAT)?).ok()?;
    rest.is_empty().then_some(value)
}

/// Content as the build packed it: checked when it was built, so only unpacked here.
pub fn unpack_content(bytes: &[u8]) -> Result<Content, Vec<ContentError>> {
    decode(bytes).ok_or_else(|| {
        vec![ContentError::new(PACKED_FILE, "(whole file)", "cannot be read: damaged, or from another version")]
    })
}

/// One language's text as a file of its own (`content-{code}.bin`, next to the widget's wasm),
/// tagged with the fingerprint of the content build it belongs to.
#[derive(Deserialize, Serialize)]
pub struct LanguagePack {
    pub fingerprint: u64,
    pub language: Language,
}

/// The file name a language's text is published under.
pub fn language_file(code: &str) -> String {
    format!("content-{code}.bin")
}

/// The language in a language file, if the bytes are whole and come from the same content
/// build as `content`, and the language is one it offers.
pub fn unpack_language(bytes: &[u8], content: &Content) -> Option<Language> {
    let pack: LanguagePack = decode(bytes)?;
    let fits = pack.fingerprint == content.fingerprint && content.offered(&pack.language.code).is_some();
    fits.then_some(pack.language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packed(body: &[u8]) -> Vec<u8> {
        [FORMAT.as_slice(), body].concat()
    }

    #[test]
    fn values_read_back_only_whole_and_tagged() {
        // Two strings, "a" and "bc": a count, then each length and its bytes.
        let bytes = packed(&[2, 1, b'a', 2, b'b', b'c']);
        assert_eq!(decode::<Vec<String>>(&bytes), Some(vec!["a".to_owned(), "bc".to_owned()]));
        assert_eq!(decode::<Vec<String>>(&bytes[FORMAT.len()..]), None, "no format tag");
        assert_eq!(decode::<Vec<String>>(&[bytes.as_slice(), &[0]].concat()), None, "trailing bytes");
        assert_eq!(decode::<Vec<String>>(&bytes[..bytes.len() - 1]), None, "cut short");
        assert_eq!(decode::<Vec<String>>(&packed(&[1, 2, 0xff, 0xfe])), None, "not UTF-8");
    }

    #[test]
    fn a_damaged_count_is_refused_without_reserving_what_it_claims() {
        // A count near 2^32 followed by almost nothing: refused, not an allocation of gigabytes.
        assert_eq!(decode::<Vec<String>>(&packed(&[0xff, 0xff, 0xff, 0xff, 0x0f, 1, b'a'])), None);
    }
}
