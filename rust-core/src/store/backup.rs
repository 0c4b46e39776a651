//! Backup and restore: all user data as one versioned JSON document.
//!
//! A restore replaces everything in one transaction, after the whole document has been read
//! and checked: a file that is not a backup, comes from a newer app, or is damaged anywhere
//! changes nothing, and the error names the place (`sessions[3].sets[0].set.outcome`).

use base64::Engine;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::cuffs::{all_cuffs, insert_cuff};
use super::profile::key;
use super::profile::{
    get_profile, get_reminders, get_screenings, put_profile, put_reminders, put_screening,
};
use super::sessions::{
    check_date, check_score, insert_pressure, insert_set, session_from_row, sets_of,
    SESSION_COLUMNS,
};
use super::{Store, StoreError};
use crate::history::{Cuff, PressureSummary, SessionRecord, SetRecord};
use crate::profile::{Profile, Screening};
use crate::reminders::ReminderSettings;

/// The `format` field of every backup document.
pub const BACKUP_FORMAT: &str = "kernkracht-backup";
/// The document version this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;

/// Everything the user has entered and done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub exported_at_ms: i64,
    pub profile: Option<Profile>,
    pub screenings: Vec<Screening>,
    pub reminders: Option<ReminderSettings>,
    pub program: Option<ProgramState>,
    pub exercise_dosages: Vec<ExerciseDosage>,
    pub progression: Vec<ProgressionEvent>,
    pub sessions: Vec<BackupSession>,
    pub cuffs: Vec<Cuff>,
}

/// The program's overall state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramState {
    pub stabilisation_phase: u8,
    pub sessions_per_week: u8,
    pub updated_at_ms: i64,
    #[serde(default)]
    pub phase_started_at_ms: i64,
    #[serde(default)]
    pub phase_self_reported: bool,
}

/// The current dosage of one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseDosage {
    pub exercise_id: String,
    pub step: u32,
    pub sets: Option<u32>,
    pub reps: Option<u32>,
    pub hold_seconds: Option<u32>,
    pub max_reps: Option<u32>,
    pub updated_at_ms: i64,
    #[serde(default)]
    pub streak: u32,
    #[serde(default)]
    pub max_tested_at_ms: Option<i64>,
    #[serde(default)]
    pub paused_until_session: u32,
}

/// One change of dosage or phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressionEvent {
    pub at_ms: i64,
    pub exercise_id: Option<String>,
    pub change: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupSession {
    pub session: SessionRecord,
    /// The plan the session followed, as JSON.
    #[serde(default)]
    pub plan: Option<String>,
    /// The program has judged the session (it is judged once).
    #[serde(default)]
    pub evaluated: bool,
    pub sets: Vec<BackupSet>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupSet {
    pub set: SetRecord,
    pub pressure: Option<BackupPressure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupPressure {
    pub summary: PressureSummary,
    /// The encoded trace (see `trace.rs`), in standard base64.
    pub trace_base64: Option<String>,
}

impl Store {
    /// Reads all user data as one consistent snapshot.
    pub fn export(&self, now_ms: i64) -> Result<Backup, StoreError> {
        self.read(|c| {
            let snapshot = c.unchecked_transaction()?;
            let backup = Backup {
                format: BACKUP_FORMAT.to_owned(),
                version: BACKUP_VERSION,
                exported_at_ms: now_ms,
                profile: get_profile(&snapshot)?,
                screenings: get_screenings(&snapshot)?,
                reminders: get_reminders(&snapshot)?,
                program: program_state(&snapshot)?,
                exercise_dosages: exercise_dosages(&snapshot)?,
                progression: progression(&snapshot)?,
                sessions: sessions(&snapshot)?,
                cuffs: all_cuffs(&snapshot)?,
            };
            snapshot.finish()?;
            Ok(backup)
        })
    }

    /// Replaces all user data with a backup document's, or changes nothing and says why.
    pub fn import_json(&self, json: &str) -> Result<(), StoreError> {
        let backup = parse(json)?;
        check(&backup)?;
        self.write(|tx| {
            clear(tx)?;
            restore(tx, &backup)
        })?;
        log::info!("restored a backup of {} sessions", backup.sessions.len());
        Ok(())
    }

    /// Deletes all user data in one transaction; the schema stays.
    pub fn delete_all(&self) -> Result<(), StoreError> {
        self.write(|tx| clear(tx))?;
        log::info!("deleted all user data");
        Ok(())
    }
}

/// Reads the document, checking what it is before what it holds.
fn parse(json: &str) -> Result<Backup, StoreError> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| StoreError::BadBackup(format!("the backup is not valid JSON ({e})")))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(BACKUP_FORMAT) {
        return Err(StoreError::BadBackup(
            "the file is not a Kernkracht backup".into(),
        ));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(BACKUP_VERSION) {
        return Err(StoreError::BadBackup(format!(
            "the backup comes from a newer version of the app (format {version}; this version reads up to {BACKUP_VERSION}); update the app"
        )));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        StoreError::BadBackup(format!(
            "the backup is damaged at {}: {}",
            e.path(),
            e.inner()
        ))
    })
}

/// Checks what the types alone do not: plausible values, dates, traces.
fn check(backup: &Backup) -> Result<(), StoreError> {
    let at = |place: String, e: StoreError| StoreError::BadBackup(format!("{place}: {e}"));
    if let Some(profile) = &backup.profile {
        let ball = crate::ball::recommend(profile.height_cm)
            .map_err(|e| StoreError::BadBackup(format!("profile.height_cm: {e}")))?;
        if ball.diameter_cm != profile.ball_diameter_cm {
            return Err(StoreError::BadBackup(format!(
                "profile.ball_diameter_cm: {} does not match the height ({} cm calls for {})",
                profile.ball_diameter_cm, profile.height_cm, ball.diameter_cm
            )));
        }
    }
    if let Some(r) = &backup.reminders {
        ReminderSettings::new(&r.weekdays, r.time, &r.time_zone)
            .map_err(|e| StoreError::BadBackup(format!("reminders: {e}")))?;
    }
    for (i, s) in backup.sessions.iter().enumerate() {
        let place = |field: &str| format!("sessions[{i}].session.{field}");
        check_date(&s.session.local_date).map_err(|e| at(place("local_date"), e))?;
        check_score("pain before", s.session.pain_before)
            .map_err(|e| at(place("pain_before"), e))?;
        check_score("pain after", s.session.pain_after).map_err(|e| at(place("pain_after"), e))?;
        check_score("effort", s.session.effort).map_err(|e| at(place("effort"), e))?;
        for (j, set) in s.sets.iter().enumerate() {
            if let Some(trace) = set.pressure.as_ref().and_then(|p| p.trace_base64.as_ref()) {
                decode_trace(trace)
                    .map_err(|e| at(format!("sessions[{i}].sets[{j}].pressure.trace_base64"), e))?;
            }
        }
    }
    Ok(())
}

fn decode_trace(trace: &str) -> Result<Vec<u8>, StoreError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(trace)
        .map_err(|e| StoreError::BadBackup(format!("not base64 ({e})")))?;
    crate::trace::decode(&bytes).map_err(|e| StoreError::BadBackup(e.to_string()))?;
    Ok(bytes)
}

fn clear(tx: &Connection) -> Result<(), StoreError> {
    tx.execute_batch(
        "DELETE FROM set_pressure; DELETE FROM performed_set; DELETE FROM session;
         DELETE FROM cuff; DELETE FROM progression_event; DELETE FROM exercise_dosage;
         DELETE FROM program_state; DELETE FROM reminder_settings; DELETE FROM screening;
         DELETE FROM profile_equipment; DELETE FROM profile;",
    )?;
    Ok(())
}

fn restore(tx: &Connection, b: &Backup) -> Result<(), StoreError> {
    if let Some(profile) = &b.profile {
        put_profile(tx, profile, b.exported_at_ms)?;
    }
    for screening in &b.screenings {
        put_screening(tx, screening)?;
    }
    if let Some(reminders) = &b.reminders {
        put_reminders(tx, reminders, b.exported_at_ms)?;
    }
    if let Some(p) = &b.program {
        tx.execute(
            "INSERT INTO program_state (id, stabilisation_phase, sessions_per_week, updated_at_ms,
                 phase_started_at_ms, phase_self_reported) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![
                p.stabilisation_phase,
                p.sessions_per_week,
                p.updated_at_ms,
                p.phase_started_at_ms,
                p.phase_self_reported
            ],
        )?;
    }
    for d in &b.exercise_dosages {
        tx.execute(
            "INSERT INTO exercise_dosage (exercise_id, step, sets, reps, hold_seconds, max_reps,
                 updated_at_ms, streak, max_tested_at_ms, paused_until_session)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                d.exercise_id,
                d.step,
                d.sets,
                d.reps,
                d.hold_seconds,
                d.max_reps,
                d.updated_at_ms,
                d.streak,
                d.max_tested_at_ms,
                d.paused_until_session
            ],
        )?;
    }
    for e in &b.progression {
        tx.execute(
            "INSERT INTO progression_event (at_ms, exercise_id, change, reason) VALUES (?1, ?2, ?3, ?4)",
            params![e.at_ms, e.exercise_id, e.change, e.reason],
        )?;
    }
    for cuff in &b.cuffs {
        insert_cuff(tx, cuff)?;
    }
    for s in &b.sessions {
        let r = &s.session;
        tx.execute(
            "INSERT INTO session (id, local_date, status, planned_at_ms, started_at_ms, ended_at_ms,
                 pain_before, pain_after, effort, notes, plan, evaluated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                r.id,
                r.local_date,
                key(&r.status)?,
                r.planned_at_ms,
                r.started_at_ms,
                r.ended_at_ms,
                r.pain_before,
                r.pain_after,
                r.effort,
                r.notes,
                s.plan,
                s.evaluated
            ],
        )?;
        for set in &s.sets {
            let set_id = insert_set(tx, r.id, &set.set)?;
            if let Some(p) = &set.pressure {
                let trace = p.trace_base64.as_deref().map(decode_trace).transpose()?;
                insert_pressure(tx, set_id, &p.summary, trace.as_deref())?;
            }
        }
    }
    Ok(())
}

fn program_state(c: &Connection) -> Result<Option<ProgramState>, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(c.query_row(
        "SELECT stabilisation_phase, sessions_per_week, updated_at_ms, phase_started_at_ms,
                phase_self_reported FROM program_state",
        [],
        |row| {
            Ok(ProgramState {
                stabilisation_phase: row.get(0)?,
                sessions_per_week: row.get(1)?,
                updated_at_ms: row.get(2)?,
                phase_started_at_ms: row.get(3)?,
                phase_self_reported: row.get(4)?,
            })
        },
    )
    .optional()?)
}

fn exercise_dosages(c: &Connection) -> Result<Vec<ExerciseDosage>, StoreError> {
    let mut statement = c.prepare(
        "SELECT exercise_id, step, sets, reps, hold_seconds, max_reps, updated_at_ms, streak,
                max_tested_at_ms, paused_until_session
         FROM exercise_dosage ORDER BY exercise_id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(ExerciseDosage {
            exercise_id: row.get(0)?,
            step: row.get(1)?,
            sets: row.get(2)?,
            reps: row.get(3)?,
            hold_seconds: row.get(4)?,
            max_reps: row.get(5)?,
            updated_at_ms: row.get(6)?,
            streak: row.get(7)?,
            max_tested_at_ms: row.get(8)?,
            paused_until_session: row.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn progression(c: &Connection) -> Result<Vec<ProgressionEvent>, StoreError> {
    let mut statement =
        c.prepare("SELECT at_ms, exercise_id, change, reason FROM progression_event ORDER BY id")?;
    let rows = statement.query_map([], |row| {
        Ok(ProgressionEvent {
            at_ms: row.get(0)?,
            exercise_id: row.get(1)?,
            change: row.get(2)?,
            reason: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn sessions(c: &Connection) -> Result<Vec<BackupSession>, StoreError> {
    let mut statement = c.prepare(&format!("{SESSION_COLUMNS} ORDER BY id"))?;
    let records: Vec<SessionRecord> = statement
        .query_map([], session_from_row)?
        .map(|row| row?)
        .collect::<Result<_, StoreError>>()?;
    let mut extra = c.prepare("SELECT plan, evaluated FROM session WHERE id = ?1")?;
    let mut pressure = c.prepare(
        "SELECT p.cuff_identifier, p.start_mmhg, p.time_in_band_pct, p.mean_dev_mmhg,
                p.worst_dev_mmhg, p.steadiness, p.trace, p.compensated
         FROM performed_set s LEFT JOIN set_pressure p ON p.set_id = s.id
         WHERE s.session_id = ?1 ORDER BY s.id",
    )?;
    records
        .into_iter()
        .map(|session| {
            let sets = sets_of(c, session.id)?;
            let pressures = pressure
                .query_map([session.id], |row| {
                    let start: Option<f64> = row.get(1)?;
                    let trace: Option<Vec<u8>> = row.get(6)?;
                    Ok(start.map(|start_mmhg| -> rusqlite::Result<BackupPressure> {
                        Ok(BackupPressure {
                            summary: PressureSummary {
                                cuff_identifier: row.get(0)?,
                                start_mmhg,
                                time_in_band_pct: row.get(2)?,
                                mean_dev_mmhg: row.get(3)?,
                                worst_dev_mmhg: row.get(4)?,
                                steadiness: row.get(5)?,
                                compensated: row.get(7)?,
                            },
                            trace_base64: trace
                                .map(|t| base64::engine::general_purpose::STANDARD.encode(t)),
                        })
                    }))
                })?
                .map(|row| row?.transpose())
                .collect::<Result<Vec<_>, _>>()?;
            let (plan, evaluated): (Option<String>, bool) =
                extra.query_row([session.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(BackupSession {
                session,
                plan,
                evaluated,
                sets: sets
                    .into_iter()
                    .zip(pressures)
                    .map(|(set, pressure)| BackupSet { set, pressure })
                    .collect(),
            })
        })
        .collect()
}
