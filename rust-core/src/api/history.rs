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
            let today = now.to_zoned(zone).date();
            let from = today
                .saturating_sub(jiff::Span::new().days(WEEKS * 7 - 1))
                .to_string();
            let to = today.to_string();
            let store = &self.store;
            Ok(history::build(
                &HistoryFacts {
                    sessions: &store.sessions_between(&from, &to)?,
                    set_counts: &store.set_counts(&from, &to)?,
                    adherence: &store.weekly_adherence(&from, &to)?,
                    pain: &store.pain_trend(&from, &to)?,
                    cuff: &store.cuff_trend(&from, &to)?,
                },
                self.language(),
            ))
        })
    }
}
