//! A small map from `String` keys to values: a `Vec` of pairs kept sorted by key, found by binary
//! search. The model's maps hold a few dozen to a few hundred entries, built once and read often;
//! std's `BTreeMap` brought about 19 kB of wasm for them, this brings a fraction of that. The key
//! is always a `String`, so each value type adds only a little monomorphised code.
//!
//! Serialized exactly as `BTreeMap<String, V>` is: a map in key order. Reading accepts keys in
//! any order, and a later duplicate replaces an earlier one, as `BTreeMap` does; so the packed
//! content's bytes and the content files' JSON read the same as before.

use std::fmt;
use std::marker::PhantomData;
use std::ops::Index;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<V>(Vec<(String, V)>);

impl<V> Default for SortedMap<V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V> SortedMap<V> {
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// Where `key` is (`Ok`) or would go (`Err`).
    fn position(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(probe, _)| probe.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.position(key).ok().map(|index| &self.0[index].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.position(key).ok().map(|index| &mut self.0[index].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_ok()
    }

    /// Sets `key` to `value`, returning the value it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.position(&key) {
            Ok(index) => Some(std::mem::replace(&mut self.0[index].1, value)),
            Err(index) => {
                self.0.insert(index, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.position(key).ok().map(|index| self.0.remove(index).1)
    }

    /// The value for `key`, first inserting `V::default()` if there is none.
    pub fn get_or_default(&mut self, key: &str) -> &mut V
    where
        V: Default,
    {
        let index = match self.position(key) {
            Ok(index) => index,
            Err(index) => {
                self.0.insert(index, (key.to_owned(), V::default()));
                index
            }
        };
        &mut self.0[index].1
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.0.iter())
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_str())
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, value)| value)
    }
}

/// The entries of a [`SortedMap`] in key order.
pub struct Iter<'a, V>(std::slice::Iter<'a, (String, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a str, &'a V);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (key.as_str(), value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<V> ExactSizeIterator for Iter<'_, V> {}

impl<'a, V> IntoIterator for &'a SortedMap<V> {
    type Item = (&'a str, &'a V);
    type IntoIter = Iter<'a, V>;

    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

/// Later duplicates replace earlier ones, as in `BTreeMap`.
impl<V> FromIterator<(String, V)> for SortedMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = Self::new();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

impl<V, const N: usize> From<[(String, V); N]> for SortedMap<V> {
    fn from(entries: [(String, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

/// `map["key"]`, panicking if the key is absent (as `BTreeMap` does): for tests and checked keys.
impl<V, K: AsRef<str> + ?Sized> Index<&K> for SortedMap<V> {
    type Output = V;

    fn index(&self, key: &K) -> &V {
        let key = key.as_ref();
        self.get(key).unwrap_or_else(|| panic!("no entry for {key:?}"))
    }
}

impl<V: fmt::Debug> fmt::Debug for SortedMap<V> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_map().entries(self.iter()).finish()
    }
}

impl<V: Serialize> Serialize for SortedMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for SortedMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = SortedMap<V>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a map")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<SortedMap<V>, A::Error> {
                let mut map = SortedMap::new();
                while let Some((key, value)) = access.next_entry::<String, V>()? {
                    map.insert(key, value);
                }
                Ok(map)
            }
        }

        deserializer.deserialize_map(MapVisitor(PhantomData))
    }
}

// serde_json is a native-only dev-dependency (Cargo.toml), so these tests are too.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn pairs(entries: &[(&str, u32)]) -> Vec<(String, u32)> {
        entries.iter().map(|(key, value)| ((*key).to_owned(), *value)).collect()
    }

    const MIXED: &[(&str, u32)] = &[("pear", 1), ("apple", 2), ("fig", 3), ("Zebra", 4), ("apple", 5), ("", 6)];

    #[test]
    fn iterates_in_key_order_like_a_btree_map() {
        let map: SortedMap<u32> = pairs(MIXED).into_iter().collect();
        let btree: BTreeMap<String, u32> = pairs(MIXED).into_iter().collect();
        let ours: Vec<(&str, u32)> = map.iter().map(|(key, value)| (key, *value)).collect();
        let theirs: Vec<(&str, u32)> = btree.iter().map(|(key, value)| (key.as_str(), *value)).collect();
        assert_eq!(ours, theirs);
        assert_eq!(ours, [("", 6), ("Zebra", 4), ("apple", 5), ("fig", 3), ("pear", 1)]);
        assert_eq!(map.keys().collect::<Vec<_>>(), ["", "Zebra", "apple", "fig", "pear"]);
        assert_eq!(map.values().copied().collect::<Vec<_>>(), [6, 4, 5, 3, 1]);
        assert_eq!(map.len(), 5);
        assert_eq!(format!("{map:?}"), format!("{btree:?}"));
    }

    #[test]
    fn inserting_a_present_key_replaces_its_value() {
        let mut map = SortedMap::new();
        assert_eq!(map.insert("b".to_owned(), 1), None);
        assert_eq!(map.insert("a".to_owned(), 2), None);
        assert_eq!(map.insert("b".to_owned(), 3), Some(1));
        assert_eq!(map.len(), 2);
        assert_eq!(map.get("b"), Some(&3));
        assert_eq!(map["a"], 2);
        assert_eq!(map[&"a".to_owned()], 2);
        *map.get_mut("a").unwrap() += 10;
        *map.get_or_default("a") += 1;
        *map.get_or_default("c") += 1;
        assert_eq!(map, SortedMap::from([("a".to_owned(), 13), ("b".to_owned(), 3), ("c".to_owned(), 1)]));
    }

    #[test]
    fn removing_takes_the_entry_out() {
        let mut map: SortedMap<u32> = pairs(&[("a", 1), ("b", 2), ("c", 3)]).into_iter().collect();
        assert_eq!(map.remove("b"), Some(2));
        assert_eq!(map.remove("b"), None);
        assert!(!map.contains_key("b"));
        assert!(map.contains_key("a") && map.contains_key("c"));
        assert_eq!(map.keys().collect::<Vec<_>>(), ["a", "c"]);
        map.remove("a");
        map.remove("c");
        assert!(map.is_empty());
        assert_eq!(map, SortedMap::default());
    }

    #[test]
    fn written_exactly_as_a_btree_map_in_json_and_postcard() {
        let map: SortedMap<Vec<String>> =
            pairs(MIXED).into_iter().map(|(key, value)| (key, vec![value.to_string(); value as usize % 3])).collect();
        let btree: BTreeMap<String, Vec<String>> =
            map.iter().map(|(key, value)| (key.to_owned(), value.clone())).collect();

        let json = serde_json::to_string(&map).unwrap();
        assert_eq!(json, serde_json::to_string(&btree).unwrap());
        assert_eq!(serde_json::from_str::<SortedMap<Vec<String>>>(&json).unwrap(), map);

        let bytes = postcard::to_allocvec(&map).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&btree).unwrap());
        assert_eq!(postcard::from_bytes::<SortedMap<Vec<String>>>(&bytes).unwrap(), map);

        let empty = SortedMap::<u32>::new();
        assert_eq!(
            postcard::to_allocvec(&empty).unwrap(),
            postcard::to_allocvec(&BTreeMap::<String, u32>::new()).unwrap()
        );
        assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
    }

    #[test]
    fn reads_keys_in_any_order_and_a_later_duplicate_wins_like_a_btree_map() {
        let json = r#"{"pear": 1, "apple": 2, "fig": 3, "apple": 5}"#;
        let map: SortedMap<u32> = serde_json::from_str(json).unwrap();
        let btree: BTreeMap<String, u32> = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&map).unwrap(), serde_json::to_string(&btree).unwrap());
        assert_eq!(map["apple"], 5);
        assert!(serde_json::from_str::<SortedMap<u32>>("[1, 2]").is_err());
        assert!(serde_json::from_str::<SortedMap<u32>>(r#"{"a": "one"}"#).is_err());
    }
}
