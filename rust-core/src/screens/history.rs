//! The history screen: the sessions of the last weeks, how many sessions each week against
//! the target, and the pain and cuff trends as series a chart can draw directly (x is the
//! point's position, `x_label` its axis text).

use serde::Serialize;

use super::words::{self, pick};
use crate::history::{CuffSession, PainWeek, SessionRecord, SessionStatus, SetCounts, WeekAdherence};
use crate::language::Language;

/// The weeks the history screen covers, the current one included.
pub const WEEKS: i64 = 12;

/// What the history screen is built from.
pub struct HistoryFacts<'a> {
    pub sessions: &'a [SessionRecord],
    pub set_counts: &'a [SetCounts],
    pub adherence: &'a [WeekAdherence],
    pub pain: &'a [PainWeek],
    pub cuff: &'a [CuffSession],
    /// The Monday of the week the program began, when that is within the period.
    pub since: Option<jiff::civil::Date>,
}

/// Everything the history screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct HistoryScreen {
    /// `De laatste 12 weken`.
    pub period_label: String,
    /// Newest first.
    pub sessions: Vec<HistoryRow>,
    /// Shown instead of the list when there is nothing yet.
    pub empty_message: Option<String>,
    /// One bar a week, oldest first.
    pub adherence: Vec<WeekBar>,
    /// `8 van de 12 weken gehaald`.
    pub adherence_label: String,
    /// Mean pain before and after the sessions, a point a week that had sessions.
    pub pain: Vec<ChartSeries>,
    /// Time in the target band, a point a session with cuff sets; empty without a cuff.
    pub cuff: Vec<ChartSeries>,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct HistoryRow {
    pub session_id: i64,
    pub date: String,
    /// `ma 7 dec`.
    pub date_label: String,
    pub status: SessionStatus,
    pub status_label: String,
    /// `14 sets gedaan, 1 half, 2 overgeslagen`.
    pub sets_label: String,
    /// `Pijn 4 → 3`, when scores were given.
    pub pain_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct WeekBar {
    /// The Monday, `YYYY-MM-DD`.
    pub week_start: String,
    /// `7 dec`.
    pub label: String,
    pub completed: u32,
    pub target: u32,
    /// `completed / target`, at most 1.
    pub fraction: f64,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct ChartSeries {
    /// `Pijn vooraf`.
    pub name: String,
    /// The y axis's range.
    pub y_min: f64,
    pub y_max: f64,
    /// `0–10`, `%`.
    pub unit: String,
    pub points: Vec<ChartPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct ChartPoint {
    pub x: f64,
    pub x_label: String,
    pub y: f64,
    /// The value as the language writes it (`3,5`).
    pub y_label: String,
}

pub fn build(facts: &HistoryFacts, language: Language) -> HistoryScreen {
    let mut sessions: Vec<HistoryRow> = facts
        .sessions
        .iter()
        .map(|s| row(s, facts.set_counts, language))
        .collect();
    sessions.reverse();
    let adherence: Vec<WeekBar> = facts
        .adherence
        .iter()
        .map(|w| WeekBar {
            week_start: w.week_start.clone(),
            label: short_date(&w.week_start, language),
            completed: w.completed,
            target: w.target,
            fraction: if w.target == 0 {
                1.0
            } else {
                (f64::from(w.completed) / f64::from(w.target)).min(1.0)
            },
            met: w.completed >= w.target,
        })
        .collect();
    // The last week is the current one, still under way: it is told apart, not judged.
    let (current, past) = match adherence.split_last() {
        Some((current, past)) => (Some(current), past),
        None => (None, &[][..]),
    };
    let met = past.iter().filter(|w| w.met).count();
    let mut adherence_label = match (past.len(), language) {
        (0, _) => String::new(),
        (1, Language::Nl) => format!("{met} van 1 week gehaald"),
        (n, Language::Nl) => format!("{met} van de {n} weken gehaald"),
        (1, Language::En) => format!("{met} of 1 week on target"),
        (n, Language::En) => format!("{met} of {n} weeks on target"),
    };
    if let Some(week) = current {
        if !adherence_label.is_empty() {
            adherence_label.push_str(" · ");
        }
        adherence_label.push_str(&match language {
            Language::Nl => format!("deze week {} van {}", week.completed, week.target),
            Language::En => format!("this week {} of {}", week.completed, week.target),
        });
    }
    HistoryScreen {
        period_label: match (facts.since, language) {
            (Some(since), Language::Nl) => {
                format!("Sinds de week van {}", words::date(since, language))
            }
            (Some(since), Language::En) => format!("Since the week of {}", words::date(since, language)),
            (None, Language::Nl) => format!("De laatste {WEEKS} weken"),
            (None, Language::En) => format!("The last {WEEKS} weeks"),
        },
        empty_message: sessions.is_empty().then(|| {
            pick(
                language,
                "Nog geen sessies. Na je eerste sessie zie je hier hoe het gaat.",
                "No sessions yet. After your first session you see here how it goes.",
            )
            .to_owned()
        }),
        sessions,
        adherence_label: words::capitalised(&adherence_label),
        adherence,
        pain: pain_series(facts.pain, language),
        cuff: cuff_series(facts.cuff, language),
    }
}

fn row(session: &SessionRecord, counts: &[SetCounts], language: Language) -> HistoryRow {
    let counts = counts
        .iter()
        .find(|c| c.session_id == session.id)
        .copied()
        .unwrap_or(SetCounts {
            session_id: session.id,
            done: 0,
            partial: 0,
            skipped: 0,
        });
    let mut parts = vec![match language {
        Language::Nl => format!("{} sets gedaan", counts.done),
        Language::En => format!("{} sets done", counts.done),
    }];
    if counts.partial > 0 {
        parts.push(match language {
            Language::Nl => format!("{} half", counts.partial),
            Language::En => format!("{} partly", counts.partial),
        });
    }
    if counts.skipped > 0 {
        parts.push(match language {
            Language::Nl => format!("{} overgeslagen", counts.skipped),
            Language::En => format!("{} skipped", counts.skipped),
        });
    }
    let pain = pick(language, "Pijn", "Pain");
    HistoryRow {
        session_id: session.id,
        date: session.local_date.clone(),
        date_label: session
            .local_date
            .parse()
            .map_or_else(|_| session.local_date.clone(), |d| words::date(d, language)),
        status: session.status,
        status_label: words::capitalised(words::status(session.status, language)),
        sets_label: parts.join(", "),
        pain_label: match (session.pain_before, session.pain_after) {
            (Some(before), Some(after)) => Some(format!("{pain} {before} → {after}")),
            (Some(before), None) => Some(format!("{pain} {before} →")),
            (None, Some(after)) => Some(format!("{pain} → {after}")),
            (None, None) => None,
        },
    }
}

fn pain_series(weeks: &[PainWeek], language: Language) -> Vec<ChartSeries> {
    let series = |name: &str, value: fn(&PainWeek) -> Option<f64>| ChartSeries {
        name: name.to_owned(),
        y_min: 0.0,
        y_max: 10.0,
        unit: "0–10".to_owned(),
        points: weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                value(w).map(|y| ChartPoint {
                    x: i as f64,
                    x_label: short_date(&w.week_start, language),
                    y,
                    y_label: words::number(y, 1, language),
                })
            })
            .collect(),
    };
    if weeks.is_empty() {
        return Vec::new();
    }
    vec![
        series(pick(language, "Pijn vooraf", "Pain before"), |w| w.mean_before),
        series(pick(language, "Pijn achteraf", "Pain after"), |w| w.mean_after),
    ]
}

fn cuff_series(sessions: &[CuffSession], language: Language) -> Vec<ChartSeries> {
    if sessions.is_empty() {
        return Vec::new();
    }
    vec![ChartSeries {
        name: pick(language, "Tijd in het doelgebied", "Time in the target band").to_owned(),
        y_min: 0.0,
        y_max: 100.0,
        unit: "%".to_owned(),
        points: sessions
            .iter()
            .enumerate()
            .map(|(i, s)| ChartPoint {
                x: i as f64,
                x_label: short_date(&s.local_date, language),
                y: s.time_in_band_pct,
                y_label: format!("{} %", words::number(s.time_in_band_pct, 0, language)),
            })
            .collect(),
    }]
}

/// `7 dec` from `YYYY-MM-DD`.
fn short_date(date: &str, language: Language) -> String {
    match date.parse::<jiff::civil::Date>() {
        Ok(d) => words::day_month(d, language),
        Err(_) => date.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: i64, date: &str, status: SessionStatus) -> SessionRecord {
        SessionRecord {
            id,
            local_date: date.into(),
            status,
            planned_at_ms: None,
            started_at_ms: Some(0),
            ended_at_ms: Some(1),
            pain_before: Some(4),
            pain_after: (status == SessionStatus::Completed).then_some(3),
            effort: None,
            notes: String::new(),
        }
    }

    #[test]
    fn sessions_newest_first_with_counts_pain_and_charts() {
        let sessions = [
            session(1, "2026-11-30", SessionStatus::Completed),
            session(2, "2026-12-02", SessionStatus::Aborted),
        ];
        let counts = [SetCounts {
            session_id: 2,
            done: 4,
            partial: 1,
            skipped: 2,
        }];
        let adherence = [
            WeekAdherence {
                week_start: "2026-11-23".into(),
                completed: 3,
                target: 3,
            },
            WeekAdherence {
                week_start: "2026-11-30".into(),
                completed: 1,
                target: 3,
            },
        ];
        let pain = [PainWeek {
            week_start: "2026-11-30".into(),
            sessions: 2,
            mean_before: Some(4.0),
            mean_after: Some(3.5),
        }];
        let cuff = [CuffSession {
            local_date: "2026-12-02".into(),
            time_in_band_pct: 81.25,
            steadiness: 0.8,
            sets: 2,
        }];
        let screen = build(
            &HistoryFacts {
                sessions: &sessions,
                set_counts: &counts,
                adherence: &adherence,
                pain: &pain,
                cuff: &cuff,
                since: None,
            },
            Language::Nl,
        );
        assert_eq!(screen.sessions[0].session_id, 2);
        assert_eq!(screen.sessions[0].date_label, "wo 2 dec");
        assert_eq!(screen.sessions[0].status_label, "Gestopt");
        assert_eq!(
            screen.sessions[0].sets_label,
            "4 sets gedaan, 1 half, 2 overgeslagen"
        );
        assert_eq!(screen.sessions[1].pain_label.as_deref(), Some("Pijn 4 → 3"));
        assert_eq!(screen.adherence_label, "1 van 1 week gehaald · deze week 1 van 3");
        assert!((screen.adherence[1].fraction - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(screen.pain[1].points[0].y_label, "3,5");
        assert_eq!(screen.pain[1].points[0].x_label, "30 nov");
        assert_eq!(screen.cuff[0].points[0].y_label, "81 %");
        assert!(screen.empty_message.is_none());
    }

    #[test]
    fn an_empty_history_says_what_will_come() {
        let screen = build(
            &HistoryFacts {
                sessions: &[],
                set_counts: &[],
                adherence: &[],
                pain: &[],
                cuff: &[],
                since: Some(jiff::civil::date(2026, 11, 30)),
            },
            Language::En,
        );
        assert!(screen.empty_message.unwrap().starts_with("No sessions yet"));
        assert_eq!(screen.period_label, "Since the week of Mon 30 Nov");
        assert!(screen.pain.is_empty() && screen.cuff.is_empty());
    }
}
