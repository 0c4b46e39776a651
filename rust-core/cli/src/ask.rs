//! Questions on standard error, answers from standard input, one line each: the interactive
//! side of `kernkracht onboard`. Running out of input is an error rather than an endless
//! loop, so a script that pipes too few answers fails instead of hanging.

use std::io::{BufRead, IsTerminal, Write};

use crate::lang::Lang;
use crate::problem::Problem;
use crate::text::wrap;

pub struct Asker {
    input: std::io::StdinLock<'static>,
    width: usize,
}

impl Asker {
    pub fn new(width: usize) -> Asker {
        Asker {
            input: std::io::stdin().lock(),
            width,
        }
    }

    /// Tells the user something, wrapped, with `first` before its first line and as much
    /// space before the others.
    pub fn say(&self, first: &str, text: &str) {
        let rest = " ".repeat(first.chars().count());
        for line in wrap(text, self.width, first, &rest) {
            eprintln!("{line}");
        }
    }

    /// Asks until `parse` takes the answer; an empty answer takes `default`, when there is
    /// one. Each refusal is shown, then the question is asked again.
    pub fn until<T>(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        lang: Lang,
        mut parse: impl FnMut(&str) -> Result<T, String>,
    ) -> Result<T, Problem> {
        loop {
            let answer = self.line(prompt, default, lang)?;
            match parse(&answer) {
                Ok(value) => return Ok(value),
                Err(problem) => self.say("  ", &problem),
            }
        }
    }

    fn line(&mut self, prompt: &str, default: Option<&str>, lang: Lang) -> Result<String, Problem> {
        let question = match default {
            Some(d) => format!("{prompt} [{d}]: "),
            None => format!("{prompt}: "),
        };
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "{question}").and_then(|()| stderr.flush());
        let mut line = String::new();
        let read = self.input.read_line(&mut line).unwrap_or(0);
        if !std::io::stdin().is_terminal() {
            // Piped answers are not echoed: write them, so the dialogue reads as one.
            let _ = writeln!(stderr, "{}", line.trim_end());
        }
        if read == 0 {
            let _ = writeln!(stderr);
            return Err(Problem::Refused(format!(
                "{}: {prompt}",
                lang.pick("geen antwoord op", "no answer to")
            )));
        }
        Ok(match (line.trim(), default) {
            ("", Some(d)) => d.to_owned(),
            (text, _) => text.to_owned(),
        })
    }
}
