//! The reminder schedule: the next occurrences of the chosen weekdays at the chosen local time,
//! as instants the phone's notification system can take.
//!
//! Sans-IO: the caller passes `now` and the time zone (the device's current one, so the
//! reminder keeps its wall-clock time when the user travels; the profile's zone otherwise).
//! Daylight-saving changes follow the common calendar rule: a time that does not exist that
//! day (in the spring gap) moves forward by the length of the gap (02:30 becomes 03:30), and a
//! time that exists twice (in the autumn fold) takes the first. A day whose session is already
//! done gets no reminder. iOS keeps at most 64 pending notifications, so at most 64 are
//! computed; a shell reschedules them all after any change, after a reboot and after an update.

use std::collections::BTreeSet;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use super::settings::{ReminderSettings, Weekday};
use crate::language::{Language, Localized};

/// The most reminders computed at once (iOS's limit on pending notifications).
pub const MAX_REMINDERS: usize = 64;

/// One reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// When to fire.
    pub instant: Timestamp,
    /// The same moment on the user's wall clock.
    pub local: Zoned,
}

impl Occurrence {
    /// The local training date the reminder is for.
    pub fn date(&self) -> Date {
        self.local.date()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("'{0}' is not a known time zone")]
    UnknownTimeZone(String),
    #[error("at most {MAX_REMINDERS} reminders can be scheduled, not {0}")]
    TooMany(usize),
    #[error("the date is outside the supported range")]
    OutOfRange,
}

impl Localized for ScheduleError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            ScheduleError::UnknownTimeZone(name) => format!("onbekende tijdzone '{name}'"),
            ScheduleError::TooMany(count) => format!(
                "er kunnen hoogstens {MAX_REMINDERS} herinneringen ingepland worden, niet {count}"
            ),
            ScheduleError::OutOfRange => "de datum valt buiten het ondersteunde bereik".into(),
        }
    }
}

#[cfg(test)]
impl ScheduleError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<ScheduleError> {
        vec![
            ScheduleError::UnknownTimeZone("Nowhere/Town".into()),
            ScheduleError::TooMany(65),
            ScheduleError::OutOfRange,
        ]
    }
}

/// The time zone with this IANA name.
pub fn time_zone(name: &str) -> Result<TimeZone, ScheduleError> {
    TimeZone::get(name).map_err(|_| ScheduleError::UnknownTimeZone(name.to_owned()))
}

/// The next `count` reminders strictly after `now`, in order, skipping training days in
/// `done` (local dates whose session is complete).
pub fn next(
    settings: &ReminderSettings,
    zone: &TimeZone,
    now: Timestamp,
    count: usize,
    done: &BTreeSet<Date>,
) -> Result<Vec<Occurrence>, ScheduleError> {
    if count > MAX_REMINDERS {
        return Err(ScheduleError::TooMany(count));
    }
    let mut occurrences = Vec::with_capacity(count);
    let mut day = now.to_zoned(zone.clone()).date();
    while occurrences.len() < count {
        if let Some(occurrence) = on(settings, zone, day)? {
            if occurrence.instant > now && !done.contains(&day) {
                occurrences.push(occurrence);
            }
        }
        day = day.tomorrow().map_err(|_| ScheduleError::OutOfRange)?;
    }
    Ok(occurrences)
}

/// The training days from `from` up to `now` whose reminder time has passed without a
/// completed session: the sessions the UI can offer to catch up.
pub fn missed(
    settings: &ReminderSettings,
    zone: &TimeZone,
    from: Date,
    now: Timestamp,
    done: &BTreeSet<Date>,
) -> Result<Vec<Date>, ScheduleError> {
    let today = now.to_zoned(zone.clone()).date();
    let mut missed = Vec::new();
    let mut day = from;
    while day <= today {
        if let Some(occurrence) = on(settings, zone, day)? {
            if occurrence.instant <= now && !done.contains(&day) {
                missed.push(day);
            }
        }
        day = day.tomorrow().map_err(|_| ScheduleError::OutOfRange)?;
    }
    Ok(missed)
}

/// The reminder on `day`, if it is a training day.
fn on(
    settings: &ReminderSettings,
    zone: &TimeZone,
    day: Date,
) -> Result<Option<Occurrence>, ScheduleError> {
    if !settings.weekdays.contains(&weekday(day)) {
        return Ok(None);
    }
    let time = Time::new(settings.time.hour as i8, settings.time.minute as i8, 0, 0)
        .map_err(|_| ScheduleError::OutOfRange)?;
    let wall_clock = day.to_datetime(time);
    let local = zone
        .to_ambiguous_zoned(wall_clock)
        .compatible()
        .map_err(|_| ScheduleError::OutOfRange)?;
    Ok(Some(Occurrence {
        instant: local.timestamp(),
        local,
    }))
}

/// The weekday of a calendar date.
pub fn weekday(day: Date) -> Weekday {
    Weekday::ALL[day.weekday().to_monday_zero_offset() as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::LocalTime;
    use proptest::prelude::*;

    fn settings(days: &[Weekday], hour: u8, minute: u8, zone: &str) -> ReminderSettings {
        ReminderSettings::new(days, LocalTime::new(hour, minute).unwrap(), zone).unwrap()
    }

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn locals(occurrences: &[Occurrence]) -> Vec<String> {
        occurrences
            .iter()
            .map(|o| o.local.strftime("%Y-%m-%d %H:%M %:z").to_string())
            .collect()
    }

    const MWF: [Weekday; 3] = [Weekday::Mon, Weekday::Wed, Weekday::Fri];

    #[test]
    fn three_days_a_week_at_six() {
        let s = settings(&MWF, 18, 0, "Europe/Amsterdam");
        let zone = time_zone("Europe/Amsterdam").unwrap();
        // Saturday 21 November 2026, noon UTC.
        let next = next(&s, &zone, at("2026-11-21T12:00:00Z"), 4, &BTreeSet::new()).unwrap();
        assert_eq!(
            locals(&next),
            [
                "2026-11-23 18:00 +01:00",
                "2026-11-25 18:00 +01:00",
                "2026-11-27 18:00 +01:00",
                "2026-11-30 18:00 +01:00"
            ]
        );
        assert_eq!(next[0].instant, at("2026-11-23T17:00:00Z"));
    }

    #[test]
    fn later_today_counts_but_not_earlier_today() {
        let s = settings(&MWF, 18, 0, "Europe/Amsterdam");
        let zone = time_zone("Europe/Amsterdam").unwrap();
        let monday_noon = at("2026-11-23T11:00:00Z");
        let first = &next(&s, &zone, monday_noon, 1, &BTreeSet::new()).unwrap()[0];
        assert_eq!(first.date(), jiff::civil::date(2026, 11, 23));
        let monday_evening = at("2026-11-23T17:00:00Z"); // exactly 18:00 local: passed
        let first = &next(&s, &zone, monday_evening, 1, &BTreeSet::new()).unwrap()[0];
        assert_eq!(first.date(), jiff::civil::date(2026, 11, 25));
    }

    #[test]
    fn a_done_day_gets_no_reminder_and_a_missed_one_is_reported() {
        let s = settings(&MWF, 18, 0, "Europe/Amsterdam");
        let zone = time_zone("Europe/Amsterdam").unwrap();
        let done = BTreeSet::from([jiff::civil::date(2026, 11, 23)]);
        let monday_noon = at("2026-11-23T11:00:00Z");
        let first = &next(&s, &zone, monday_noon, 1, &done).unwrap()[0];
        assert_eq!(first.date(), jiff::civil::date(2026, 11, 25));

        // Thursday evening: Monday was done, Wednesday was missed.
        let thursday = at("2026-11-26T20:00:00Z");
        let missed = missed(&s, &zone, jiff::civil::date(2026, 11, 23), thursday, &done).unwrap();
        assert_eq!(missed, [jiff::civil::date(2026, 11, 25)]);
    }

    #[test]
    fn spring_gap_in_amsterdam_moves_forward() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST.
        let s = settings(&[Weekday::Sun], 2, 30, "Europe/Amsterdam");
        let zone = time_zone("Europe/Amsterdam").unwrap();
        let next = next(&s, &zone, at("2026-03-27T00:00:00Z"), 2, &BTreeSet::new()).unwrap();
        assert_eq!(
            locals(&next),
            ["2026-03-29 03:30 +02:00", "2026-04-05 02:30 +02:00"]
        );
        assert_eq!(next[0].instant, at("2026-03-29T01:30:00Z"));
    }

    #[test]
    fn autumn_fold_in_amsterdam_takes_the_first() {
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
        let s = settings(&[Weekday::Sun], 2, 30, "Europe/Amsterdam");
        let zone = time_zone("Europe/Amsterdam").unwrap();
        let next = next(&s, &zone, at("2026-10-23T00:00:00Z"), 2, &BTreeSet::new()).unwrap();
        assert_eq!(
            locals(&next),
            ["2026-10-25 02:30 +02:00", "2026-11-01 02:30 +01:00"]
        );
        assert_eq!(next[0].instant, at("2026-10-25T00:30:00Z"));
    }

    #[test]
    fn new_york_changes_on_other_days() {
        // 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist.
        let zone = time_zone("America/New_York").unwrap();
        let s = settings(&[Weekday::Sun], 2, 30, "America/New_York");
        let spring = next(&s, &zone, at("2026-03-07T00:00:00Z"), 1, &BTreeSet::new()).unwrap();
        assert_eq!(locals(&spring), ["2026-03-08 03:30 -04:00"]);
        // 1 November 2026: 02:00 EDT falls back to 01:00 EST, so 02:30 exists once (EST)
        // and 01:30 twice (the first, EDT, is taken).
        let autumn = next(&s, &zone, at("2026-10-31T00:00:00Z"), 1, &BTreeSet::new()).unwrap();
        assert_eq!(locals(&autumn), ["2026-11-01 02:30 -05:00"]);
        let fold = settings(&[Weekday::Sun], 1, 30, "America/New_York");
        let first = next(
            &fold,
            &zone,
            at("2026-10-31T00:00:00Z"),
            1,
            &BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(locals(&first), ["2026-11-01 01:30 -04:00"]);
        assert_eq!(first[0].instant, at("2026-11-01T05:30:00Z"));
        // 18:00 keeps its wall-clock time across the change: the UTC instant shifts an hour.
        let evening = settings(&[Weekday::Fri, Weekday::Mon], 18, 0, "America/New_York");
        let around = next(
            &evening,
            &zone,
            at("2026-10-29T00:00:00Z"),
            2,
            &BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(around[0].instant, at("2026-10-30T22:00:00Z"));
        assert_eq!(around[1].instant, at("2026-11-02T23:00:00Z"));
    }

    #[test]
    fn travelling_keeps_the_wall_clock_time() {
        let s = settings(&MWF, 18, 0, "Europe/Amsterdam");
        let now = at("2026-11-21T12:00:00Z");
        let home = next(
            &s,
            &time_zone("Europe/Amsterdam").unwrap(),
            now,
            1,
            &BTreeSet::new(),
        )
        .unwrap();
        let away = next(
            &s,
            &time_zone("America/New_York").unwrap(),
            now,
            1,
            &BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(home[0].local.time(), away[0].local.time());
        assert_eq!(
            away[0].instant.as_second() - home[0].instant.as_second(),
            6 * 3600
        );
    }

    #[test]
    fn bad_requests_are_errors() {
        let s = settings(&MWF, 18, 0, "UTC");
        let zone = time_zone("UTC").unwrap();
        assert_eq!(
            next(&s, &zone, Timestamp::UNIX_EPOCH, 65, &BTreeSet::new()),
            Err(ScheduleError::TooMany(65))
        );
        assert_eq!(
            time_zone("Nowhere/Town").unwrap_err(),
            ScheduleError::UnknownTimeZone("Nowhere/Town".into())
        );
        assert!(next(&s, &zone, Timestamp::MAX, 1, &BTreeSet::new()).is_err());
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in ScheduleError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        assert_eq!(
            ScheduleError::TooMany(65).localized(Language::Nl),
            "er kunnen hoogstens 64 herinneringen ingepland worden, niet 65"
        );
    }

    proptest! {
        #[test]
        fn ordered_unique_chosen_days_and_never_in_the_past(
            bits in 1u8..=127,
            hour in 0u8..24,
            minute in 0u8..60,
            seconds in 0i64..4_000_000_000,
            zone_index in 0usize..4,
            count in 0usize..=64,
        ) {
            let zones = ["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "UTC"];
            let days = Weekday::from_bits(bits);
            let s = settings(&days, hour, minute, zones[zone_index]);
            let zone = time_zone(zones[zone_index]).unwrap();
            let now = Timestamp::from_second(seconds).unwrap();
            let next = next(&s, &zone, now, count, &BTreeSet::new()).unwrap();
            prop_assert_eq!(next.len(), count);
            for pair in next.windows(2) {
                prop_assert!(pair[0].instant < pair[1].instant);
                prop_assert!(pair[0].date() < pair[1].date());
            }
            for o in &next {
                prop_assert!(o.instant > now);
                prop_assert!(days.contains(&weekday(o.date())));
            }
        }
    }
}
