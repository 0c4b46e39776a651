//! `kernkracht history`: the history screen as text. The sessions as a list, each week's
//! sessions against the target as a bar, and each chart series as a sparkline scaled to its
//! own axis, with its latest point written out.

use kernkracht::api::{ChartSeries, HistoryScreen, WeekBar};

use crate::problem::CommandResult;
use crate::text::Output;
use crate::Context;

/// Eight heights of a sparkline, lowest first.
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/// The width of a week's bar.
const BAR: usize = 10;

pub fn run(context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let screen = app.history_screen()?;
    if out.json {
        out.json(&screen);
    } else {
        show(&screen, out);
    }
    Ok(())
}

fn show(screen: &HistoryScreen, out: Output) {
    let lang = out.lang;
    out.para(&screen.period_label);
    if let Some(empty) = &screen.empty_message {
        out.heading(empty);
    }
    if !screen.sessions.is_empty() {
        out.heading(lang.pick("Sessies", "Sessions"));
        for row in &screen.sessions {
            let mut text = format!(
                "{} · {} · {}",
                row.date_label, row.status_label, row.sets_label
            );
            if let Some(pain) = &row.pain_label {
                text += &format!(" · {pain}");
            }
            out.hanging("  ", "    ", &text);
        }
    }
    if !screen.adherence.is_empty() {
        out.heading(&screen.adherence_label);
        for week in &screen.adherence {
            println!("  {}", week_line(week));
        }
    }
    let charts: Vec<&ChartSeries> = screen.pain.iter().chain(&screen.cuff).collect();
    if !charts.is_empty() {
        out.heading(lang.pick("Verloop", "Trend"));
        for series in charts {
            out.hanging(
                "  ",
                "    ",
                &series_line(series, lang.pick("laatst", "latest")),
            );
        }
    }
}

/// `7 dec   ██████░░░░ 2/3`.
fn week_line(week: &WeekBar) -> String {
    let filled = (week.fraction.clamp(0.0, 1.0) * BAR as f64).round() as usize;
    format!(
        "{:<7} {}{} {}/{}",
        week.label,
        "█".repeat(filled),
        "░".repeat(BAR - filled),
        week.completed,
        week.target
    )
}

/// `Pijn vooraf (0–10): ▅▄▃ laatst 3 (7 dec)`.
fn series_line(series: &ChartSeries, latest: &str) -> String {
    let span = (series.y_max - series.y_min).max(f64::EPSILON);
    let line: String = series
        .points
        .iter()
        .map(|p| {
            let share = ((p.y - series.y_min) / span).clamp(0.0, 1.0);
            LEVELS[(share * (LEVELS.len() - 1) as f64).round() as usize]
        })
        .collect();
    let last = series.points.last().map_or_else(
        || "–".to_owned(),
        |p| format!(" {latest} {} ({})", p.y_label, p.x_label),
    );
    format!("{} ({}): {line}{last}", series.name, series.unit)
}
