//! The history screen for the shells.

use crate::api::app::Kernkracht;
use crate::api::KernkrachtError;
use crate::screens::history::{self, HistoryFacts, HistoryScreen, WEEKS};

#[uniffi::export]
impl Kernkracht {
    /// The last twelve weeks in the device's time zone: sessions, weekly adherence, and the
    /// pain and cuff trends.
    pub fn history_screen(&self) -> Result<HistoryScreen, KernkrachtError> {
        self.call(|| {
            let (now, zone) = self.now()?;
            let today = now.to_zoned(zone.clone()).date();
            // Weeks before the program began are not weeks the user missed.
            let began = self
                .store
                .began_at()?
                .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
                .map(|at| monday(at.to_zoned(zone).date()));
            let from = first_day(today).max(began.unwrap_or(jiff::civil::Date::MIN));
            let since = (from > first_day(today)).then_some(from);
            let from = from.to_string();
            let to = today.to_string();
            let store = &self.store;
            Ok(history::build(
                &HistoryFacts {
                    sessions: &store.sessions_between(&from, &to)?,
                    set_counts: &store.set_counts(&from, &to)?,
                    adherence: &store.weekly_adherence(&from, &to)?,
                    pain: &store.pain_trend(&from, &to)?,
                    cuff: &store.cuff_trend(&from, &to)?,
                    since,
                },
                self.language(),
            ))
        })
    }
}

/// The Monday that starts the screen's [`WEEKS`] calendar weeks, the current one last: a
/// period of exactly that many weeks, whatever the day today.
fn first_day(today: jiff::civil::Date) -> jiff::civil::Date {
    monday(today).saturating_sub(jiff::Span::new().days((WEEKS - 1) * 7))
}

/// The Monday of the week holding `day`.
fn monday(day: jiff::civil::Date) -> jiff::civil::Date {
    day.saturating_sub(jiff::Span::new().days(i64::from(day.weekday().to_monday_zero_offset())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_is_twelve_calendar_weeks_ending_with_this_one() {
        let tuesday = jiff::civil::date(2026, 12, 1);
        let sunday = jiff::civil::date(2026, 12, 6);
        for today in [tuesday, sunday] {
            assert_eq!(first_day(today), jiff::civil::date(2026, 9, 14), "{today}");
        }
        assert_eq!(WEEKS, 12);
    }
}
