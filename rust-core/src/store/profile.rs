//! Reading and writing the profile, the screening answers and the reminder settings.

use rusqlite::{params, Connection, OptionalExtension};

use super::{Store, StoreError};
use crate::catalogue::Equipment;
use crate::profile::{Profile, Screening};
use crate::reminders::{LocalTime, ReminderSettings, Weekday};

impl Store {
    /// Saves what onboarding decided, all at once: the profile, a screening and the reminder
    /// settings (and the program's starting state, the first time).
    pub fn save_onboarding(
        &self,
        profile: &Profile,
        screening: &Screening,
        reminders: &ReminderSettings,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            put_profile(tx, profile, now_ms)?;
            put_screening(tx, screening)?;
            put_reminders(tx, reminders, now_ms)?;
            tx.execute(
                "INSERT INTO program_state (id, stabilisation_phase, sessions_per_week, updated_at_ms)
                 VALUES (1, 1, ?1, ?2) ON CONFLICT (id) DO NOTHING",
                params![reminders.weekdays.len().min(7) as u32, now_ms],
            )?;
            Ok(())
        })
    }

    /// Saves a changed profile (its language, equipment or goal).
    pub fn save_profile(&self, profile: &Profile, now_ms: i64) -> Result<(), StoreError> {
        self.write(|tx| put_profile(tx, profile, now_ms))
    }

    /// Records a new answer to the safety screening (e.g. "the acute pain has settled").
    pub fn record_screening(&self, screening: &Screening) -> Result<(), StoreError> {
        self.write(|tx| put_screening(tx, screening))
    }

    pub fn save_reminders(
        &self,
        reminders: &ReminderSettings,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.write(|tx| put_reminders(tx, reminders, now_ms))
    }

    /// The profile, or `None` before onboarding.
    pub fn profile(&self) -> Result<Option<Profile>, StoreError> {
        self.read(get_profile)
    }

    /// When the user first answered the screening: the day the program began.
    pub fn began_at(&self) -> Result<Option<i64>, StoreError> {
        self.read(|c| {
            Ok(c.query_row("SELECT min(answered_at_ms) FROM screening", [], |row| {
                row.get(0)
            })?)
        })
    }

    /// The latest screening answers.
    pub fn screening(&self) -> Result<Option<Screening>, StoreError> {
        self.read(|c| Ok(get_screenings(c)?.pop()))
    }

    pub fn reminders(&self) -> Result<Option<ReminderSettings>, StoreError> {
        self.read(get_reminders)
    }

    /// When the reminder settings were last saved (the schedule runs from then).
    pub fn reminders_saved_at(&self) -> Result<Option<i64>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT updated_at_ms FROM reminder_settings WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
        })
    }
}

pub(super) fn put_profile(tx: &Connection, p: &Profile, now_ms: i64) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO profile (id, height_cm, ball_cm, language, goal, onboarding_done, updated_at_ms)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET height_cm = ?1, ball_cm = ?2, language = ?3, goal = ?4,
             onboarding_done = ?5, updated_at_ms = ?6",
        params![
            p.height_cm,
            p.ball_diameter_cm,
            key(&p.language)?,
            key(&p.goal)?,
            p.onboarding_done,
            now_ms
        ],
    )?;
    tx.execute("DELETE FROM profile_equipment", [])?;
    for item in &p.equipment {
        tx.execute(
            "INSERT INTO profile_equipment (item) VALUES (?1)",
            [key(item)?],
        )?;
    }
    Ok(())
}

pub(super) fn put_screening(tx: &Connection, s: &Screening) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO screening (answered_at_ms, red_flags, acute_pain) VALUES (?1, ?2, ?3)",
        params![s.answered_at_ms, s.red_flags, s.acute_pain],
    )?;
    Ok(())
}

pub(super) fn put_reminders(
    tx: &Connection,
    r: &ReminderSettings,
    now_ms: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO reminder_settings (id, weekdays, minute_of_day, time_zone, updated_at_ms)
         VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET weekdays = ?1, minute_of_day = ?2, time_zone = ?3,
             updated_at_ms = ?4",
        params![
            Weekday::to_bits(&r.weekdays),
            r.time.minute_of_day(),
            r.time_zone,
            now_ms
        ],
    )?;
    Ok(())
}

pub(super) fn get_profile(c: &Connection) -> Result<Option<Profile>, StoreError> {
    let row = c
        .query_row(
            "SELECT height_cm, ball_cm, language, goal, onboarding_done FROM profile WHERE id = 1",
            [],
            |row| {
                Ok((
                    row.get::<_, f64>(0)?,
                    row.get::<_, u32>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, bool>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((height_cm, ball_diameter_cm, language, goal, onboarding_done)) = row else {
        return Ok(None);
    };
    let mut statement = c.prepare_cached("SELECT item FROM profile_equipment")?;
    let mut equipment: Vec<Equipment> = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .map(|item| from_key(&item?))
        .collect::<Result<_, _>>()?;
    equipment.sort_by_key(|item| *item as u8);
    Ok(Some(Profile {
        height_cm,
        ball_diameter_cm,
        language: from_key(&language)?,
        goal: from_key(&goal)?,
        equipment,
        onboarding_done,
    }))
}

pub(super) fn get_screenings(c: &Connection) -> Result<Vec<Screening>, StoreError> {
    let mut statement =
        c.prepare_cached("SELECT answered_at_ms, red_flags, acute_pain FROM screening ORDER BY id")?;
    let rows = statement.query_map([], |row| {
        Ok(Screening {
            answered_at_ms: row.get(0)?,
            red_flags: row.get(1)?,
            acute_pain: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn get_reminders(c: &Connection) -> Result<Option<ReminderSettings>, StoreError> {
    let row = c
        .query_row(
            "SELECT weekdays, minute_of_day, time_zone FROM reminder_settings WHERE id = 1",
            [],
            |row| {
                Ok((
                    row.get::<_, u8>(0)?,
                    row.get::<_, u16>(1)?,
                    row.get::<_, String>(2)?,
                ))
            },
        )
        .optional()?;
    row.map(|(bits, minutes, time_zone)| {
        Ok(ReminderSettings {
            weekdays: Weekday::from_bits(bits),
            time: LocalTime::from_minute_of_day(minutes)
                .map_err(|e| StoreError::Invalid(e.to_string()))?,
            time_zone,
        })
    })
    .transpose()
}

/// The stored name of an enumeration value.
pub(super) fn key<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    crate::keys::to_key(value).ok_or_else(|| StoreError::Invalid("a value has no name".into()))
}

/// The enumeration value for a stored name.
pub(super) fn from_key<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    crate::keys::from_key(text).ok_or_else(|| StoreError::Corrupt {
        path: Default::default(),
        detail: format!("unknown stored value '{text}'"),
    })
}
