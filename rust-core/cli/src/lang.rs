//! The language of the tool's own words (prompts, headings, key hints, command-line errors).
//! The core words everything else; once a database is open, its profile's language wins, so
//! the tool's words always match the core's.

use clap::ValueEnum;
use kernkracht::api::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// `--lang` as typed on the command line (`--lang nl`, `--lang=nl`), else the
    /// environment's locale; read before clap parses, so clap's errors can be worded too.
    pub fn from_args_or_env() -> Lang {
        let args: Vec<String> = std::env::args().collect();
        let given = args.iter().enumerate().find_map(|(i, arg)| {
            arg.strip_prefix("--lang=").map(str::to_owned).or_else(|| {
                (arg == "--lang")
                    .then(|| args.get(i + 1).cloned())
                    .flatten()
            })
        });
        match given.as_deref() {
            Some("nl") => Lang::Nl,
            Some("en") => Lang::En,
            _ => Lang::from_env(),
        }
    }

    /// Dutch when the environment's locale is Dutch (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// English otherwise.
    pub fn from_env() -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        Lang::of(Language::from_locale(&locale))
    }

    pub fn of(language: Language) -> Lang {
        match language {
            Language::Nl => Lang::Nl,
            Language::En => Lang::En,
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

    /// A number rounded to at most two decimals, as this language writes it: `167.9` in
    /// English, `167,9` in Dutch.
    pub fn number(self, value: f64) -> String {
        let text = ((value * 100.0).round() / 100.0 + 0.0).to_string();
        match self {
            Lang::Nl => text.replace('.', ","),
            Lang::En => text,
        }
    }
}
