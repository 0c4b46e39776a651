//! The program's state: the phase, sessions a week, each exercise's progress, and the
//! history the program reads to decide (completed days, recent pain, cuff results).

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension};

use super::sessions::{check_date, sets_of, SESSION_COLUMNS};
use super::{Store, StoreError};
use crate::history::{CuffSession, SessionRecord, SetCounts, SetRecord};
use crate::program::phase::CuffResult;
use crate::program::{ExerciseProgress, ProgramState, ProgressNote, ProgressRow};

impl Store {
    /// The program's state; the starting state before onboarding saved one.
    pub fn program_state(&self) -> Result<ProgramState, StoreError> {
        self.read(|c| {
            let mut state = c
                .query_row(
                    "SELECT stabilisation_phase, sessions_per_week, phase_started_at_ms,
                            phase_self_reported FROM program_state WHERE id = 1",
                    [],
                    |row| {
                        Ok(ProgramState {
                            stabilisation_phase: row.get(0)?,
                            sessions_per_week: row.get(1)?,
                            phase_started_at_ms: row.get(2)?,
                            phase_self_reported: row.get(3)?,
                            ..ProgramState::default()
                        })
                    },
                )
                .optional()?
                .unwrap_or_default();
            state.sessions_done = c.query_row(
                "SELECT count(*) FROM session WHERE status = 'completed'",
                [],
                |r| r.get(0),
            )?;
            let mut statement = c.prepare_cached(
                "SELECT exercise_id, step, streak, max_reps, max_tested_at_ms, paused_until_session
                 FROM exercise_dosage",
            )?;
            let rows = statement.query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    ExerciseProgress {
                        step: row.get(1)?,
                        streak: row.get(2)?,
                        max_reps: row.get(3)?,
                        max_tested_at_ms: row.get(4)?,
                        paused_until_session: row.get(5)?,
                    },
                ))
            })?;
            for row in rows {
                let (id, progress) = row?;
                state.progress.insert(id, progress);
            }
            Ok(state)
        })
    }

    /// Saves the program's state and the notes on what changed, in one transaction; with
    /// `evaluated`, also marks that session as judged (a session is judged once).
    pub fn save_program(
        &self,
        state: &ProgramState,
        rows: &[ProgressRow],
        notes: &[ProgressNote],
        evaluated: Option<i64>,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            if let Some(session_id) = evaluated {
                let marked = tx.execute(
                    "UPDATE session SET evaluated = 1 WHERE id = ?1 AND evaluated = 0",
                    [session_id],
                )?;
                if marked == 0 {
                    return Err(StoreError::Invalid(format!(
                        "session {session_id} was already evaluated"
                    )));
                }
            }
            tx.execute(
                "INSERT INTO program_state (id, stabilisation_phase, sessions_per_week, updated_at_ms,
                     phase_started_at_ms, phase_self_reported)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET stabilisation_phase = ?1, sessions_per_week = ?2,
                     updated_at_ms = ?3, phase_started_at_ms = ?4, phase_self_reported = ?5",
                params![
                    state.stabilisation_phase,
                    state.sessions_per_week,
                    now_ms,
                    state.phase_started_at_ms,
                    state.phase_self_reported
                ],
            )?;
            for row in rows {
                let p = &row.progress;
                tx.execute(
                    "INSERT INTO exercise_dosage (exercise_id, step, sets, reps, hold_seconds, max_reps,
                         updated_at_ms, streak, max_tested_at_ms, paused_until_session)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT (exercise_id) DO UPDATE SET step = ?2, sets = ?3, reps = ?4,
                         hold_seconds = ?5, max_reps = ?6, updated_at_ms = ?7, streak = ?8,
                         max_tested_at_ms = ?9, paused_until_session = ?10",
                    params![
                        row.exercise_id,
                        p.step,
                        row.sets,
                        row.reps,
                        row.hold_seconds,
                        p.max_reps,
                        now_ms,
                        p.streak,
                        p.max_tested_at_ms,
                        p.paused_until_session
                    ],
                )?;
            }
            for note in notes {
                tx.execute(
                    "INSERT INTO progression_event (at_ms, exercise_id, change, reason)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![now_ms, note.exercise_id, note.change, note.reason],
                )?;
            }
            Ok(())
        })
    }

    /// The plan a session was started with (JSON), if any.
    pub fn session_plan(&self, session_id: i64) -> Result<Option<String>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT plan FROM session WHERE id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
        })
    }

    /// The local dates with a completed session between two dates (inclusive).
    pub fn completed_dates(&self, from: &str, to: &str) -> Result<BTreeSet<String>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT DISTINCT local_date FROM session
                 WHERE status = 'completed' AND local_date BETWEEN ?1 AND ?2",
            )?;
            let rows = statement.query_map([from, to], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// How many finished sessions between two local dates (inclusive) trained each exercise:
    /// at least one set done or partly done, whether the session completed or was cut short.
    pub fn sessions_per_exercise(
        &self,
        from: &str,
        to: &str,
    ) -> Result<BTreeMap<String, u32>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT performed_set.exercise_id, count(DISTINCT session.id)
                 FROM performed_set JOIN session ON session.id = performed_set.session_id
                 WHERE session.status IN ('completed', 'aborted')
                   AND session.local_date BETWEEN ?1 AND ?2
                   AND performed_set.outcome IN ('done', 'partial')
                 GROUP BY performed_set.exercise_id",
            )?;
            let rows = statement.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Pain (before, after) of the last `count` finished sessions that recorded both, oldest
    /// first.
    pub fn recent_pain(&self, count: u32) -> Result<Vec<(u8, u8)>, StoreError> {
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT pain_before, pain_after FROM session
                 WHERE status IN ('completed', 'aborted')
                   AND pain_before IS NOT NULL AND pain_after IS NOT NULL
                 ORDER BY local_date DESC, id DESC LIMIT ?1",
            )?;
            let mut pains: Vec<(u8, u8)> = statement
                .query_map([count], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            pains.reverse();
            Ok(pains)
        })
    }

    /// The last finished session and its sets.
    pub fn last_finished_session(
        &self,
    ) -> Result<Option<(SessionRecord, Vec<SetRecord>)>, StoreError> {
        self.read(|c| {
            let session = c
                .query_row(
                    &format!(
                        "{SESSION_COLUMNS} WHERE status IN ('completed', 'aborted')
                         ORDER BY local_date DESC, id DESC LIMIT 1"
                    ),
                    [],
                    super::sessions::session_from_row,
                )
                .optional()?
                .transpose()?;
            let Some(session) = session else {
                return Ok(None);
            };
            let sets = sets_of(c, session.id)?;
            Ok(Some((session, sets)))
        })
    }

    /// Completed sessions that started at or after `since_ms`.
    pub fn sessions_completed_since(&self, since_ms: i64) -> Result<u32, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM session WHERE status = 'completed' AND started_at_ms >= ?1",
                [since_ms],
                |r| r.get(0),
            )?)
        })
    }

    /// Each of `exercise_ids` done with the cuff in a completed session since `since_ms`: per
    /// session, its sets and their mean time in the band (a set with a compensation counting
    /// as 0 %), oldest session first.
    pub fn cuff_results(
        &self,
        exercise_ids: &[String],
        since_ms: i64,
    ) -> Result<Vec<CuffResult>, StoreError> {
        let ids =
            serde_json::to_string(exercise_ids).map_err(|e| StoreError::Invalid(e.to_string()))?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT s.id, ps.exercise_id, count(*),
                        avg(CASE WHEN p.compensated THEN 0 ELSE p.time_in_band_pct END)
                 FROM session s
                 JOIN performed_set ps ON ps.session_id = s.id
                 JOIN set_pressure p ON p.set_id = ps.id
                 WHERE s.status = 'completed' AND s.started_at_ms >= ?2
                   AND ps.exercise_id IN (SELECT value FROM json_each(?1))
                 GROUP BY s.id, ps.exercise_id
                 ORDER BY s.local_date, s.id, ps.exercise_id",
            )?;
            let rows = statement.query_map(params![ids, since_ms], |r| {
                Ok(CuffResult {
                    session_id: r.get(0)?,
                    exercise_id: r.get(1)?,
                    sets: r.get(2)?,
                    mean_pct: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}

impl Store {
    /// For each session between two local dates with cuff sets, its date, the mean time in
    /// the band and the mean steadiness over those sets, oldest first.
    pub fn cuff_trend(&self, from: &str, to: &str) -> Result<Vec<CuffSession>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT s.local_date, avg(p.time_in_band_pct), avg(p.steadiness), count(*)
                 FROM session s
                 JOIN performed_set ps ON ps.session_id = s.id
                 JOIN set_pressure p ON p.set_id = ps.id
                 WHERE s.local_date BETWEEN ?1 AND ?2
                 GROUP BY s.id ORDER BY s.local_date, s.id",
            )?;
            let rows = statement.query_map([from, to], |row| {
                Ok(CuffSession {
                    local_date: row.get(0)?,
                    time_in_band_pct: row.get(1)?,
                    steadiness: row.get(2)?,
                    sets: row.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Per session between two local dates: the sets done, partly done and skipped, in one
    /// query rather than one a session.
    pub fn set_counts(&self, from: &str, to: &str) -> Result<Vec<SetCounts>, StoreError> {
        check_date(from)?;
        check_date(to)?;
        self.read(|c| {
            let mut statement = c.prepare_cached(
                "SELECT s.id, count(ps.id) FILTER (WHERE ps.outcome = 'done'),
                        count(ps.id) FILTER (WHERE ps.outcome = 'partial'),
                        count(ps.id) FILTER (WHERE ps.outcome = 'skipped')
                 FROM session s LEFT JOIN performed_set ps ON ps.session_id = s.id
                 WHERE s.local_date BETWEEN ?1 AND ?2
                 GROUP BY s.id",
            )?;
            let rows = statement.query_map([from, to], |row| {
                Ok(SetCounts {
                    session_id: row.get(0)?,
                    done: row.get(1)?,
                    partial: row.get(2)?,
                    skipped: row.get(3)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}

