//! Reading ease of the Spanish text: the Fernández-Huerta score, with a Spanish syllable counter.
//!
//! The score is `206.84 − 60 × syllables/words − 1.02 × words/sentences` (Fernández Huerta, 1959,
//! read as the correction of Flesch's formula it is: `P` is syllables per 100 words and `F` words
//! per sentence). 60 or more is "normal" or easier; the content keeps every Spanish section there.
//!
//! Words and sentences are counted as for English (see [`crate::readability`]): a sentence ends
//! at `.`, `!` or `?` at the end of a word, or at a newline. Syllables follow Spanish spelling:
//!
//! * Each run of vowels is one syllable, split where two vowels stand in hiatus: two strong
//!   vowels (`a e o`, accented or not, as in `le-er`, `po-e-ta`), or an accented `í`/`ú` next to
//!   any vowel (`dí-a`, `pa-ís`, `re-ú-ne`). A weak vowel (`i u ü`) next to another vowel forms a
//!   diphthong or triphthong (`ciu-dad`, `tra-ta-mien-to`, `buey`).
//! * `u` is silent in `que qui gue gui` (`que`, `guí-a`), but `ü` is said (`pin-güi-no`).
//! * `y` is a vowel alone (`y`) or at the end of a word after a vowel (`muy`, `hoy`, `ley`), and a
//!   consonant elsewhere (`a-yu-da`). `h` is silent but still separates vowels (`a-ho-ra`).
//! * Digits are counted as they are read in Spanish (`480` "cuatrocientos ochenta", 7;
//!   `2023` "dos mil veintitrés", 5; `5.000` "cinco mil"). An abbreviation spelled letter by
//!   letter counts the syllables of each letter's Spanish name (`FDA` "efe de a", 4); the few
//!   said as words (`AINE`, `FARME`, `FAME`, `JAK`, `COFEPRIS`, `ANMAT`, `INVIMA`, `AEMPS`, `EMA`,
//!   `MESEMS`, `MIST`, `NICE`) count as words.

use crate::readability::{abbreviation_syllables, count_text, spoken_syllables, TextStats};

/// The Fernández-Huerta reading ease for these counts; `0.0` when there are no words.
pub fn fernandez_huerta_score(stats: &TextStats) -> f64 {
    if stats.words == 0 {
        return 0.0;
    }
    let words = stats.words as f64;
    206.84 - 60.0 * (stats.syllables as f64 / words) - 1.02 * (words / stats.sentences.max(1) as f64)
}

/// Fernández-Huerta reading ease of Spanish `text` (higher is easier).
pub fn fernandez_huerta(text: &str) -> f64 {
    fernandez_huerta_score(&text_stats(text))
}

/// Counts the words, sentences and Spanish syllables in `text`.
pub fn text_stats(text: &str) -> TextStats {
    count_text(text, &syllables_in_word)
}

const SAID_AS_WORDS: [&str; 14] = [
    "aine", "aines", "farme", "fame", "jak", "cofepris", "anmat", "invima", "mesems", "mist", "nice", "ipdas", "ema",
    "aemps",
];

/// Syllables in each letter's Spanish name: "efe" 2, "be" 1, "doble uve" 3.
fn letter_syllables(letter: char) -> usize {
    match letter {
        'f' | 'h' | 'j' | 'l' | 'm' | 'n' | 'ñ' | 'r' | 's' | 'v' | 'x' | 'z' => 2,
        'w' => 3,
        _ => 1,
    }
}

/// Estimated Spanish syllables in one whitespace-free word, as it is said aloud; at least 1.
pub fn syllables_in_word(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return spoken_syllables(word, &spanish_number_words, &letters_syllables).max(1);
    }
    if let Some(count) = abbreviation_syllables(word, &SAID_AS_WORDS, &letter_syllables) {
        return count;
    }
    letters_syllables(word)
}

fn letters_syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    let total: usize = lower
        .split(|c: char| !c.is_alphabetic())
        .map(|part| syllables_in_letters(&part.chars().collect::<Vec<_>>()))
        .sum();
    total.max(1)
}

fn is_strong(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' | 'à' | 'è' | 'ò')
}

fn is_weak(c: char) -> bool {
    matches!(c, 'i' | 'u' | 'ü' | 'ï')
}

fn syllables_in_letters(letters: &[char]) -> usize {
    if letters.is_empty() {
        return 0;
    }
    let len = letters.len();
    // Which letters are sounded vowels.
    let vowel: Vec<bool> = (0..len)
        .map(|index| {
            let c = letters[index];
            let next = letters.get(index + 1).copied();
            let previous = index.checked_sub(1).map(|p| letters[p]);
            match c {
                // Silent "u" in que, qui, gue, gui.
                'u' if previous == Some('q') => false,
                'u' if previous == Some('g') && matches!(next, Some('e' | 'i' | 'é' | 'í')) => false,
                'y' => len == 1 || (index == len - 1 && previous.is_some_and(|p| is_strong(p) || is_weak(p))),
                _ => is_strong(c) || is_weak(c),
            }
        })
        .collect();
    let mut count = 0;
    for index in 0..len {
        if !vowel[index] {
            continue;
        }
        if index == 0 || !vowel[index - 1] {
            count += 1;
            continue;
        }
        // Two sounded vowels side by side: a new syllable only in hiatus.
        let (before, here) = (letters[index - 1], letters[index]);
        let weak = |c: char| is_weak(c) || c == 'y';
        if !weak(before) && !weak(here) {
            count += 1;
        }
    }
    count.max(1)
}

/// A run of digits as Spanish words: "480" → "cuatrocientos ochenta", "5.000" → "cinco mil",
/// "3,5" → "tres coma cinco".
pub fn spanish_number_words(number: &str) -> String {
    // A separator followed by exactly three digits groups thousands; otherwise it marks decimals.
    let groups_thousands = |text: &str| text.split([',', '.']).skip(1).all(|group| group.len() == 3);
    if !groups_thousands(number) {
        if let Some((whole, fraction)) = number.split_once([',', '.']) {
            return format!("{} coma {}", spanish_number_words(whole), spanish_number_words(fraction));
        }
    }
    let plain: String = number.chars().filter(char::is_ascii_digit).collect();
    match plain.parse::<u64>() {
        Ok(value) => spanish_integer(value),
        Err(_) => plain.chars().map(|d| spanish_integer(u64::from(d as u8 - b'0'))).collect::<Vec<_>>().join(" "),
    }
}

fn spanish_integer(value: u64) -> String {
    const SMALL: [&str; 30] = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    const TENS: [&str; 10] =
        ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
    const HUNDREDS: [&str; 10] = [
        "",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ];
    match value {
        0..=29 => SMALL[value as usize].to_owned(),
        30..=99 => match value % 10 {
            0 => TENS[(value / 10) as usize].to_owned(),
            unit => format!("{} y {}", TENS[(value / 10) as usize], SMALL[unit as usize]),
        },
        100 => "cien".to_owned(),
        101..=999 => match value % 100 {
            0 => HUNDREDS[(value / 100) as usize].to_owned(),
            rest => format!("{} {}", HUNDREDS[(value / 100) as usize], spanish_integer(rest)),
        },
        1_000..=999_999 => {
            let thousands = match value / 1_000 {
                1 => "mil".to_owned(),
                many => format!("{} mil", spanish_integer(many)),
            };
            match value % 1_000 {
                0 => thousands,
                rest => format!("{thousands} {}", spanish_integer(rest)),
            }
        }
        _ => {
            let millions = match value / 1_000_000 {
                1 => "un millón".to_owned(),
                many => format!("{} millones", spanish_integer(many)),
            };
            match value % 1_000_000 {
                0 => millions,
                rest => format!("{millions} {}", spanish_integer(rest)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_spanish_words_have_their_syllables() {
        let cases = [
            ("a", 1),
            ("y", 1),
            ("muy", 1),
            ("hoy", 1),
            ("ley", 1),
            ("ayuda", 3),
            ("que", 1),
            ("guía", 2),
            ("agua", 2),
            ("pingüino", 3),
            ("día", 2),
            ("país", 2),
            ("reúne", 3),
            ("ciudad", 2),
            ("leer", 2),
            ("poeta", 3),
            ("aéreo", 4),
            ("línea", 3),
            ("ahora", 3),
            ("prohibido", 4),
            ("buey", 1),
            ("construir", 2),
            ("médico", 3),
            ("inflamación", 4),
            ("tratamiento", 4),
            ("células", 3),
            ("rodilla", 3),
            ("artritis", 3),
            ("reumatoide", 4),
            ("esteroides", 4),
            ("inyección", 3),
            ("quirúrgica", 4),
            ("seguimiento", 4),
            ("evidencia", 4),
            ("oír", 2),
            ("¿Qué", 1),
            ("riesgos.", 2),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables_in_word(word), expected, "word {word:?}");
        }
    }

    #[test]
    fn numbers_and_abbreviations_are_counted_as_said() {
        assert_eq!(spanish_number_words("480"), "cuatrocientos ochenta");
        assert_eq!(spanish_number_words("2023"), "dos mil veintitrés");
        assert_eq!(spanish_number_words("5.000"), "cinco mil");
        assert_eq!(spanish_number_words("100"), "cien");
        assert_eq!(spanish_number_words("3,5"), "tres coma cinco");
        assert_eq!(syllables_in_word("480"), 7); // cua-tro-cien-tos o-chen-ta
        assert_eq!(syllables_in_word("12"), 2); // do-ce
        assert_eq!(syllables_in_word("FDA"), 4); // e-fe de a
        assert_eq!(syllables_in_word("COFEPRIS"), 3);
        assert_eq!(syllables_in_word("AINE"), 2);
        assert_eq!(syllables_in_word("FARME"), 2); // far-me
        assert_eq!(syllables_in_word("PRP"), 4); // pe e-rre pe
    }

    #[test]
    fn the_score_matches_the_formula_and_rewards_plain_text() {
        let stats = text_stats("Hable con su médico.");
        // ha-ble con su mé-di-co: 4 words, 1 sentence, 7 syllables.
        assert_eq!((stats.words, stats.sentences, stats.syllables), (4, 1, 7));
        let expected = 206.84 - 60.0 * (7.0 / 4.0) - 1.02 * 4.0;
        assert!((fernandez_huerta("Hable con su médico.") - expected).abs() < 1e-9);
        let plain = "Hable con su médico. Lleve la lista de sus medicinas. No deje ninguna por su cuenta.";
        let dense = "La administración intravenosa de células mesenquimales alogénicas expandidas demostró \
                     características inmunomoduladoras heterogéneas en participantes con enfermedad refractaria.";
        assert!(fernandez_huerta(plain) > 60.0, "{}", fernandez_huerta(plain));
        assert!(fernandez_huerta(dense) < 30.0, "{}", fernandez_huerta(dense));
        assert_eq!(fernandez_huerta(""), 0.0);
    }
}
