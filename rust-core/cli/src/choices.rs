//! Typed words to the options a screen listed: a word is taken when it is an option's label
//! (in Dutch or English), its key name (`sport_performance`), or the start of exactly one
//! option's names (`herstel`, `sport`), in any case. A refusal lists the valid values in the
//! user's language. A time of day is read as `HH:MM`.

use serde::Serialize;

use crate::lang::Lang;

/// The options for one question.
#[derive(Debug, Clone)]
pub struct Choices<T> {
    options: Vec<Choice<T>>,
}

#[derive(Debug, Clone)]
struct Choice<T> {
    value: T,
    /// In the user's language, as listed on a refusal.
    label: String,
    /// Every name that selects it, normalised.
    names: Vec<String>,
}

impl<T: Copy + PartialEq + Serialize> Choices<T> {
    /// Options from `(value, label)` pairs: first the labels in the user's language (listed
    /// on a refusal), then those in the other language; a value's key name is added.
    pub fn new(labels: impl IntoIterator<Item = (T, String)>) -> Choices<T> {
        let mut options: Vec<Choice<T>> = Vec::new();
        for (value, label) in labels {
            match options.iter_mut().find(|o| o.value == value) {
                Some(option) => option.names.push(normal(&label)),
                None => {
                    let mut names = vec![normal(&label)];
                    if let Ok(serde_json::Value::String(key)) = serde_json::to_value(value) {
                        names.push(normal(&key));
                    }
                    options.push(Choice {
                        value,
                        label,
                        names,
                    });
                }
            }
        }
        Choices { options }
    }

    /// The option `text` names, or a refusal that lists the valid values.
    pub fn pick(&self, text: &str, lang: Lang) -> Result<T, String> {
        let typed = normal(text);
        let exact = self.options.iter().find(|o| o.names.contains(&typed));
        let starts: Vec<&Choice<T>> = self
            .options
            .iter()
            .filter(|o| !typed.is_empty() && o.names.iter().any(|n| n.starts_with(&typed)))
            .collect();
        match (exact, starts.as_slice()) {
            (Some(option), _) | (None, &[option]) => Ok(option.value),
            _ => Err(self.refusal(text, lang)),
        }
    }

    /// The options named in a comma-separated list, each once, in the order typed.
    pub fn pick_list(&self, text: &str, lang: Lang) -> Result<Vec<T>, String> {
        let mut picked = Vec::new();
        for word in text.split(',').filter(|w| !w.trim().is_empty()) {
            let value = self.pick(word, lang)?;
            if !picked.contains(&value) {
                picked.push(value);
            }
        }
        Ok(picked)
    }

    /// The labels in the user's language, comma-separated.
    pub fn listed(&self) -> String {
        let labels: Vec<&str> = self.options.iter().map(|o| o.label.as_str()).collect();
        labels.join(", ")
    }

    /// The label of a value, in the user's language.
    pub fn label(&self, value: T) -> &str {
        self.options
            .iter()
            .find(|o| o.value == value)
            .map_or("", |o| o.label.as_str())
    }

    fn refusal(&self, text: &str, lang: Lang) -> String {
        match lang {
            Lang::Nl => format!("'{}' ken ik niet; kies uit: {}", text.trim(), self.listed()),
            Lang::En => format!(
                "'{}' is not one of the choices: {}",
                text.trim(),
                self.listed()
            ),
        }
    }
}

/// Yes or no, in either language; listed in the user's.
pub fn yes_no(lang: Lang) -> Choices<bool> {
    let (yes, no) = (lang.pick("ja", "yes"), lang.pick("nee", "no"));
    Choices::new([
        (true, yes.to_owned()),
        (false, no.to_owned()),
        (true, "ja".to_owned()),
        (true, "yes".to_owned()),
        (false, "nee".to_owned()),
        (false, "no".to_owned()),
    ])
}

/// `HH:MM` as two numbers; whether they make a time of day is the core's to say.
pub fn clock_time(text: &str, lang: Lang) -> Result<(u8, u8), String> {
    text.trim()
        .split_once(':')
        .and_then(|(h, m)| Some((h.parse().ok()?, m.parse().ok()?)))
        .ok_or_else(|| match lang {
            Lang::Nl => format!(
                "'{}' is geen tijdstip: schrijf UU:MM, bv. 18:00",
                text.trim()
            ),
            Lang::En => format!(
                "'{}' is not a time of day: write HH:MM, e.g. 18:00",
                text.trim()
            ),
        })
}

/// Lower case, with `_` and `-` as spaces and runs of spaces as one.
fn normal(text: &str) -> String {
    let spaced = text.trim().to_lowercase().replace(['_', '-'], " ");
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Goal {
        Recovery,
        SportPerformance,
    }

    fn goals() -> Choices<Goal> {
        Choices::new([
            (Goal::Recovery, "Herstellen van rugklachten".to_owned()),
            (
                Goal::SportPerformance,
                "Beter presteren in je sport".to_owned(),
            ),
            (Goal::Recovery, "Recovering from back pain".to_owned()),
            (
                Goal::SportPerformance,
                "Performing better at sport".to_owned(),
            ),
        ])
    }

    #[test]
    fn labels_keys_and_unique_beginnings_are_taken() {
        let goals = goals();
        for (typed, goal) in [
            ("herstel", Goal::Recovery),
            ("RECOVERY", Goal::Recovery),
            ("sport_performance", Goal::SportPerformance),
            ("sport", Goal::SportPerformance),
            ("  beter presteren in je sport ", Goal::SportPerformance),
        ] {
            assert_eq!(goals.pick(typed, Lang::Nl), Ok(goal), "{typed}");
        }
    }

    #[test]
    fn a_refusal_lists_the_choices_in_the_users_language() {
        let refusal = goals().pick("yoga", Lang::Nl).unwrap_err();
        assert_eq!(
            refusal,
            "'yoga' ken ik niet; kies uit: Herstellen van rugklachten, Beter presteren in je sport"
        );
        assert!(goals().pick("", Lang::En).is_err());
        assert_eq!(yes_no(Lang::En).pick("Nee", Lang::En), Ok(false));
        assert_eq!(yes_no(Lang::Nl).pick("y", Lang::Nl), Ok(true));
    }

    #[test]
    fn lists_keep_each_choice_once() {
        assert_eq!(
            goals().pick_list("herstel, recovery,sport", Lang::En),
            Ok(vec![Goal::Recovery, Goal::SportPerformance])
        );
    }
}
