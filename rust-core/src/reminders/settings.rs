//! What the user chose for reminders, validated.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::language::{Language, Localized};

/// A day of the week.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday up to 6 for Sunday.
    pub fn index(self) -> u32 {
        self as u32
    }

    /// The days as a bit set, bit 0 for Monday (how the database stores them).
    pub fn to_bits(days: &[Weekday]) -> u8 {
        days.iter().fold(0, |bits, day| bits | 1 << day.index())
    }

    /// `days` with `day` switched on or off: Monday first, each once.
    pub fn toggled(days: &[Weekday], day: Weekday, on: bool) -> Vec<Weekday> {
        let bits = Weekday::to_bits(days);
        let bit = 1 << day.index();
        Weekday::from_bits(if on { bits | bit } else { bits & !bit })
    }

    /// The days in a bit set, Monday first.
    pub fn from_bits(bits: u8) -> Vec<Weekday> {
        Weekday::ALL
            .into_iter()
            .filter(|day| bits & (1 << day.index()) != 0)
            .collect()
    }
}

impl FromStr for Weekday {
    type Err = SettingsError;

    /// Accepts English and Dutch names and their three- and two-letter forms
    /// (`mon`, `monday`, `ma`, `maandag`), in any case.
    fn from_str(text: &str) -> Result<Weekday, SettingsError> {
        let day = match text.trim().to_lowercase().as_str() {
            "mon" | "monday" | "ma" | "maandag" => Weekday::Mon,
            "tue" | "tuesday" | "di" | "dinsdag" => Weekday::Tue,
            "wed" | "wednesday" | "wo" | "woensdag" => Weekday::Wed,
            "thu" | "thursday" | "do" | "donderdag" => Weekday::Thu,
            "fri" | "friday" | "vr" | "vrijdag" => Weekday::Fri,
            "sat" | "saturday" | "za" | "zaterdag" => Weekday::Sat,
            "sun" | "sunday" | "zo" | "zondag" => Weekday::Sun,
            _ => return Err(SettingsError::UnknownWeekday(text.to_owned())),
        };
        Ok(day)
    }
}

/// The reminder time onboarding proposes: 18:00, after a working day.
pub const PROPOSED_TIME: LocalTime = LocalTime {
    hour: 18,
    minute: 0,
};

/// A wall-clock time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, uniffi::Record)]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    pub fn new(hour: u8, minute: u8) -> Result<LocalTime, SettingsError> {
        if hour < 24 && minute < 60 {
            Ok(LocalTime { hour, minute })
        } else {
            Err(SettingsError::InvalidTime(format!("{hour:02}:{minute:02}")))
        }
    }

    pub fn minute_of_day(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }

    pub fn from_minute_of_day(minutes: u16) -> Result<LocalTime, SettingsError> {
        LocalTime::new((minutes / 60) as u8, (minutes % 60) as u8)
    }

    /// The time `minutes` later (earlier when negative), round the clock: the shells' earlier
    /// and later buttons step by `TIME_STEP_MINUTES`.
    pub fn shifted(self, minutes: i32) -> LocalTime {
        const DAY: i32 = 24 * 60;
        let moved = (i32::from(self.minute_of_day()) + minutes).rem_euclid(DAY);
        LocalTime {
            hour: (moved / 60) as u8,
            minute: (moved % 60) as u8,
        }
    }
}

/// How far the earlier and later buttons move the reminder time: a quarter of an hour, so a
/// few large taps reach any usual time.
pub const TIME_STEP_MINUTES: i32 = 15;

impl FromStr for LocalTime {
    type Err = SettingsError;

    /// Parses `HH:MM` (24-hour clock).
    fn from_str(text: &str) -> Result<LocalTime, SettingsError> {
        let invalid = || SettingsError::InvalidTime(text.to_owned());
        let (hour, minute) = text.trim().split_once(':').ok_or_else(invalid)?;
        if minute.len() != 2 || hour.is_empty() || hour.len() > 2 {
            return Err(invalid());
        }
        LocalTime::new(
            hour.parse().map_err(|_| invalid())?,
            minute.parse().map_err(|_| invalid())?,
        )
        .map_err(|_| invalid())
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for LocalTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LocalTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// On which days, at what time and in which time zone to remind the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct ReminderSettings {
    /// Training days, Monday first, each once.
    pub weekdays: Vec<Weekday>,
    pub time: LocalTime,
    /// An IANA time zone such as `Europe/Amsterdam`.
    pub time_zone: String,
}

impl ReminderSettings {
    /// Checks and normalises the settings: days sorted without repeats, a known time zone.
    pub fn new(
        weekdays: &[Weekday],
        time: LocalTime,
        time_zone: &str,
    ) -> Result<ReminderSettings, SettingsError> {
        let bits = Weekday::to_bits(weekdays);
        if bits == 0 {
            return Err(SettingsError::NoDays);
        }
        // The fields are public (and cross the FFI): check the time as `LocalTime::new` does.
        let time = LocalTime::new(time.hour, time.minute)?;
        jiff::tz::TimeZone::get(time_zone)
            .map_err(|_| SettingsError::UnknownTimeZone(time_zone.to_owned()))?;
        Ok(ReminderSettings {
            weekdays: Weekday::from_bits(bits),
            time,
            time_zone: time_zone.to_owned(),
        })
    }

    /// The leaflets' start: three non-consecutive days (Monday, Wednesday, Friday) at 18:00.
    pub fn default_in(time_zone: &str) -> Result<ReminderSettings, SettingsError> {
        ReminderSettings::new(
            &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
            PROPOSED_TIME,
            time_zone,
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("'{0}' is not a day of the week")]
    UnknownWeekday(String),
    #[error("'{0}' is not a time of day: use HH:MM, e.g. 18:00")]
    InvalidTime(String),
    #[error("choose at least one training day")]
    NoDays,
    #[error("'{0}' is not a known time zone: use a name such as Europe/Amsterdam")]
    UnknownTimeZone(String),
}

impl Localized for SettingsError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            SettingsError::UnknownWeekday(text) => format!("onbekende dag van de week: '{text}'"),
            SettingsError::InvalidTime(text) => {
                format!("ongeldig tijdstip '{text}': gebruik UU:MM, bv. 18:00")
            }
            SettingsError::NoDays => "kies minstens één trainingsdag".into(),
            SettingsError::UnknownTimeZone(text) => {
                format!("onbekende tijdzone '{text}': gebruik een naam zoals Europe/Amsterdam")
            }
        }
    }
}

#[cfg(test)]
impl SettingsError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<SettingsError> {
        vec![
            SettingsError::UnknownWeekday("funday".into()),
            SettingsError::InvalidTime("24:00".into()),
            SettingsError::NoDays,
            SettingsError::UnknownTimeZone("Mars/Olympus".into()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_in_both_languages_and_normalise() {
        let days: Vec<Weekday> = ["fri", "Ma", "woensdag", "MON"]
            .iter()
            .map(|d| d.parse().unwrap())
            .collect();
        let settings =
            ReminderSettings::new(&days, LocalTime::new(7, 5).unwrap(), "Europe/Brussels").unwrap();
        assert_eq!(
            settings.weekdays,
            [Weekday::Mon, Weekday::Wed, Weekday::Fri]
        );
        assert_eq!(
            "funday".parse::<Weekday>(),
            Err(SettingsError::UnknownWeekday("funday".into()))
        );
    }

    #[test]
    fn the_time_steps_round_the_clock() {
        let at = |hour, minute| LocalTime { hour, minute };
        assert_eq!(at(18, 0).shifted(TIME_STEP_MINUTES), at(18, 15));
        assert_eq!(at(18, 0).shifted(-TIME_STEP_MINUTES), at(17, 45));
        assert_eq!(at(23, 50).shifted(TIME_STEP_MINUTES), at(0, 5));
        assert_eq!(at(0, 10).shifted(-TIME_STEP_MINUTES), at(23, 55));
    }

    #[test]
    fn times_and_zones_are_checked() {
        assert_eq!(
            "18:00".parse(),
            Ok(LocalTime {
                hour: 18,
                minute: 0
            })
        );
        assert_eq!(
            "7:30".parse(),
            Ok(LocalTime {
                hour: 7,
                minute: 30
            })
        );
        for bad in ["24:00", "18:60", "18", "18:0", "x:00", "", "118:00"] {
            assert!(bad.parse::<LocalTime>().is_err(), "{bad}");
        }
        let time = LocalTime {
            hour: 18,
            minute: 0,
        };
        assert_eq!(
            ReminderSettings::new(&[Weekday::Mon], time, "Mars/Olympus"),
            Err(SettingsError::UnknownTimeZone("Mars/Olympus".into()))
        );
        assert_eq!(
            ReminderSettings::new(&[], time, "UTC"),
            Err(SettingsError::NoDays)
        );
        let impossible = LocalTime {
            hour: 24,
            minute: 0,
        };
        assert_eq!(
            ReminderSettings::new(&[Weekday::Mon], impossible, "UTC"),
            Err(SettingsError::InvalidTime("24:00".into()))
        );
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in SettingsError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        assert_eq!(
            SettingsError::InvalidTime("24:00".into()).localized(Language::Nl),
            "ongeldig tijdstip '24:00': gebruik UU:MM, bv. 18:00"
        );
    }

    #[test]
    fn bits_round_trip() {
        for bits in 1..=127u8 {
            assert_eq!(Weekday::to_bits(&Weekday::from_bits(bits)), bits);
        }
        assert_eq!(
            LocalTime::from_minute_of_day(18 * 60 + 5).unwrap(),
            LocalTime {
                hour: 18,
                minute: 5
            }
        );
    }
}
