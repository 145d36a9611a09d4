//! The compact binary form the content is compiled into when the widget is built (the web crate's `build.rs`).
//!
//! The content files are JSON so people can review and edit them, and the content crate checks
//! them with messages that name the file and field. Doing that in the browser would ship a JSON
//! parser and every check to each visitor, only to repeat what the build already proved. So the
//! build loads and checks the files once and writes them in this form, and the widget only
//! unpacks it: a format tag, then each value in declaration order, with lengths as LEB128.
//!
//! Changing a packed type's fields changes the format; bump [`FORMAT`] with it.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::condition::Rule;
use crate::content::{Block, Content, Language, SectionRule, SectionText, Source, PACKED_FILE};
use crate::decision::{Comparison, Count, Decision, Numbers};
use crate::i18n::Strings;
use crate::problems::ContentError;
use crate::questionnaire::{AnswerOption, Kind, Question, Questionnaire, TextField};

/// Leads the packed bytes, so bytes from another build or another file are refused.
pub const FORMAT: &[u8; 4] = b"IWC4";

/// A value that can be written to and read back from the packed form.
pub trait Packed: Sized {
    fn pack(&self, out: &mut Vec<u8>);
    /// `None` when the bytes end early or hold something this type cannot be.
    fn unpack(input: &mut Reader<'_>) -> Option<Self>;
}

/// The bytes still to be read.
pub struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        if count > self.0.len() {
            return None;
        }
        let (taken, rest) = self.0.split_at(count);
        self.0 = rest;
        Some(taken)
    }
}

pub fn encode<T: Packed>(value: &T) -> Vec<u8> {
    let mut out = FORMAT.to_vec();
    value.pack(&mut out);
    out
}

/// Content as the build packed it: checked when it was built, so only unpacked here.
pub fn unpack_content(bytes: &[u8]) -> Result<Content, Vec<ContentError>> {
    decode(bytes).ok_or_else(|| {
        vec![ContentError::new(PACKED_FILE, "(whole file)", "cannot be read: damaged, or from another version")]
    })
}

/// The value, or `None` unless the bytes are exactly one packed value of this format.
pub fn decode<T: Packed>(bytes: &[u8]) -> Option<T> {
    let mut input = Reader(bytes.strip_prefix(FORMAT)?);
    let value = T::unpack(&mut input)?;
    input.0.is_empty().then_some(value)
}

impl Packed for usize {
    fn pack(&self, out: &mut Vec<u8>) {
        let mut rest = *self;
        while rest >= 0x80 {
            out.push((rest as u8 & 0x7f) | 0x80);
            rest >>= 7;
        }
        out.push(rest as u8);
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        // At most five bytes: enough for any u32, which is more than any content needs.
        let mut value: u64 = 0;
        for shift in [0, 7, 14, 21, 28] {
            let byte = input.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return u32::try_from(value).ok().and_then(|value| usize::try_from(value).ok());
            }
        }
        None
    }
}

impl Packed for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        match input.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Packed for String {
    fn pack(&self, out: &mut Vec<u8>) {
        self.len().pack(out);
        out.extend_from_slice(self.as_bytes());
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        let length = usize::unpack(input)?;
        String::from_utf8(input.take(length)?.to_vec()).ok()
    }
}

impl<T: Packed> Packed for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        self.is_some().pack(out);
        if let Some(value) = self {
            value.pack(out);
        }
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        Some(if bool::unpack(input)? { Some(T::unpack(input)?) } else { None })
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        self.len().pack(out);
        self.iter().for_each(|item| item.pack(out));
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        let count = usize::unpack(input)?;
        // Every item takes at least one byte, so a damaged count cannot reserve more than that.
        let mut items = Vec::with_capacity(count.min(input.0.len()));
        for _ in 0..count {
            items.push(T::unpack(input)?);
        }
        Some(items)
    }
}

impl<K: Packed + Ord, V: Packed> Packed for BTreeMap<K, V> {
    fn pack(&self, out: &mut Vec<u8>) {
        self.len().pack(out);
        for (key, value) in self {
            key.pack(out);
            value.pack(out);
        }
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        let count = usize::unpack(input)?;
        let mut map = BTreeMap::new();
        for _ in 0..count {
            map.insert(K::unpack(input)?, V::unpack(input)?);
        }
        Some(map)
    }
}

impl<T: Packed> Packed for Box<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        T::pack(self, out);
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        T::unpack(input).map(Box::new)
    }
}

impl<T: Packed> Packed for Rc<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        T::pack(self, out);
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        T::unpack(input).map(Rc::new)
    }
}

/// Packs a struct's fields in the order listed. Leaving a field out fails to compile, because
/// unpacking builds the struct with exactly these fields.
macro_rules! packed_struct {
    ($name:ident { $($field:ident),+ $(,)? }) => {
        impl Packed for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                $(self.$field.pack(out);)+
            }

            fn unpack(input: &mut Reader<'_>) -> Option<Self> {
                Some(Self { $($field: Packed::unpack(input)?),+ })
            }
        }
    };
}

packed_struct!(Content { questionnaire, sections, reviewed, sources, decision, languages });
packed_struct!(Questionnaire { id, version, questions });
packed_struct!(Question { id, kind, enable_when, options });
packed_struct!(AnswerOption { id, exclusive, text });
packed_struct!(TextField { max_length });
packed_struct!(SectionRule { id, group, show_when });
packed_struct!(Source { id, title, publisher, date, accessed, url });
packed_struct!(Language { code, ui, sections, decision });
packed_struct!(Decision { values, comparisons, numbers });
packed_struct!(Comparison { id, conditions, options, rows, cite, numbers, stress });
packed_struct!(Numbers { id, source, treated, comparison });
packed_struct!(Count { events, of });
packed_struct!(SectionText { title, blocks, key_points });

impl Packed for Strings {
    fn pack(&self, out: &mut Vec<u8>) {
        self.as_map().pack(out);
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        BTreeMap::unpack(input).map(Strings::new)
    }
}

impl Packed for Kind {
    fn pack(&self, out: &mut Vec<u8>) {
        (*self == Kind::Multiple).pack(out);
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        Some(if bool::unpack(input)? { Kind::Multiple } else { Kind::Single })
    }
}

impl Packed for Rule {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            Rule::Always { always } => {
                out.push(0);
                always.pack(out);
            }
            Rule::AnswerIs { question, any_of } => {
                out.push(1);
                question.pack(out);
                any_of.pack(out);
            }
            Rule::All { all } => {
                out.push(2);
                all.pack(out);
            }
            Rule::Any { any } => {
                out.push(3);
                any.pack(out);
            }
            Rule::Not { not } => {
                out.push(4);
                not.pack(out);
            }
        }
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        Some(match input.byte()? {
            0 => Rule::Always { always: Packed::unpack(input)? },
            1 => Rule::AnswerIs { question: Packed::unpack(input)?, any_of: Packed::unpack(input)? },
            2 => Rule::All { all: Packed::unpack(input)? },
            3 => Rule::Any { any: Packed::unpack(input)? },
            4 => Rule::Not { not: Packed::unpack(input)? },
            _ => return None,
        })
    }
}

impl Packed for Block {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            Block::Paragraph { p, cite, only } => {
                out.push(0);
                p.pack(out);
                cite.pack(out);
                only.pack(out);
            }
            Block::List { list, cite, only } => {
                out.push(1);
                list.pack(out);
                cite.pack(out);
                only.pack(out);
            }
            Block::Heading { h } => {
                out.push(2);
                h.pack(out);
            }
            Block::Urgent { urgent, cite, only } => {
                out.push(3);
                urgent.pack(out);
                cite.pack(out);
                only.pack(out);
            }
        }
    }

    fn unpack(input: &mut Reader<'_>) -> Option<Self> {
        Some(match input.byte()? {
            0 => Block::Paragraph {
                p: Packed::unpack(input)?,
                cite: Packed::unpack(input)?,
                only: Packed::unpack(input)?,
            },
            1 => {
                Block::List { list: Packed::unpack(input)?, cite: Packed::unpack(input)?, only: Packed::unpack(input)? }
            }
            2 => Block::Heading { h: Packed::unpack(input)? },
            3 => Block::Urgent {
                urgent: Packed::unpack(input)?,
                cite: Packed::unpack(input)?,
                only: Packed::unpack(input)?,
            },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Packed + PartialEq + std::fmt::Debug>(value: T) {
        assert_eq!(decode::<T>(&encode(&value)).as_ref(), Some(&value));
    }

    #[test]
    fn lengths_round_trip_across_byte_boundaries() {
        for length in [0, 1, 127, 128, 16_383, 16_384, u32::MAX as usize] {
            round_trip(length);
        }
    }

    #[test]
    fn text_round_trips_with_any_characters() {
        round_trip("¿Qué es? \u{202e} \"quoted\" \n 🦴".to_owned());
        round_trip(vec![Some(String::new()), None]);
        round_trip(vec![
            Block::Paragraph { p: "OA.".into(), cite: vec!["x".into()], only: vec!["osteoarthritis".into()] },
            Block::List { list: vec!["One.".into()], cite: vec![], only: vec![] },
            Block::Urgent { urgent: vec!["Sign.".into()], cite: vec![], only: vec!["lupus".into(), "ra".into()] },
        ]);
        round_trip(Rule::Not { not: Box::new(Rule::Any { any: vec![Rule::Always { always: false }] }) });
    }

    #[test]
    fn refuses_other_formats_trailing_bytes_and_impossible_values() {
        let packed = encode(&true);
        assert_eq!(decode::<bool>(&packed[1..]), None, "no format tag");
        assert_eq!(decode::<bool>(&[packed.as_slice(), &[0]].concat()), None, "a byte too many");
        assert_eq!(decode::<bool>(&[FORMAT.as_slice(), &[2]].concat()), None, "neither true nor false");
        assert_eq!(decode::<usize>(&[FORMAT.as_slice(), &[0xff; 6]].concat()), None, "a length too long");
        assert_eq!(decode::<String>(&[FORMAT.as_slice(), &[2, 0xc3, 0x28]].concat()), None, "not UTF-8");
    }

    #[test]
    fn a_damaged_count_does_not_reserve_memory_it_cannot_fill() {
        let huge_count = [FORMAT.as_slice(), &[0xff, 0xff, 0xff, 0xff, 0x0f]].concat();
        assert_eq!(decode::<Vec<String>>(&huge_count), None);
    }
}
