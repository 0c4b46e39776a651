//! The language of the tool's own words (the core's catalogue text is bilingual itself).

use clap::ValueEnum;
use kernkracht::language::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// Dutch when the environment's locale is Dutch (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// English otherwise.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        if locale.starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    /// The core's language for this one.
    pub fn language(self) -> Language {
        match self {
            Lang::Nl => Language::Nl,
            Lang::En => Language::En,
        }
    }

    /// The locale tag the core understands.
    pub fn locale(self) -> &'static str {
        self.pick("nl", "en")
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// A number as this language writes it: `167.9` in English, `167,9` in Dutch.
    pub fn number(self, value: f64) -> String {
        let text = value.to_string();
        match self {
            Lang::Nl => text.replace('.', ","),
            Lang::En => text,
        }
    }
}
