//! Reading-level check for the patient-facing text (Flesch–Kincaid grade).
//!
//! The grade is `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
//!
//! How the parts are counted:
//!
//! * **Words.** Text is split on whitespace. A piece counts as a word if it holds at least one
//!   letter or digit, so a lone dash or bullet is not a word. Hyphenated or slashed pieces such as
//!   `long-term` or `and/or` are one word.
//! * **Sentences.** A sentence ends at a word whose last character is `.`, `!`, `?`, `:` or `;`
//!   (closing quotes and brackets after it are ignored, so `(FDA).` and `"no."` both end one).
//!   A newline also ends a sentence, so each paragraph, list item or key point joined by `"\n"`
//!   counts as at least one sentence. Punctuation inside a word, as in `3.5` or `20/200`, does not
//!   end a sentence. A stretch with no words is not a sentence.
//! * **Syllables.** A word holding any digit (`480`, `20/200`, `$5,000`, `12-month`) is one
//!   syllable. Otherwise only its letters count, part by part where a hyphen, slash or other mark
//!   splits it. In each part, each run of vowels (`a e i o u`, accented vowels, and `y` after the
//!   first letter) is one syllable. A silent final `e` is dropped (`make`), but not after a
//!   consonant plus `l` (`table`); a final `es` or `ed` is dropped when it is normally silent
//!   (`makes`, `used`, but not `uses`, `wanted`). The vowel pairs `ia`, `iu`, `ua`, `io` (except
//!   in `-tion`, `-sion`, `-cious`, `-xious`) and `eo` (except after `g` or before `p`, as in
//!   `surgeon`, `people`) count as two (`trial`, `usual`, `biologic`, `video`). Every word has
//!   at least one syllable. Abbreviations are counted the same way (`FDA` is one syllable), so
//!   text that uses many of them reads a little easier here than it would aloud.
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
    let mut stats = TextStats::default();
    for line in text.split('\n') {
        // Words seen since the last sentence end on this line.
        let mut open_words = 0usize;
        for token in line.split_whitespace() {
            if is_word(token) {
                stats.words += 1;
                stats.syllables += syllables_in_word(token);
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

/// Estimated syllables in one whitespace-free word; at least 1.
pub fn syllables_in_word(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 1;
    }
    let lower = word.to_lowercase();
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
const SENTENCE_ENDS: [char; 5] = ['.', '!', '?', ':', ';'];

fn ends_sentence(token: &str) -> bool {
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
        assert_eq!(text_stats("One. Two! Three? Four: five; six").sentences, 6);
        assert_eq!(text_stats("First item\nSecond item\n\nThird").sentences, 3);
        // A mark inside a word, or after closing punctuation, is handled.
        let inside = "It cost 3.5 times more (FDA). Then it stopped.";
        assert_eq!(text_stats(inside).sentences, 2);
        assert_eq!(text_stats("She said \"no.\" He agreed").sentences, 2);
        // A stray mark with no word before it is not a sentence.
        assert_eq!(text_stats(". . Word").sentences, 1);
    }

    #[test]
    fn numbers_are_one_word_of_one_syllable() {
        let stats = text_stats("Vision was 20/200 in 480 people, costing $5,000.");
        assert_eq!(stats.words, 8);
        assert_eq!(syllables_in_word("20/200"), 1);
        assert_eq!(syllables_in_word("$5,000"), 1);
        assert_eq!(syllables_in_word("1,000"), 1);
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
            ("MSCs", 1),
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
