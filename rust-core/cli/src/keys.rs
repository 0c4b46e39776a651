//! What the user types during a session, and which key does what. On a terminal each key
//! counts at once (no Enter, no echo), a number is typed digit by digit and sent with
//! Enter; from a pipe each line is one command or one number. Letters are the same in both
//! languages; only their captions are translated.

use std::io::{BufRead, Read};
use std::sync::mpsc::{self, Receiver};

use kernkracht::api::SessionAction;

use crate::lang::Lang;

/// One thing typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(char),
    Enter,
    Backspace,
    /// Standard input closed (Ctrl-D, or the end of a pipe).
    End,
}

/// Reads standard input on its own thread, so the session's clock keeps running; `raw`
/// when the terminal delivers single keys.
pub fn read(raw: bool) -> Receiver<Input> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let send = |input| sender.send(input).is_ok();
        if raw {
            for byte in std::io::stdin().lock().bytes().map_while(Result::ok) {
                let input = match byte {
                    b'\r' | b'\n' => Input::Enter,
                    0x7f | 0x08 => Input::Backspace,
                    0x04 => break,
                    b if b.is_ascii_graphic() => Input::Key(char::from(b).to_ascii_lowercase()),
                    _ => continue,
                };
                if !send(input) {
                    return;
                }
            }
        } else {
            for line in std::io::stdin().lock().lines().map_while(Result::ok) {
                let line = line.trim().to_lowercase();
                let keys: Vec<char> = match line.chars().all(|c| c.is_ascii_digit()) {
                    true => line.chars().collect(),
                    false => line.chars().take(1).collect(),
                };
                let sent = keys.into_iter().map(Input::Key).chain([Input::Enter]);
                if !sent.into_iter().all(send) {
                    return;
                }
            }
        }
        send(Input::End);
    });
    receiver
}

/// The letter for an action, if it has one (scores and counts are typed as numbers).
fn letter(action: SessionAction) -> Option<char> {
    use SessionAction::*;
    match action {
        SkipQuestion | StartNow | SkipRest => Some('n'),
        Done => Some('d'),
        Hurts => Some('h'),
        SkipExercise => Some('s'),
        Pause | Resume => Some('p'),
        Stop | Close => Some('q'),
        ReportPain | EnterCount => None,
    }
}

/// The action among `actions` that `key` stands for.
pub fn action_for(key: char, actions: &[SessionAction]) -> Option<SessionAction> {
    actions.iter().copied().find(|a| letter(*a) == Some(key))
}

/// `[d] klaar  [h] het doet pijn  …`: every action that works now, with its key.
pub fn hints(actions: &[SessionAction], lang: Lang) -> String {
    let hints: Vec<String> = actions
        .iter()
        .map(|&action| {
            let key = match letter(action) {
                Some(key) => key.to_string(),
                None if action == SessionAction::ReportPain => "0-10 ⏎".to_owned(),
                None => lang.pick("getal ⏎", "number ⏎").to_owned(),
            };
            format!("[{key}] {}", caption(action, lang))
        })
        .collect();
    hints.join("  ")
}

fn caption(action: SessionAction, lang: Lang) -> &'static str {
    use SessionAction::*;
    let (nl, en) = match action {
        ReportPain => ("pijnscore", "pain score"),
        SkipQuestion => ("overslaan", "skip"),
        StartNow => ("nu beginnen", "start now"),
        Done => ("klaar", "done"),
        EnterCount => ("aantal", "count"),
        Hurts => ("het doet pijn", "it hurts"),
        SkipRest => ("verder", "go on"),
        SkipExercise => ("oefening overslaan", "skip exercise"),
        Pause => ("pauze", "pause"),
        Resume => ("hervatten", "resume"),
        Stop => ("stoppen", "stop"),
        Close => ("sluiten", "close"),
    };
    lang.pick(nl, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_working_keys_fit_in_80_columns_in_both_languages() {
        use SessionAction::*;
        let working = [Done, Hurts, SkipExercise, Pause, Stop];
        let relaxing = [SkipRest, Hurts, SkipExercise, Pause, Stop];
        for lang in [Lang::Nl, Lang::En] {
            for actions in [&working[..], &relaxing[..]] {
                let line = hints(actions, lang);
                assert!(line.chars().count() <= 80, "{line}");
            }
        }
        assert_eq!(
            hints(&working, Lang::Nl),
            "[d] klaar  [h] het doet pijn  [s] oefening overslaan  [p] pauze  [q] stoppen"
        );
    }

    #[test]
    fn a_key_works_only_for_an_action_on_screen() {
        use SessionAction::*;
        assert_eq!(action_for('p', &[Resume, Stop]), Some(Resume));
        assert_eq!(action_for('d', &[Resume, Stop]), None);
        assert_eq!(action_for('5', &[ReportPain, SkipQuestion, Stop]), None);
    }
}
