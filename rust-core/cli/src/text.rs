//! Text for a terminal of a given width: paragraphs wrapped at spaces with a hanging indent,
//! lines cut to fit, and the printer every command writes through (plain words in the
//! user's language, or the screen models as JSON with `--json`).

use kernkracht::api::Language;
use serde::Serialize;

use crate::lang::Lang;

/// Wraps `text` to `width` columns: the first line starts with `first`, the others with
/// `rest`. A word longer than a line is cut where the line ends.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let gap = usize::from(!empty);
            if used + gap + word.len() <= width {
                if !empty {
                    line.push(' ');
                }
                line.extend(word.iter());
                empty = false;
                break;
            }
            if !empty {
                lines.push(std::mem::replace(&mut line, rest.to_owned()));
                empty = true;
                continue;
            }
            // A word wider than a whole line: cut it.
            let room = width.saturating_sub(used).max(1);
            line.extend(word.drain(..room.min(word.len())));
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            if word.is_empty() {
                break;
            }
        }
    }
    if !empty || lines.is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The line cut to `width` columns, ending in `…` when something was cut.
pub fn fit(line: &str, width: usize) -> String {
    if line.chars().count() <= width {
        return line.to_owned();
    }
    let mut cut: String = line.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// How a command prints: the user's language, plain words or JSON, and the width.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub lang: Lang,
    pub json: bool,
    pub width: usize,
}

impl Output {
    /// The same output in the core's language (the profile's, once there is one).
    pub fn in_language(self, language: Language) -> Output {
        Output {
            lang: Lang::of(language),
            ..self
        }
    }

    /// A paragraph, wrapped.
    pub fn para(&self, text: &str) {
        self.indented(0, text);
    }

    /// A paragraph indented by `indent` spaces, wrapped.
    pub fn indented(&self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        self.hanging(&pad, &pad, text);
    }

    /// A paragraph whose first line starts with `first` and the others with `rest`.
    pub fn hanging(&self, first: &str, rest: &str, text: &str) {
        for line in wrap(text, self.width, first, rest) {
            println!("{line}");
        }
    }

    /// A heading after a blank line.
    pub fn heading(&self, text: &str) {
        println!();
        self.para(text);
    }

    /// A screen model (or any record) as pretty JSON.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) {
        println!("{}", json_text(value));
    }

    /// Tells the user a command did its job (scripts using `--json` get no chatter).
    pub fn confirm(&self, nl: &str, en: &str, detail: impl std::fmt::Display) {
        if !self.json {
            let line = format!("{} {detail}", self.lang.pick(nl, en));
            self.para(line.trim_end());
        }
    }
}

/// Pretty JSON of a record; the core's records always serialise.
pub fn json_text<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("null /* {e} */"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_with_a_hanging_indent() {
        let lines = wrap("een twee drie vier vijf", 10, "- ", "  ");
        assert_eq!(lines, ["- een twee", "  drie", "  vier", "  vijf"]);
        assert!(lines.iter().all(|l| l.chars().count() <= 10));
    }

    #[test]
    fn cuts_a_word_longer_than_a_line() {
        let lines = wrap("a heel-lang-woord-zonder-spaties", 8, "", "");
        assert!(lines.iter().all(|l| l.chars().count() <= 8), "{lines:?}");
        assert_eq!(lines.concat(), "aheel-lang-woord-zonder-spaties");
    }

    #[test]
    fn an_empty_text_is_one_empty_line_and_fit_marks_a_cut() {
        assert_eq!(wrap("", 10, "", ""), [""]);
        assert_eq!(fit("knieënstand", 6), "knieë…");
        assert_eq!(fit("kort", 6), "kort");
    }
}
