//! Numbers as a reader sees them, in English and Spanish: "5,000", "5.000" and "5 000" are one
//! number (5000), a decimal comma reads as a point ("1,4" is 1.4), and a number followed by "%",
//! "percent" or "por ciento" is a percentage. Digits glued to letters ("ACR20", "Cx611") are part
//! of a name, not a number. Shared by the check of one-liners and the check of stray numbers.

/// One number found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// As written, for messages ("5,000").
    pub written: String,
    /// Thousands separators removed, a decimal comma made a point ("5000", "1.4").
    pub normal: String,
    pub value: f64,
    /// Followed by "%", "percent" or "por ciento".
    pub percent: bool,
}

impl Number {
    pub fn is_whole(&self) -> bool {
        self.value.fract() == 0.0
    }

    /// A four-digit whole number that reads as a year.
    pub fn is_year(&self) -> bool {
        self.written.len() == 4 && self.is_whole() && (1900.0..2100.0).contains(&self.value)
    }
}

/// Spaces that may separate groups of thousands ("5 000"): a plain, a no-break and a narrow
/// no-break space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Exactly three digits start at `at`, and no fourth follows.
fn three_digits_at(chars: &[char], at: usize) -> bool {
    (at..at + 3).all(|index| chars.get(index).is_some_and(char::is_ascii_digit))
        && !chars.get(at + 3).is_some_and(char::is_ascii_digit)
}

/// Every number in `text`, in order.
pub fn numbers_in(text: &str) -> Vec<Number> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !chars[at].is_ascii_digit() || (at > 0 && chars[at - 1].is_alphanumeric()) {
            at += 1;
            continue;
        }
        let start = at;
        let mut groups = vec![String::new()];
        let mut spaced = false;
        while at < chars.len() {
            let c = chars[at];
            if c.is_ascii_digit() {
                groups.last_mut().expect("one group").push(c);
            } else if matches!(c, ',' | '.') && chars.get(at + 1).is_some_and(char::is_ascii_digit) && !spaced {
                groups.push(String::new());
            } else if is_group_space(c)
                && (spaced || (groups.len() == 1 && groups[0].len() <= 3))
                && three_digits_at(&chars, at + 1)
            {
                spaced = true;
                groups.push(String::new());
            } else {
                break;
            }
            at += 1;
        }
        let written: String = chars[start..at].iter().collect();
        let thousands = groups.len() > 1 && groups[1..].iter().all(|group| group.len() == 3);
        let normal = if thousands || groups.len() == 1 { groups.concat() } else { groups.join(".") };
        let value = normal.parse().unwrap_or(f64::NAN);
        let rest: String = chars[at..].iter().collect::<String>().trim_start_matches(is_group_space).to_lowercase();
        let percent = rest.starts_with('%') || rest.starts_with("percent") || rest.starts_with("por ciento");
        found.push(Number { written, normal, value, percent });
    }
    found
}

/// The normal forms of the numbers in `text` ("5000", "1.4").
pub fn normal_numbers(text: &str) -> Vec<String> {
    numbers_in(text).into_iter().map(|number| number.normal).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normal(text: &str) -> Vec<String> {
        normal_numbers(text)
    }

    #[test]
    fn thousands_separators_of_both_languages_give_one_number() {
        assert_eq!(normal("about 5,000 dollars"), ["5000"]);
        assert_eq!(normal("unos 5.000 dólares"), ["5000"]);
        assert_eq!(normal("unos 5 000 dólares"), ["5000"]);
        assert_eq!(normal("unos 5\u{a0}000 dólares"), ["5000"]);
        assert_eq!(normal("679,010 knee replacements"), ["679010"]);
        assert_eq!(normal("12 000 000"), ["12000000"]);
    }

    #[test]
    fn decimals_read_with_a_point_or_a_comma() {
        assert_eq!(normal("1.4 million"), ["1.4"]);
        assert_eq!(normal("1,4 millones"), ["1.4"]);
        assert_eq!(normal("-2.1 points"), ["2.1"]);
    }

    #[test]
    fn small_numbers_side_by_side_stay_apart() {
        assert_eq!(normal("1 or 2 out of 100"), ["1", "2", "100"]);
        assert_eq!(normal("Of the 18 people, 12 got cells"), ["18", "12"]);
        assert_eq!(normal("in 2 groups of 55"), ["2", "55"]);
        assert_eq!(normal("from 2 to 10 weeks"), ["2", "10"]);
    }

    #[test]
    fn digits_in_names_are_not_numbers() {
        assert_eq!(normal("the ACR20 scale and Cx611 cells"), Vec::<String>::new());
    }

    #[test]
    fn percentages_are_marked() {
        let found = numbers_in("45% and 20 percent, un 20 % y 30 por ciento, but 7 people");
        let percent: Vec<bool> = found.iter().map(|number| number.percent).collect();
        assert_eq!(percent, [true, true, true, true, false]);
        assert!(numbers_in("in 2019").first().is_some_and(Number::is_year));
        assert!(!numbers_in("5,000").first().is_some_and(Number::is_year));
    }
}
