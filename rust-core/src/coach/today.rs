//! What today holds for the user: the session to do (or why there is none), whether it is
//! done, the training days missed, and the week ahead — gathered once so every screen and
//! the reminders agree.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::{missed, plan, Failure};
use crate::catalogue::Catalogue;
use crate::profile::Screening;
use crate::program::{Block, PlannedSession};
use crate::reminders::schedule;
use crate::reminders::Weekday;
use crate::store::Store;

/// The days shown ahead, today included.
const WEEK_DAYS: i64 = 7;

/// One day of the week ahead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayFacts {
    pub date: Date,
    pub weekday: Weekday,
    /// A chosen training day on which training is allowed.
    pub training_day: bool,
    pub done: bool,
}

/// Today, as the program sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct TodayFacts {
    pub date: Date,
    pub plan: Result<PlannedSession, Block>,
    pub screening: Option<Screening>,
    /// Training days of the last week whose reminder passed without a session.
    pub missed: Vec<Date>,
    /// Today and the six days after it; the first is today.
    pub week: Vec<DayFacts>,
}

impl TodayFacts {
    pub fn today(&self) -> &DayFacts {
        &self.week[0]
    }
}

/// Gathers today in `zone`, the device's time zone.
pub fn today(
    store: &Store,
    catalogue: &Catalogue,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<TodayFacts, Failure> {
    let date = now.to_zoned(zone.clone()).date();
    let last = date.saturating_add(jiff::Span::new().days(WEEK_DAYS - 1));
    let done = store.completed_dates(&date.to_string(), &last.to_string())?;
    let plan = plan(store, catalogue, now, zone)?;
    // A block (no profile, a red flag, acute pain) means no training day anywhere: the week, the
    // reminders and today's screen say the same.
    let settings = match plan {
        Err(_) => None,
        Ok(_) => store.reminders()?,
    };
    let week = (0..WEEK_DAYS)
        .map(|offset| date.saturating_add(jiff::Span::new().days(offset)))
        .map(|day| DayFacts {
            date: day,
            weekday: schedule::weekday(day),
            training_day: settings
                .as_ref()
                .is_some_and(|s| s.weekdays.contains(&schedule::weekday(day))),
            done: done.contains(&day.to_string()),
        })
        .collect();
    let missed = match &settings {
        Some(s) => missed(store, s, zone, now)?,
        None => Vec::new(),
    };
    Ok(TodayFacts {
        date,
        plan,
        screening: store.screening()?,
        missed,
        week,
    })
}
