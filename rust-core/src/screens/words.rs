//! The app's own words for its enumerations and numbers, in Dutch and English: every screen
//! model and the command-line tool take their labels from here, so a value is called the same
//! everywhere and no Rust name or id ever reaches a user.

use crate::catalogue::{Category, Equipment, Level, PainRule, Position};
use crate::cuff::Phase;
use crate::history::{SessionStatus, Side};
use crate::language::Language;
use crate::profile::Goal;
use crate::program::{Caution, Part};
use crate::reminders::{LocalTime, Weekday};
use crate::session::{Cue, Stage};

/// The Dutch or the English of a pair.
pub fn pick(language: Language, nl: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::Nl => nl,
        Language::En => en,
    }
}

/// A number as the language writes it, rounded to at most `decimals` places, without
/// trailing zeros: a decimal comma in Dutch (`167,5`), a point in English (`167.5`).
pub fn number(value: f64, decimals: i32, language: Language) -> String {
    let scale = 10f64.powi(decimals);
    // Adding 0.0 turns a rounded -0 into 0.
    crate::language::decimal((value * scale).round() / scale + 0.0, language)
}

/// The text with its first letter in upper case (`links` → `Links`).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// A language's name in itself: `Nederlands`, `English`.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::Nl => "Nederlands",
        Language::En => "English",
    }
}

/// A clock time, `18:00`.
pub fn clock(time: LocalTime) -> String {
    format!("{:02}:{:02}", time.hour, time.minute)
}

/// A countdown, `0:45` or `12:05`.
pub fn countdown(ms: u32) -> String {
    let seconds = ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// About how many minutes, `25 min` (the same in both languages).
pub fn minutes(seconds: u32) -> String {
    format!("{} min", seconds.div_ceil(60).max(1))
}

pub fn weekday_short(day: Weekday, language: Language) -> &'static str {
    let (nl, en) = match day {
        Weekday::Mon => ("ma", "Mon"),
        Weekday::Tue => ("di", "Tue"),
        Weekday::Wed => ("wo", "Wed"),
        Weekday::Thu => ("do", "Thu"),
        Weekday::Fri => ("vr", "Fri"),
        Weekday::Sat => ("za", "Sat"),
        Weekday::Sun => ("zo", "Sun"),
    };
    pick(language, nl, en)
}

fn month(number: i8, language: Language) -> &'static str {
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let index = (number.clamp(1, 12) - 1) as usize;
    pick(language, NL[index], EN[index])
}

/// A date as people say it: `ma 7 dec` / `Mon 7 Dec`.
pub fn date(date: jiff::civil::Date, language: Language) -> String {
    let day = crate::reminders::schedule::weekday(date);
    format!(
        "{} {}",
        weekday_short(day, language),
        day_month(date, language)
    )
}

/// A day and month, for chart axes: `7 dec` / `7 Dec`.
pub fn day_month(date: jiff::civil::Date, language: Language) -> String {
    format!("{} {}", date.day(), month(date.month(), language))
}

/// A list as the language joins it: `ma, wo en vr` / `Mon, Wed and Fri`.
pub fn list(items: &[&str], language: Language) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!(
            "{} {} {last}",
            init.join(", "),
            pick(language, "en", "and")
        ),
    }
}

pub fn category(category: Category, language: Language) -> &'static str {
    let (nl, en) = match category {
        Category::WarmUp => ("opwarming", "warm-up"),
        Category::Stabilisation => ("stabilisatie", "stabilisation"),
        Category::Strength => ("kracht", "strength"),
        Category::Stretch => ("rekken", "stretch"),
        Category::Mobilisation => ("mobilisatie", "mobilisation"),
        Category::Relaxation => ("ontspanning", "relaxation"),
        Category::Balance => ("evenwicht", "balance"),
        Category::PressureBiofeedback => ("drukbiofeedback", "pressure biofeedback"),
    };
    pick(language, nl, en)
}

pub fn position(position: Position, language: Language) -> &'static str {
    let (nl, en) = match position {
        Position::Supine => ("ruglig", "lying on your back"),
        Position::Prone => ("buiklig", "lying on your stomach"),
        Position::SideLying => ("zijlig", "lying on your side"),
        Position::HandsAndKnees => ("handen-knieënstand", "on hands and knees"),
        Position::HandsAndFeet => ("steun op handen en voeten", "on hands and feet"),
        Position::Sitting => ("zit", "sitting"),
        Position::Standing => ("stand", "standing"),
        Position::Kneeling => ("kniezit", "kneeling"),
        Position::SupineOnBall => ("ruglig op de bal", "lying back on the ball"),
        Position::ProneOnBall => ("buiklig op de bal", "lying face down on the ball"),
        Position::SittingOnBall => ("zit op de bal", "sitting on the ball"),
    };
    pick(language, nl, en)
}

pub fn level(level: Level, language: Language) -> &'static str {
    let (nl, en) = match level {
        Level::Basic => ("basis", "basic"),
        Level::Intermediate => ("gemiddeld", "intermediate"),
        Level::Advanced => ("gevorderd", "advanced"),
    };
    pick(language, nl, en)
}

pub fn equipment(item: Equipment, language: Language) -> &'static str {
    let (nl, en) = match item {
        Equipment::Mat => ("mat", "mat"),
        Equipment::Ball => ("bal", "ball"),
        Equipment::Cuff => ("drukmanchet", "pressure cuff"),
        Equipment::Wall => ("muur", "wall"),
        Equipment::Table => ("tafel", "table"),
        Equipment::Stool => ("kruk", "stool"),
        Equipment::Chair => ("stoel", "chair"),
        Equipment::Door => ("deur", "door"),
        Equipment::TowelOrPillow => ("handdoek of kussen", "towel or pillow"),
        Equipment::Dumbbells => ("halters", "dumbbells"),
        Equipment::ExerciseBand => ("oefenband", "exercise band"),
        Equipment::HomeTrainer => ("hometrainer", "exercise bike"),
        Equipment::Trampoline => ("trampoline", "trampoline"),
        Equipment::WobbleBoard => ("oefentol", "wobble board"),
        Equipment::FitnessMachine => ("fitnesstoestel", "fitness machine"),
    };
    pick(language, nl, en)
}

pub fn pain_rule(rule: PainRule, language: Language) -> &'static str {
    match rule {
        PainRule::MayHurt => pick(
            language,
            "Pijn mag bij herstel van een blessure; helemaal pijnloos betekent te licht: maak het zwaarder.",
            "Some pain is allowed when recovering from an injury; completely painless means too easy: make it harder.",
        ),
        PainRule::MustNotHurt => pick(
            language,
            "Dit mag geen pijn doen: voel je pijn, stop dan meteen.",
            "This must not hurt: stop at once if you feel pain.",
        ),
        PainRule::WatchWorsening => pick(
            language,
            "Worden je klachten erger, neem dan contact op met je arts of fysiotherapeut.",
            "If your complaints get worse, contact your doctor or physiotherapist.",
        ),
    }
}

pub fn goal(goal: Goal, language: Language) -> &'static str {
    match goal {
        Goal::Recovery => pick(
            language,
            "Herstellen van rugklachten",
            "Recovering from back pain",
        ),
        Goal::SportPerformance => pick(language, "Beter presteren in je sport", "Performing better at sport"),
    }
}

pub fn part(part: Part, language: Language) -> &'static str {
    match part {
        Part::WarmUp => pick(language, "Opwarming", "Warm-up"),
        Part::Basics => pick(
            language,
            "Bekkenkanteling en basisoefeningen",
            "Pelvic tilt and basics",
        ),
        Part::Main => pick(language, "Kern", "Main part"),
        Part::Stretches => pick(language, "Rekken", "Stretches"),
    }
}

pub fn caution(caution: Caution, language: Language) -> &'static str {
    match caution {
        Caution::BasicsOnly => pick(
            language,
            "De basisoefeningen gingen vorige keer niet zonder problemen: vandaag alleen die.",
            "The basic exercises did not go without problems last time: only those today.",
        ),
        Caution::ContactDoctorOrPhysio => pick(
            language,
            "Je klachten nemen toe: neem contact op met je arts of fysiotherapeut.",
            "Your complaints are getting worse: contact your doctor or physiotherapist.",
        ),
    }
}

pub fn side(side: Side, language: Language) -> &'static str {
    match side {
        Side::None => "",
        Side::Left => pick(language, "links", "left"),
        Side::Right => pick(language, "rechts", "right"),
    }
}

pub fn status(status: SessionStatus, language: Language) -> &'static str {
    let (nl, en) = match status {
        SessionStatus::Planned => ("gepland", "planned"),
        SessionStatus::Started => ("bezig", "in progress"),
        SessionStatus::Completed => ("voltooid", "completed"),
        SessionStatus::Skipped => ("overgeslagen", "skipped"),
        SessionStatus::Aborted => ("gestopt", "stopped"),
    };
    pick(language, nl, en)
}

pub fn stage(stage: Stage, language: Language) -> &'static str {
    let (nl, en) = match stage {
        Stage::PainBefore => ("Pijn vooraf", "Pain before"),
        Stage::GetReady => ("Maak je klaar", "Get ready"),
        Stage::Working => ("Oefenen", "Exercise"),
        Stage::Relaxing => ("Ontspannen", "Relax"),
        Stage::Resting => ("Rust", "Rest"),
        Stage::AwaitingCount => ("Hoeveel lukte er?", "How many did you do?"),
        Stage::Paused => ("Gepauzeerd", "Paused"),
        Stage::PainAfter => ("Pijn achteraf", "Pain after"),
        Stage::Finished => ("Klaar", "Finished"),
        Stage::Ended => ("Gestopt", "Stopped"),
    };
    pick(language, nl, en)
}

/// What a cue says aloud.
pub fn cue(cue: Cue, language: Language) -> String {
    let fixed = |nl, en| pick(language, nl, en).to_owned();
    match cue {
        Cue::GetReady => fixed("Maak je klaar", "Get ready"),
        Cue::Countdown { seconds } => seconds.to_string(),
        Cue::Start => fixed("Start", "Go"),
        Cue::Halfway => fixed("Halverwege", "Halfway"),
        Cue::SwitchSides => fixed("Wissel van kant", "Switch sides"),
        Cue::BreatheOut => fixed(
            "Adem uit tijdens de inspanning",
            "Breathe out during the effort",
        ),
        Cue::Repetition { number } => number.to_string(),
        Cue::Relax => fixed("Ontspan", "Relax"),
        Cue::Rest => fixed("Rust", "Rest"),
        Cue::SetDone => fixed("Set klaar", "Set done"),
        Cue::ExerciseDone => fixed("Oefening klaar", "Exercise done"),
        Cue::MainPartDropped => fixed(
            "Een basisoefening deed pijn: de kern valt vandaag weg, rek nog rustig",
            "A basic exercise hurt: no main part today, just the calm stretches",
        ),
        Cue::SessionDone => fixed("Sessie klaar, goed gedaan", "Session done, well done"),
    }
}

pub fn cuff_phase(phase: Phase, language: Language) -> &'static str {
    let (nl, en) = match phase {
        Phase::Inflating => ("Oppompen", "Inflating"),
        Phase::Ready => ("Klaar", "Ready"),
        Phase::Exercising => ("Oefenen", "Exercising"),
        Phase::Relaxing => ("Ontspannen", "Relaxing"),
    };
    pick(language, nl, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_languages_decimal_mark() {
        assert_eq!(number(167.5, 1, Language::Nl), "167,5");
        assert_eq!(number(167.5, 1, Language::En), "167.5");
        assert_eq!(number(180.0, 1, Language::Nl), "180");
        assert_eq!(number(-0.04, 1, Language::En), "0");
        assert_eq!(number(42.26, 1, Language::Nl), "42,3");
    }

    #[test]
    fn times_dates_and_lists_read_naturally() {
        assert_eq!(countdown(45_000), "0:45");
        assert_eq!(countdown(44_001), "0:45");
        assert_eq!(countdown(605_000), "10:05");
        assert_eq!(minutes(25 * 60 + 1), "26 min");
        let day = jiff::civil::date(2026, 12, 7);
        assert_eq!(date(day, Language::Nl), "ma 7 dec");
        assert_eq!(date(day, Language::En), "Mon 7 Dec");
        assert_eq!(list(&["ma", "wo", "vr"], Language::Nl), "ma, wo en vr");
        assert_eq!(list(&["Mon"], Language::En), "Mon");
    }
}
