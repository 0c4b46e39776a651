//! The today screen for the shells.

use crate::api::app::{catalogue, Kernkracht};
use crate::api::KernkrachtError;
use crate::coach;
use crate::screens::today::{self, TodayScreen};

#[uniffi::export]
impl Kernkracht {
    /// Today in the device's time zone: the plan, the week ahead, missed days and the safety
    /// state, with the actions the user has.
    pub fn today_screen(&self) -> Result<TodayScreen, KernkrachtError> {
        self.call(|| {
            let (now, zone) = self.now()?;
            let catalogue = catalogue()?;
            let facts = coach::today(&self.store, catalogue, now, &zone)?;
            Ok(today::build(&facts, catalogue, self.language()))
        })
    }
}
