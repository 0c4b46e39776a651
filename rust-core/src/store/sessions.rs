//! The training history: sessions, the sets performed in them, the cuff's summary of each
//! pressure-biofeedback set, and the weekly reports built from them.
//!
//! Each set is written the moment it ends, in its own transaction, so an aborted session, a
//! crash or a flat battery loses at most the set in progress.

use rusqlite::{params, Connection, OptionalExtension};

use super::profile::{from_key, key};
use super::{Store, StoreError};
use crate::history::{
    PainWeek, PressureSummary, SessionRecord, SessionStatus, SetRecord, WeekAdherence,
};

impl Store {
    /// Starts a session now, with the plan it follows (JSON); returns its id.
    pub fn start_session(
        &self,
        local_date: &str,
        started_at_ms: i64,
        pain_before: Option<u8>,
        plan: Option<&str>,
    ) -> Result<i64, StoreError> {
        check_date(local_date)?;
        check_score("pain before", pain_before)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO session (local_date, status, started_at_ms, pain_before, plan)
                 VALUES (?1, 'started', ?2, ?3, ?4)",
                params![local_date, started_at_ms, pain_before, plan],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Records one set the moment it ends; returns the set's id.
    pub fn record_set(&self, session_id: i64, set: &SetRecord) -> Result<i64, StoreError> {
        self.write(|tx| insert_set(tx, session_id, set))
    }

    /// Records a pressure-biofeedback set with the cuff's summary and its encoded trace.
    pub fn record_cuff_set(
        &self,
        session_id: i64,
        set: &SetRecord,
        pressure: &PressureSummary,
        trace: Option<&[u8]>,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let set_id = insert_set(tx, session_id, set)?;
            insert_pressure(tx, set_id, pressure, trace)?;
            Ok(set_id)
        })
    }

    /// Ends a session: completed, skipped or aborted.
    pub fn finish_session(
        &self,
        session_id: i64,
        status: SessionStatus,
        ended_at_ms: i64,
        pain_after: Option<u8>,
        effort: Option<u8>,
        notes: &str,
    ) -> Result<(), StoreError> {
        check_score("pain after", pain_after)?;
        check_score("effort", effort)?;
        if matches!(status, SessionStatus::Planned | SessionStatus::Started) {
            return Err(StoreError::Invalid(
                "a session ends as completed, skipped or aborted".into(),
            ));
        }
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE session SET status = ?2, ended_at_ms = ?3, pain_after = ?4, effort = ?5,
                     notes = ?6
                 WHERE id = ?1",
                params![
                    session_id,
                    key(&status)?,
                    ended_at_ms,
                    pain_after,
                    effort,
                    notes
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound(format!(
                    "no session has the id {session_id}"
                )));
            }
            Ok(())
        })
    }

    /// Ends every session still `started`, other than `except_id`, as aborted; returns the
    /// ids it ended, in order.
    ///
    /// A session is `started` only while a process is running it: one left so was cut off
    /// (the app killed, Ctrl-C, a flat battery), and would otherwise stay unfinished for
    /// ever. It ends at its last activity, the time of its latest set or else its start; its
    /// sets and pain before are kept. `Store::open` calls this, as a freshly opened store
    /// runs no session yet; a caller running one passes its id as `except_id`.
    ///
    /// Should a session still be alive elsewhere after all (a second process opened the same
    /// file, which is not supported), its later writes still succeed: `record_set` and
    /// `finish_session` do not depend on the status, so it ends as it finishes.
    pub fn end_interrupted_sessions(&self, except_id: Option<i64>) -> Result<Vec<i64>, StoreError> {
        self.write(|tx| {
            let mut statement = tx.prepare_cached(
                "UPDATE session SET status = 'aborted',
                     ended_at_ms = coalesce(
                         (SELECT max(recorded_at_ms) FROM performed_set
                          WHERE performed_set.session_id = session.id),
                         started_at_ms)
                 WHERE status = 'started' AND id IS NOT ?1
                 RETURNING id",
            )?;
            let mut ended = statement
                .query_map([except_id], |row| row.get(0))?
                .collect::<Result<Vec<i64>, _>>()?;
            ended.sort_unstable();
            Ok(ended)
        })
    }

    pub fn session(&self, session_id: i64) -> Result<Option<SessionRecord>, StoreError> {
        self.read(|c| {
            c.query_row(
                &format!("{SESSION_COLUMNS} WHERE id = ?1"),
                [session_id],
                session_from_row,
            )
            .optional()?
            .transpose()
        })
    }

    /// The sets of a session, in the order they were done.
    pub fn sets(&self, session_id: i64) -> Result<Vec<SetRecord>, StoreError> {
        self.read(|c| sets_of(c, session_id))
    }

    /// The sessions between two local dates (inclusive), oldest first.
    pub fn sessions_between(&self, from: &str, to: &str) -> Result<Vec<SessionRecord>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(&format!(
                "{SESSION_COLUMNS} WHERE local_date BETWEEN ?1 AND ?2 ORDER BY local_date, id"
            ))?;
            let rows = statement.query_map([from, to], session_from_row)?;
            rows.map(|row| row?).collect()
        })
    }

    /// Completed sessions per week (Monday to Sunday) for the weeks from the one holding
    /// `from` to the one holding `to`, against the program's target. Weeks without any
    /// session are included, so gaps show.
    pub fn weekly_adherence(&self, from: &str, to: &str) -> Result<Vec<WeekAdherence>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let target: u32 = c
                .query_row(
                    "SELECT sessions_per_week FROM program_state WHERE id = 1",
                    [],
                    |row| row.get(0),
                )
                .optional()?
                .unwrap_or(3);
            // Count per week first (a range scan of the date index), then lay the counts on
            // the full list of weeks so weeks without sessions show as zero.
            let mut statement = c.prepare_cached(
                "WITH RECURSIVE week(start) AS (
                     SELECT date(?1, 'weekday 0', '-6 days')
                     UNION ALL
                     SELECT date(start, '+7 days') FROM week
                     WHERE start < date(?2, 'weekday 0', '-6 days')
                 ),
                 done(start, n) AS (
                     SELECT date(local_date, 'weekday 0', '-6 days'), count(*)
                     FROM session
                     WHERE local_date BETWEEN date(?1, 'weekday 0', '-6 days')
                                          AND date(?2, 'weekday 0')
                       AND status = 'completed'
                     GROUP BY 1
                 )
                 SELECT week.start, coalesce(done.n, 0)
                 FROM week LEFT JOIN done USING (start)
                 ORDER BY week.start",
            )?;
            let rows = statement.query_map([from, to], |row| {
                Ok(WeekAdherence {
                    week_start: row.get(0)?,
                    completed: row.get(1)?,
                    target,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Mean pain before and after the sessions of each week that had any.
    pub fn pain_trend(&self, from: &str, to: &str) -> Result<Vec<PainWeek>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT date(local_date, 'weekday 0', '-6 days') AS week_start, count(*),
                        avg(pain_before), avg(pain_after)
                 FROM session
                 WHERE local_date BETWEEN ?1 AND ?2 AND status IN ('completed', 'aborted')
                 GROUP BY week_start ORDER BY week_start",
            )?;
            let rows = statement.query_map([from, to], |row| {
                Ok(PainWeek {
                    week_start: row.get(0)?,
                    sessions: row.get(1)?,
                    mean_before: row.get(2)?,
                    mean_after: row.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}

pub(super) const SESSION_COLUMNS: &str = "SELECT id, local_date, status, planned_at_ms, \
     started_at_ms, ended_at_ms, pain_before, pain_after, effort, notes FROM session";

pub(super) fn session_from_row(
    row: &rusqlite::Row,
) -> rusqlite::Result<Result<SessionRecord, StoreError>> {
    let status: String = row.get(2)?;
    Ok(from_key(&status).map(|status| SessionRecord {
        id: row.get(0).unwrap_or_default(),
        local_date: row.get(1).unwrap_or_default(),
        status,
        planned_at_ms: row.get(3).unwrap_or_default(),
        started_at_ms: row.get(4).unwrap_or_default(),
        ended_at_ms: row.get(5).unwrap_or_default(),
        pain_before: row.get(6).unwrap_or_default(),
        pain_after: row.get(7).unwrap_or_default(),
        effort: row.get(8).unwrap_or_default(),
        notes: row.get(9).unwrap_or_default(),
    }))
}

pub(super) fn insert_set(
    tx: &Connection,
    session_id: i64,
    set: &SetRecord,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO performed_set (session_id, exercise_id, set_index, side, outcome, reps,
             hold_ms, hurt, recorded_at_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            session_id,
            set.exercise_id,
            set.set_index,
            key(&set.side)?,
            key(&set.outcome)?,
            set.reps,
            set.hold_ms,
            set.hurt,
            set.recorded_at_ms
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

pub(super) fn insert_pressure(
    tx: &Connection,
    set_id: i64,
    p: &PressureSummary,
    trace: Option<&[u8]>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO set_pressure (set_id, cuff_identifier, start_mmhg, time_in_band_pct,
             mean_dev_mmhg, worst_dev_mmhg, steadiness, trace, compensated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            set_id,
            p.cuff_identifier,
            p.start_mmhg,
            p.time_in_band_pct,
            p.mean_dev_mmhg,
            p.worst_dev_mmhg,
            p.steadiness,
            trace,
            p.compensated
        ],
    )?;
    Ok(())
}

pub(super) fn sets_of(c: &Connection, session_id: i64) -> Result<Vec<SetRecord>, StoreError> {
    let mut statement = c.prepare_cached(
        "SELECT exercise_id, set_index, side, outcome, reps, hold_ms, hurt, recorded_at_ms
         FROM performed_set WHERE session_id = ?1 ORDER BY id",
    )?;
    let rows = statement.query_map([session_id], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, u32>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, Option<u32>>(4)?,
            row.get::<_, Option<u32>>(5)?,
            row.get::<_, bool>(6)?,
            row.get::<_, i64>(7)?,
        ))
    })?;
    rows.map(|row| {
        let (exercise_id, set_index, side, outcome, reps, hold_ms, hurt, recorded_at_ms) = row?;
        Ok(SetRecord {
            exercise_id,
            set_index,
            side: from_key(&side)?,
            outcome: from_key(&outcome)?,
            reps,
            hold_ms,
            hurt,
            recorded_at_ms,
        })
    })
    .collect()
}

/// A `YYYY-MM-DD` calendar date that exists.
pub(super) fn check_date(date: &str) -> Result<(), StoreError> {
    let valid = date.len() == 10
        && date
            .parse::<jiff::civil::Date>()
            .is_ok_and(|d| d.to_string() == date);
    if valid {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "'{date}' is not a date (YYYY-MM-DD)"
        )))
    }
}

/// A 0–10 score (pain, effort).
pub(super) fn check_score(what: &str, score: Option<u8>) -> Result<(), StoreError> {
    match score {
        Some(value) if value > 10 => Err(StoreError::Invalid(format!(
            "{what} must be from 0 to 10, not {value}"
        ))),
        _ => Ok(()),
    }
}
