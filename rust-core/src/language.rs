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
}
