//! Names of the core's enumerations in the tool's two languages.

use kernkracht::catalogue::{Category, Equipment, Level, PainRule, Position};
use kernkracht::cuff::Phase;
use kernkracht::history::{SessionStatus, Side};
use kernkracht::program::{Caution, Part};
use kernkracht::reminders::Weekday;
use kernkracht::session::Cue;

use crate::lang::Lang;

pub fn category(category: Category, lang: Lang) -> &'static str {
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
    lang.pick(nl, en)
}

pub fn position(position: Position, lang: Lang) -> &'static str {
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
    lang.pick(nl, en)
}

pub fn level(level: Level, lang: Lang) -> &'static str {
    let (nl, en) = match level {
        Level::Basic => ("basis", "basic"),
        Level::Intermediate => ("gemiddeld", "intermediate"),
        Level::Advanced => ("gevorderd", "advanced"),
    };
    lang.pick(nl, en)
}

pub fn equipment(item: Equipment, lang: Lang) -> &'static str {
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
    lang.pick(nl, en)
}

pub fn pain_rule(rule: PainRule, lang: Lang) -> &'static str {
    match rule {
        PainRule::MayHurt => lang.pick(
            "Pijn mag bij herstel van een blessure; helemaal pijnloos betekent te licht: maak het zwaarder.",
            "Some pain is allowed when recovering from an injury; completely painless means too easy: make it harder.",
        ),
        PainRule::MustNotHurt => lang.pick(
            "Dit mag geen pijn doen: voel je pijn, stop dan meteen.",
            "This must not hurt: stop at once if you feel pain.",
        ),
        PainRule::WatchWorsening => lang.pick(
            "Worden je klachten erger, neem dan contact op met je arts of fysiotherapeut.",
            "If your complaints get worse, contact your doctor or physiotherapist.",
        ),
    }
}

pub fn weekday(day: Weekday, lang: Lang) -> &'static str {
    let (nl, en) = match day {
        Weekday::Mon => ("ma", "Mon"),
        Weekday::Tue => ("di", "Tue"),
        Weekday::Wed => ("wo", "Wed"),
        Weekday::Thu => ("do", "Thu"),
        Weekday::Fri => ("vr", "Fri"),
        Weekday::Sat => ("za", "Sat"),
        Weekday::Sun => ("zo", "Sun"),
    };
    lang.pick(nl, en)
}

pub fn part(part: Part, lang: Lang) -> &'static str {
    match part {
        Part::WarmUp => lang.pick("Opwarming", "Warm-up"),
        Part::Basics => lang.pick(
            "Bekkenkanteling en basisoefeningen",
            "Pelvic tilt and basics",
        ),
        Part::Main => lang.pick("Kern", "Main part"),
        Part::Stretches => lang.pick("Rekken", "Stretches"),
    }
}

pub fn caution(caution: Caution, lang: Lang) -> &'static str {
    match caution {
        Caution::AcutePainGentleOnly => lang.pick(
            "De pijn is nog acuut: alleen rustige basisoefeningen; stop als de pijn toeneemt.",
            "The pain is still acute: gentle basic exercises only; stop if the pain grows.",
        ),
        Caution::BasicsOnly => lang.pick(
            "De basisoefeningen gingen vorige keer niet zonder problemen: vandaag alleen die.",
            "The basic exercises did not go without problems last time: only those today.",
        ),
        Caution::ContactDoctorOrPhysio => lang.pick(
            "Je klachten nemen toe: neem contact op met je arts of fysiotherapeut.",
            "Your complaints are getting worse: contact your doctor or physiotherapist.",
        ),
    }
}

pub fn cue(cue: Cue, lang: Lang) -> &'static str {
    let (nl, en) = match cue {
        Cue::GetReady => ("Maak je klaar", "Get ready"),
        Cue::Countdown { .. } => ("Aftellen", "Countdown"),
        Cue::Start => ("Start", "Start"),
        Cue::Halfway => ("Halverwege", "Halfway"),
        Cue::SwitchSides => ("Wissel van kant", "Switch sides"),
        Cue::BreatheOut => (
            "Adem uit tijdens de inspanning",
            "Breathe out during the effort",
        ),
        Cue::Repetition { .. } => ("Herhaling", "Repetition"),
        Cue::Relax => ("Ontspan", "Relax"),
        Cue::Rest => ("Rust", "Rest"),
        Cue::SetDone => ("Set klaar", "Set done"),
        Cue::ExerciseDone => ("Oefening klaar", "Exercise done"),
        Cue::SessionDone => ("Sessie klaar", "Session done"),
    };
    lang.pick(nl, en)
}

pub fn side(side: Side, lang: Lang) -> &'static str {
    let (nl, en) = match side {
        Side::None => ("", ""),
        Side::Left => ("links", "left"),
        Side::Right => ("rechts", "right"),
    };
    lang.pick(nl, en)
}

pub fn status(status: SessionStatus, lang: Lang) -> &'static str {
    let (nl, en) = match status {
        SessionStatus::Planned => ("gepland", "planned"),
        SessionStatus::Started => ("bezig", "started"),
        SessionStatus::Completed => ("voltooid", "completed"),
        SessionStatus::Skipped => ("overgeslagen", "skipped"),
        SessionStatus::Aborted => ("gestopt", "stopped"),
    };
    lang.pick(nl, en)
}

pub fn phase(phase: Phase, lang: Lang) -> &'static str {
    let (nl, en) = match phase {
        Phase::Inflating => ("oppompen", "inflating"),
        Phase::Ready => ("klaar", "ready"),
        Phase::Exercising => ("oefenen", "exercising"),
        Phase::Relaxing => ("ontspannen", "relaxing"),
    };
    lang.pick(nl, en)
}
