//! How the biofeedback screen model looks in a terminal. Live, a block of [`HEIGHT`] lines
//! redrawn in place: the phase, pressure and target; a gauge over the screen's scale with
//! the target band and the needle; the hold and the repetitions; the hint; the link; the
//! keys. Without a terminal, one line each time the phase, the band, the repetitions or the
//! hints change (JSON lines with `--json`); a set's summary closes either.

use std::time::{Duration, Instant};

use kernkracht::api::{BiofeedbackScreen, Hint, LinkState, Phase, SetResult};
use serde_json::json;

use crate::lang::Lang;
use crate::live::LiveBlock;
use crate::text::Output;

const HEIGHT: usize = 6;
/// Redraws at most this often unless something changed: fast replays stay readable.
const FRAME: Duration = Duration::from_millis(40);
/// The gauge's widest width.
const MAX_GAUGE: usize = 60;

/// What makes a screen worth a line of its own: not every reading is news.
#[derive(Debug, PartialEq)]
struct Change {
    phase: Phase,
    in_band: bool,
    reps: u32,
    hints: Vec<Hint>,
    has_band: bool,
}

impl Change {
    fn of(screen: &BiofeedbackScreen) -> Change {
        Change {
            phase: screen.phase,
            in_band: screen.in_band,
            reps: screen.reps,
            hints: screen.hints.clone(),
            has_band: screen.band.is_some(),
        }
    }
}

pub struct Gauge {
    out: Output,
    live: Option<LiveBlock>,
    last: Option<Change>,
    drawn_at: Option<Instant>,
    /// The latest screen, redrawn when the link changes.
    screen: Option<BiofeedbackScreen>,
    link: String,
}

impl Gauge {
    pub fn new(out: Output) -> Gauge {
        let live = !out.json && std::io::IsTerminal::is_terminal(&std::io::stdout());
        Gauge {
            out,
            live: live.then(|| LiveBlock::new(HEIGHT, out.width)),
            last: None,
            drawn_at: None,
            screen: None,
            link: String::new(),
        }
    }

    pub fn show(&mut self, screen: &BiofeedbackScreen) {
        let change = Change::of(screen);
        let news = self.last.as_ref() != Some(&change);
        self.last = Some(change);
        self.screen = Some(screen.clone());
        let out = self.out;
        match &mut self.live {
            Some(block) => {
                let due = self.drawn_at.is_none_or(|at| at.elapsed() >= FRAME);
                if news || due {
                    block.draw(&lines(screen, &self.link, out));
                    self.drawn_at = Some(Instant::now());
                }
            }
            None if !news => {}
            None if out.json => println!("{}", json!(screen)),
            None => out.para(&summary_line(screen)),
        }
    }

    /// The cuff's link came up, dropped or ended.
    pub fn link(&mut self, state: &LinkState) {
        self.link = link_words(state, self.out.lang);
        let out = self.out;
        match (&mut self.live, &self.screen) {
            (Some(block), Some(screen)) => block.draw(&lines(screen, &self.link, out)),
            (Some(_), None) => {}
            (None, _) if out.json => println!("{}", json!({ "link": state })),
            (None, _) => out.para(&self.link),
        }
    }

    /// The set's summary, below the live block.
    pub fn finish(&mut self, result: &SetResult) {
        let out = self.out;
        if out.json {
            println!("{}", json!({ "summary": result }));
            return;
        }
        if let (Some(block), Some(screen)) = (&mut self.live, &self.screen) {
            // The last state stays on screen, without the keys that no longer work.
            let mut last = lines(screen, &self.link, out);
            last.pop();
            block.print_above(&last);
        }
        out.para(&summary_words(result, out.lang));
    }
}

fn lines(screen: &BiofeedbackScreen, link: &str, out: Output) -> Vec<String> {
    let lang = out.lang;
    vec![
        format!(
            "{} · {} · {}",
            screen.phase_label, screen.pressure_label, screen.target_label
        ),
        gauge(screen, out.width.saturating_sub(2).min(MAX_GAUGE)),
        format!(
            "{} {} · {}",
            lang.pick("Vasthouden", "Hold"),
            screen.hold_label,
            screen.reps_label
        ),
        screen.hint_text.clone().unwrap_or_default(),
        link.to_owned(),
        lang.pick("[Ctrl-C] stoppen", "[Ctrl-C] stop").to_owned(),
    ]
}

/// `[-----|=====●====|------]`: the screen's scale, the band as `=`, the start pressure as
/// `|` before there is a band, and the pressure as `●`.
fn gauge(screen: &BiofeedbackScreen, width: usize) -> String {
    let cells = width.saturating_sub(2).max(3);
    let span = (screen.scale_max_mmhg - screen.scale_min_mmhg).max(1.0);
    let cell = |mmhg: f64| {
        let share = ((mmhg - screen.scale_min_mmhg) / span).clamp(0.0, 1.0);
        (share * (cells - 1) as f64).round() as usize
    };
    let mut bar = vec!['-'; cells];
    match &screen.band {
        Some(band) => bar[cell(band.low_mmhg)..=cell(band.high_mmhg)].fill('='),
        None => bar[cell(screen.start_mmhg)] = '|',
    }
    if let Some(pressure) = screen.pressure_mmhg {
        bar[cell(pressure)] = '●';
    }
    format!("[{}]", bar.into_iter().collect::<String>())
}

/// One line for a screen without a terminal.
fn summary_line(screen: &BiofeedbackScreen) -> String {
    let mut line = format!(
        "{} · {} · {} · {}",
        screen.phase_label, screen.pressure_label, screen.target_label, screen.reps_label
    );
    if let Some(hint) = &screen.hint_text {
        line += &format!(" · {hint}");
    }
    line
}

fn link_words(state: &LinkState, lang: Lang) -> String {
    use kernkracht::api::DisconnectReason;
    match state {
        LinkState::Off => lang
            .pick("Bluetooth staat uit.", "Bluetooth is off.")
            .to_owned(),
        LinkState::Scanning => lang.pick("Zoeken…", "Searching…").to_owned(),
        LinkState::Connecting => lang.pick("Verbinden…", "Connecting…").to_owned(),
        LinkState::Connected => lang.pick("Verbonden.", "Connected.").to_owned(),
        LinkState::Silent => lang
            .pick(
                "Verbonden, maar de manchet zendt even niets.",
                "Connected, but the cuff is quiet for a moment.",
            )
            .to_owned(),
        LinkState::Reconnecting { attempt } => match lang {
            Lang::Nl => format!("Opnieuw verbinden (poging {attempt})…"),
            Lang::En => format!("Reconnecting (attempt {attempt})…"),
        },
        LinkState::Disconnected { reason } => match reason {
            DisconnectReason::Stopped => lang.pick("Gestopt.", "Stopped.").to_owned(),
            DisconnectReason::DeviceGone => lang
                .pick("De manchet is weg.", "The cuff has gone.")
                .to_owned(),
            DisconnectReason::Failed { message } => match lang {
                Lang::Nl => format!("De verbinding mislukte: {message}"),
                Lang::En => format!("The connection failed: {message}"),
            },
        },
    }
}

fn summary_words(result: &SetResult, lang: Lang) -> String {
    let p = &result.pressure;
    let reps = match (lang, result.reps) {
        (Lang::Nl, 1) => "1 herhaling".to_owned(),
        (Lang::Nl, n) => format!("{n} herhalingen"),
        (Lang::En, 1) => "1 repetition".to_owned(),
        (Lang::En, n) => format!("{n} repetitions"),
    };
    let number = |value: f64| lang.number((value * 10.0).round() / 10.0);
    match lang {
        Lang::Nl => format!(
            "Set klaar: {reps}, {} % van de tijd in het doelgebied, gemiddeld {} mmHg ernaast \
             (hoogstens {}), stabiliteit {}.",
            number(p.time_in_band_pct),
            number(p.mean_dev_mmhg),
            number(p.worst_dev_mmhg),
            lang.number(p.steadiness)
        ),
        Lang::En => format!(
            "Set done: {reps}, {} % of the time in the target band, {} mmHg off on average \
             ({} at worst), steadiness {}.",
            number(p.time_in_band_pct),
            number(p.mean_dev_mmhg),
            number(p.worst_dev_mmhg),
            lang.number(p.steadiness)
        ),
    }
}
