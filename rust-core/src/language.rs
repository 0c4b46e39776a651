//! The two languages of the app's content, and text written in both.
//!
//! All catalogue text exists in Dutch and English (validated when the catalogue loads), so
//! choosing a language never leaves a gap; a caller's locale that is neither falls back to
//! English.

use serde::{Deserialize, Serialize};

/// A language the app's content is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Dutch (also Flemish): the leaflets' language.
    Nl,
    /// English: the fallback for every other locale.
    En,
}

impl Language {
    /// The language for a locale tag such as `nl`, `nl-BE`, `nl_NL.UTF-8` or `en-GB`; any
    /// locale that is not Dutch gets English.
    pub fn from_locale(locale: &str) -> Language {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        if primary.eq_ignore_ascii_case("nl") {
            Language::Nl
        } else {
            Language::En
        }
    }
}

/// Something a user may read, worded in their language: domain errors implement it so the
/// facade can hand every message to the shells in the app's language. For English it returns
/// the same words as `Display`, which logs use.
pub trait Localized {
    fn localized(&self, language: Language) -> String;
}

/// A number as `{}` prints it, with a decimal comma in Dutch (`1,8`) and a decimal point in
/// English (`1.8`).
pub fn decimal(value: f64, language: Language) -> String {
    let text = value.to_string();
    match language {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    /// The text in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }

    /// Whether either language is missing (empty or only white space).
    pub fn has_gap(&self) -> bool {
        self.nl.trim().is_empty() || self.en.trim().is_empty()
    }
}

/// Checks shared by the tests of every error's [`Localized`] implementation.
#[cfg(test)]
pub(crate) mod checks {
    use std::fmt::Display;

    use super::{Language, Localized};

    /// Common English words that give away English in a Dutch text.
    const ENGLISH_WORDS: [&str; 7] = ["the", "is", "not", "cannot", "and", "was", "with"];

    /// The common English words in `text`, matched as whole words in any case (so a text's
    /// first and last word count too).
    pub(crate) fn english_words(text: &str) -> Vec<&'static str> {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        ENGLISH_WORDS
            .into_iter()
            .filter(|english| words.iter().any(|word| word == english))
            .collect()
    }

    /// The numbers in a text written in `language`, sorted, each with a decimal comma.
    pub(crate) fn numbers(text: &str, language: Language) -> Vec<String> {
        let separator = match language {
            Language::Nl => ',',
            Language::En => '.',
        };
        let chars: Vec<char> = text.chars().collect();
        let mut numbers = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            let mut number = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                number.push(chars[i]);
                i += 1;
            }
            let fraction = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if chars.get(i) == Some(&separator) && fraction {
                number.push(',');
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    number.push(chars[i]);
                    i += 1;
                }
            }
            numbers.push(number);
        }
        numbers.sort();
        numbers
    }

    /// Checks one error's texts: the English is its `Display` text, and the Dutch differs
    /// from it but holds the same numbers.
    pub(crate) fn assert_localized<E: Localized + Display>(error: &E) {
        let english = error.localized(Language::En);
        let dutch = error.localized(Language::Nl);
        assert_eq!(english, error.to_string());
        assert_ne!(dutch, english);
        assert_eq!(
            numbers(&dutch, Language::Nl),
            numbers(&english, Language::En),
            "{dutch:?} against {english:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_resolve_with_english_fallback() {
        for dutch in ["nl", "NL", "nl-BE", "nl_NL.UTF-8", "nl@euro"] {
            assert_eq!(Language::from_locale(dutch), Language::Nl, "{dutch}");
        }
        for other in ["en", "en-GB", "fr-BE", "de", "", "n", "nld"] {
            assert_eq!(Language::from_locale(other), Language::En, "{other}");
        }
    }

    #[test]
    fn text_picks_the_language_and_spots_gaps() {
        let text = Text {
            nl: "Hallo".into(),
            en: "Hello".into(),
        };
        assert_eq!(text.get(Language::Nl), "Hallo");
        assert_eq!(text.get(Language::En), "Hello");
        assert!(!text.has_gap());
        assert!(Text {
            nl: " ".into(),
            en: "x".into()
        }
        .has_gap());
    }

    #[test]
    fn decimals_take_a_comma_in_dutch() {
        assert_eq!(decimal(1.8, Language::Nl), "1,8");
        assert_eq!(decimal(1.8, Language::En), "1.8");
        assert_eq!(decimal(-170.0, Language::Nl), "-170");
        assert_eq!(decimal(99.95, Language::Nl), "99,95");
    }

    #[test]
    fn the_checks_spot_english_and_numbers() {
        assert_eq!(checks::english_words("Is it not on?"), ["is", "not"]);
        assert!(checks::english_words("Bluetooth staat uit, thesis").is_empty());
        assert_eq!(
            checks::numbers("from 1.8 m to 18:00, e.g. 0x20.", Language::En),
            ["0", "00", "1,8", "18", "20"]
        );
        assert_eq!(
            checks::numbers("van 1,8 m tot 18:00, bv. 0x20.", Language::Nl),
            ["0", "00", "1,8", "18", "20"]
        );
    }
}
