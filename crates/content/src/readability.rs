//! Reading-level check for the patient-facing text (Flesch–Kincaid grade).
//!
//! The grade is `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
//!
//! How the parts are counted:
//!
//! * **Words.** Text is split on whitespace. A piece counts as a word if it holds at least one
//!   letter or digit, so a lone dash or bullet is not a word. Hyphenated or slashed pieces such as
//!   `long-term` or `and/or` are one word.
//! * **Sentences.** A sentence ends at a word whose last character is `.`, `!` or `?` (closing
//!   quotes and brackets after it are ignored, so `(FDA).` and `"no."` both end one). A colon or
//!   semicolon does not end a sentence. A newline also ends one, because a title, a sub-heading,
//!   each list item and each key point stand apart on screen, and the text is joined with `"\n"`
//!   between them. Punctuation inside a word, as in `3.5` or `20/200`, does not end a sentence.
//!   A stretch with no words is not a sentence.
//! * **Syllables, as the word is said aloud.** A word holding digits is counted as it is read:
//!   `480` as "four hundred eighty" (5), `2019` as "twenty nineteen" (4), `$5,000` as "five
//!   thousand dollars" (5), `3.5` as "three point five", `20/200` as "twenty two hundred",
//!   `12-month` as "twelve month". An abbreviation (two or more capitals making up at least half
//!   its letters, as in `FDA`, `MSCs`, `aHSCT`) is spelled letter by letter, one syllable a letter
//!   (`W` three), a plural `s` adding none; the few said as words (`NSAID`, `DMARD`, `JAK`,
//!   `MESEMS`, `MIST`, `NICE`, `COFEPRIS`, `ANMAT`, `INVIMA`) are counted as words. Other words
//!   count only their letters, part by part where a hyphen, slash or other mark splits them. In
//!   each part, each run of vowels (`a e i o u`, accented vowels, and `y` after the first
//!   letter) is one syllable. A silent final `e` is dropped (`make`), but not after a consonant
//!   plus `l` (`table`); a final `es` or `ed` is dropped when it is normally silent (`makes`,
//!   `used`, but not `uses`, `wanted`). The vowel pairs `ia`, `iu`, `ua`, `io` (except in
//!   `-tion`, `-sion`, `-cious`, `-xious`) and `eo` (except after `g` or before `p`, as in
//!   `surgeon`, `people`) count as two (`trial`, `usual`, `biologic`, `video`). Every word has at
//!   least one syllable.
//!
//! Empty text, or text with no words, has grade `0.0`.

/// Counts behind a Flesch–Kincaid grade.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl TextStats {
    /// The Flesch–Kincaid grade for these counts; `0.0` when there are no words.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        let sentences = self.sentences.max(1) as f64;
        let syllables = self.syllables as f64;
        0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
    }
}

/// Flesch–Kincaid grade level of `text`. See the module documentation for how it counts.
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    text_stats(text).grade()
}

/// Counts the words, sentences and syllables in `text`.
pub fn text_stats(text: &str) -> TextStats {
    count_text(text, &syllables_in_word)
}

/// Counts words, sentences (see the module documentation) and syllables, the last by `syllables`.
pub(crate) fn count_text(text: &str, syllables: &dyn Fn(&str) -> usize) -> TextStats {
    let mut stats = TextStats::default();
    for line in text.split('\n') {
        // Words seen since the last sentence end on this line.
        let mut open_words = 0usize;
        for token in line.split_whitespace() {
            if is_word(token) {
                stats.words += 1;
                stats.syllables += syllables(token);
                open_words += 1;
            }
            if open_words > 0 && ends_sentence(token) {
                stats.sentences += 1;
                open_words = 0;
            }
        }
        if open_words > 0 {
            stats.sentences += 1;
        }
    }
    stats
}

/// Abbreviations said as words, not letter by letter.
const SAID_AS_WORDS: [&str; 13] = [
    "nsaid", "nsaids", "dmard", "dmards", "jak", "mesems", "mist", "nice", "cofepris", "anmat", "invima", "ipdas",
    "aids",
];

/// Estimated syllables in one whitespace-free word, as it is said aloud; at least 1.
pub fn syllables_in_word(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return spoken_syllables(word, &english_number_words, &|part| letters_syllables(part)).max(1);
    }
    if let Some(count) = abbreviation_syllables(word, &SAID_AS_WORDS, &|letter| if letter == 'w' { 3 } else { 1 }) {
        return count;
    }
    letters_syllables(word)
}

/// Syllables of an abbreviation spelled letter by letter, or `None` if `word` is not one (or is
/// one of `said_as_words`). Shared with the Spanish scorer, which names its letters differently.
pub(crate) fn abbreviation_syllables(
    word: &str,
    said_as_words: &[&str],
    letter_syllables: &dyn Fn(char) -> usize,
) -> Option<usize> {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
    if capitals < 2 || capitals * 2 < letters.len() {
        return None;
    }
    let lower: String = letters.iter().flat_map(|c| c.to_lowercase()).collect();
    if said_as_words.contains(&lower.as_str()) {
        return None;
    }
    // A lowercase plural "s" after a capital ("MSCs") is not said as a letter.
    let spelled = match letters.as_slice() {
        [.., before, 's'] if before.is_uppercase() => &letters[..letters.len() - 1],
        _ => &letters[..],
    };
    Some(spelled.iter().flat_map(|c| c.to_lowercase()).map(letter_syllables).sum::<usize>().max(1))
}

/// Syllables of a word holding digits, read aloud: each run of digits (with `,` or `.` between
/// digit groups) is spelled in words by `number_words` and counted by `count_words`, as are the
/// letters around it; `$` and `%` add "dollars" and "percent".
pub(crate) fn spoken_syllables(
    word: &str,
    number_words: &dyn Fn(&str) -> String,
    count_words: &dyn Fn(&str) -> usize,
) -> usize {
    let mut total = 0;
    let chars: Vec<char> = word.chars().collect();
    let mut index = 0;
    let mut letters = String::new();
    let flush = |letters: &mut String, total: &mut usize| {
        if letters.chars().any(char::is_alphabetic) {
            *total += count_words(letters);
        }
        letters.clear();
    };
    while index < chars.len() {
        let c = chars[index];
        if c.is_ascii_digit() {
            flush(&mut letters, &mut total);
            let start = index;
            while index < chars.len()
                && (chars[index].is_ascii_digit()
                    || (matches!(chars[index], ',' | '.')
                        && chars.get(index + 1).is_some_and(char::is_ascii_digit)
                        && index > start))
            {
                index += 1;
            }
            let number: String = chars[start..index].iter().collect();
            total += number_words(&number).split_whitespace().map(count_words).sum::<usize>();
            continue;
        }
        match c {
            '$' => total += count_words("dollars"),
            '%' => total += count_words("percent"),
            _ if c.is_alphabetic() || c == '\'' || c == '\u{2019}' => letters.push(c),
            _ => flush(&mut letters, &mut total),
        }
        index += 1;
    }
    flush(&mut letters, &mut total);
    total
}

/// A run of digits as English words: "480" → "four hundred eighty", "2019" → "twenty nineteen",
/// "5,000" → "five thousand", "3.5" → "three point five".
pub fn english_number_words(number: &str) -> String {
    if let Some((whole, fraction)) = number.split_once('.').filter(|(_, f)| f.len() != 3) {
        let digits: Vec<String> = fraction.chars().map(|d| english_number_words(&d.to_string())).collect();
        return format!("{} point {}", english_number_words(whole), digits.join(" "));
    }
    let plain = number.replace([',', '.'], "");
    let Ok(value) = plain.parse::<u64>() else {
        return plain.chars().map(|d| english_number_words(&d.to_string())).collect::<Vec<_>>().join(" ");
    };
    // Years are read in pairs: "twenty nineteen", "nineteen ninety".
    if plain.len() == 4
        && !number.contains(',')
        && (1900..2100).contains(&value)
        && value % 100 != 0
        && !(2000..2010).contains(&value)
    {
        return format!("{} {}", english_integer(value / 100), english_integer(value % 100));
    }
    english_integer(value)
}

fn english_integer(value: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    match value {
        0..=19 => SMALL[value as usize].to_owned(),
        20..=99 => match value % 10 {
            0 => TENS[(value / 10) as usize].to_owned(),
            unit => format!("{} {}", TENS[(value / 10) as usize], SMALL[unit as usize]),
        },
        _ => {
            let (scale, name) = match value {
                100..=999 => (100, "hundred"),
                1_000..=999_999 => (1_000, "thousand"),
                1_000_000..=999_999_999 => (1_000_000, "million"),
                _ => (1_000_000_000, "billion"),
            };
            match value % scale {
                0 => format!("{} {name}", english_integer(value / scale)),
                rest => format!("{} {name} {}", english_integer(value / scale), english_integer(rest)),
            }
        }
    }
}

/// Words the letter rules miscount, with their syllables as said: number words the rules cannot
/// know ("hun-dred", "nine-teen") and abbreviations said as words ("en-saids").
const KNOWN_WORDS: [(&str, usize); 8] = [
    ("hundred", 2),
    ("hundreds", 2),
    ("nineteen", 2),
    ("ninety", 2),
    ("nsaid", 2),
    ("nsaids", 2),
    ("dmard", 2),
    ("dmards", 2),
];

/// Syllables of a word by its letters alone (see the module documentation).
fn letters_syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphabetic());
    if let Some((_, count)) = KNOWN_WORDS.iter().find(|(known, _)| *known == bare) {
        return *count;
    }
    // Apostrophes join a word ("don't", "doctor's"); any other mark splits it into parts.
    let total: usize = lower
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}')
        .map(|part| {
            let letters: Vec<char> = part.chars().filter(|c| c.is_alphabetic()).collect();
            syllables_in_letters(&letters)
        })
        .sum();
    total.max(1)
}

fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// Closing quotes and brackets that may follow a sentence-ending mark.
const CLOSERS: [char; 8] = [')', ']', '}', '"', '\'', '\u{201D}', '\u{2019}', '\u{BB}'];

/// Marks that end a sentence when they end a word.
const SENTENCE_ENDS: [char; 3] = ['.', '!', '?'];

pub(crate) fn ends_sentence(token: &str) -> bool {
    token.trim_end_matches(CLOSERS).ends_with(SENTENCE_ENDS)
}

fn is_vowel(letters: &[char], index: usize) -> bool {
    match letters.get(index) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => true,
        // "y" is a consonant at the start of a word ("you") and a vowel elsewhere ("type").
        Some('y') => index > 0,
        // Accented letters ("é" in "Álvaro") count as vowels.
        Some(c) => !c.is_ascii() && "áàâäéèêëíìîïóòôöúùûü".contains(*c),
        None => false,
    }
}

/// Syllables in a run of lowercase letters (no marks); 0 for an empty run.
fn syllables_in_letters(letters: &[char]) -> usize {
    let len = letters.len();
    if len == 0 {
        return 0;
    }
    let mut count = 0usize;
    let mut previous_vowel = false;
    for index in 0..len {
        let vowel = is_vowel(letters, index);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }

    // Vowel pairs that are usually said as two syllables.
    for index in 1..len {
        let pair = (letters[index - 1], letters[index]);
        let before = index.checked_sub(2).map(|earlier| letters[earlier]);
        let splits = match pair {
            ('i', 'a' | 'u') | ('u', 'a') => before != Some('q'),
            ('i', 'o') => !matches!(before, Some('t' | 's' | 'c' | 'x')),
            // "osteo", "video", but not "people" or "surgeon".
            ('e', 'o') => before != Some('g') && letters.get(index + 1) != Some(&'p'),
            _ => false,
        };
        if splits {
            count += 1;
        }
    }

    // Silent endings, only when the word would keep at least one syllable.
    if count > 1 && has_silent_ending(letters) {
        count -= 1;
    }
    count.max(1)
}

/// Whether a word ends in a silent `e`, `es` or `ed` (see the module documentation).
fn has_silent_ending(letters: &[char]) -> bool {
    let len = letters.len();
    if len < 3 {
        return false;
    }
    let consonant_at = |index: usize| !is_vowel(letters, index);
    let (third_last, second_last, last) = (letters[len - 3], letters[len - 2], letters[len - 1]);
    match (second_last, last) {
        // "-ed": silent after a consonant other than t or d ("used", "helped"; not "wanted").
        ('e', 'd') => len > 3 && consonant_at(len - 3) && !matches!(third_last, 't' | 'd'),
        // "-es": silent unless the ending is said ("makes"; not "uses", "boxes", "changes").
        ('e', 's') => {
            let sibilant = matches!(third_last, 's' | 'x' | 'z' | 'c' | 'g')
                || (third_last == 'h' && len > 4 && matches!(letters[len - 4], 'c' | 's'));
            len > 3 && consonant_at(len - 3) && !sibilant
        }
        // Final "e" after a consonant ("make"), except consonant + "le" ("table").
        (_, 'e') => {
            let consonant_le = second_last == 'l' && consonant_at(len - 3);
            consonant_at(len - 2) && !consonant_le
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_wordless_text_score_zero() {
        assert_eq!(flesch_kincaid_grade(""), 0.0);
        assert_eq!(flesch_kincaid_grade("   \n\n  "), 0.0);
        assert_eq!(flesch_kincaid_grade("— … !"), 0.0);
        assert_eq!(text_stats("").sentences, 0);
    }

    #[test]
    fn simple_sentence_scores_low() {
        let grade = flesch_kincaid_grade("The cat sat on the mat. It was a good day.");
        assert!(grade < 2.0, "grade was {grade}");
    }

    #[test]
    fn long_polysyllabic_sentence_scores_high() {
        let text = "Intravenous administration of expanded allogeneic adipose-derived \
                    mesenchymal stromal cells demonstrated inconsistent immunomodulatory \
                    effectiveness in individuals with treatment-refractory rheumatoid arthritis \
                    participating in multicentre randomised investigations";
        let grade = flesch_kincaid_grade(text);
        assert!(grade > 16.0, "grade was {grade}");
    }

    #[test]
    fn sentences_end_at_marks_and_newlines() {
        assert_eq!(text_stats("One. Two! Three? Four: five; six").sentences, 4);
        assert_eq!(text_stats("First item\nSecond item\n\nThird").sentences, 3);
        // A mark inside a word, or after closing punctuation, is handled.
        let inside = "It cost 3.5 times more (FDA). Then it stopped.";
        assert_eq!(text_stats(inside).sentences, 2);
        assert_eq!(text_stats("She said \"no.\" He agreed").sentences, 2);
        // A stray mark with no word before it is not a sentence.
        assert_eq!(text_stats(". . Word").sentences, 1);
    }

    #[test]
    fn numbers_are_one_word_counted_as_said() {
        let stats = text_stats("Vision was 20/200 in 480 people, costing $5,000.");
        assert_eq!(stats.words, 8);
        // twen-ty two hun-dred; four hun-dred eigh-ty; five thou-sand dol-lars; one thou-sand.
        assert_eq!(syllables_in_word("20/200"), 5);
        assert_eq!(syllables_in_word("480"), 5);
        assert_eq!(syllables_in_word("$5,000"), 5);
        assert_eq!(syllables_in_word("1,000"), 3);
        // twen-ty nine-teen; two thou-sand five; twelve month; three point five; twen-ty per-cent.
        assert_eq!(syllables_in_word("2019"), 4);
        assert_eq!(syllables_in_word("2005"), 4);
        assert_eq!(syllables_in_word("12-month"), 2);
        assert_eq!(syllables_in_word("3.5"), 3);
        assert_eq!(syllables_in_word("20%"), 4);
        assert_eq!(english_number_words("110"), "one hundred ten");
    }

    #[test]
    fn abbreviations_are_spelled_unless_said_as_words() {
        assert_eq!(syllables_in_word("FDA"), 3);
        assert_eq!(syllables_in_word("MSCs"), 3);
        assert_eq!(syllables_in_word("aHSCT"), 5);
        assert_eq!(syllables_in_word("(FDA)."), 3);
        assert_eq!(syllables_in_word("WHO"), 5);
        assert_eq!(syllables_in_word("NSAIDs"), 2);
        assert_eq!(syllables_in_word("JAK"), 1);
        // Ordinary capitalised words are not abbreviations.
        assert_eq!(syllables_in_word("MedWatch"), 2);
        assert_eq!(syllables_in_word("I"), 1);
    }

    #[test]
    fn syllable_heuristic_handles_common_words() {
        let cases = [
            ("the", 1),
            ("you", 1),
            ("make", 1),
            ("makes", 1),
            ("used", 1),
            ("uses", 2),
            ("wanted", 2),
            ("table", 2),
            ("people", 2),
            ("medicine", 3),
            ("trial", 2),
            ("usual", 3),
            ("action", 2),
            ("biologic", 4),
            ("injection", 3),
            ("doctor's", 2),
            ("MSCs", 3),
            ("long-term", 2),
            ("rheumatoid", 3),
            ("osteoarthritis", 5),
            ("video", 3),
            ("surgeon", 2),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables_in_word(word), expected, "word {word:?}");
        }
    }

    #[test]
    fn every_word_has_at_least_one_syllable() {
        for word in ["a", "b", "rhythm", "'", "-", "x-y"] {
            assert!(syllables_in_word(word) >= 1, "word {word:?}");
        }
    }

    #[test]
    fn grade_matches_the_formula() {
        // 4 words, 1 sentence, 5 syllables (talk, to, your, doc-tor).
        let stats = text_stats("Talk to your doctor.");
        assert_eq!((stats.words, stats.sentences, stats.syllables), (4, 1, 5));
        let expected = 0.39 * 4.0 + 11.8 * (5.0 / 4.0) - 15.59;
        assert!((flesch_kincaid_grade("Talk to your doctor.") - expected).abs() < 1e-9);
    }

    #[test]
    fn shorter_sentences_lower_the_grade() {
        let one = "You should talk with your own doctor about every medicine you take and \
                   about every treatment that a clinic offers you before you decide anything.";
        let split = "Talk with your own doctor. Tell them every medicine you take. Ask about \
                     each treatment a clinic offers. Then decide.";
        assert!(flesch_kincaid_grade(split) < flesch_kincaid_grade(one));
    }
}
