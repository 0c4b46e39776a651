//! Passing a phase of leaflet 002's stabilisation track: only once its exercises are done
//! correctly.
//!
//! With a cuff the criterion is measured: at least 3 sessions in the phase, in each of the
//! last 3 sessions with the phase's cuff exercises the time inside the target band averaged
//! 75 % or more, and every cuff exercise of the phase — the variants that build on the
//! draw-in included (002: "vervolgens") — has had a session at that bar. Without a cuff it is the user's own report that the exercises go well,
//! accepted after at least 6 sessions in the phase. The track ends at phase 4 (the long back
//! muscles and obliques, which come last).

use crate::catalogue::{Catalogue, Equipment};

/// The last phase.
pub const LAST_PHASE: u8 = 4;
/// Sessions with cuff measurements that must meet the bar.
pub const MEASURED_SESSIONS: usize = 3;
/// The bar: mean time inside the band, per session, in per cent.
pub const TIME_IN_BAND_PCT: f64 = 75.0;
/// Sessions in the phase before a self-report is accepted.
pub const SELF_REPORT_SESSIONS: u32 = 6;

/// One exercise's cuff sets in one completed session of the phase.
#[derive(Debug, Clone, PartialEq)]
pub struct CuffResult {
    pub session_id: i64,
    pub exercise_id: String,
    /// Sets with pressure data.
    pub sets: u32,
    /// Their mean time inside the band, in per cent; a set with a compensation counts as 0 %:
    /// it was not mastered (002).
    pub mean_pct: f64,
}

/// The evidence for the current phase.
pub struct Evidence<'a> {
    pub phase: u8,
    pub sessions_in_phase: u32,
    /// The phase's cuff exercises the user can do (its variants included).
    pub cuff_exercises: &'a [String],
    /// Their results in the phase, oldest session first.
    pub results: &'a [CuffResult],
    pub has_cuff: bool,
    pub self_reported: bool,
}

/// The cuff exercises of `phase` that `equipment` allows, its variants included.
pub fn cuff_exercises(catalogue: &Catalogue, phase: u8, equipment: &[Equipment]) -> Vec<String> {
    catalogue
        .exercises()
        .iter()
        .filter(|e| e.stabilisation_phase == Some(phase) && e.pbu.is_some())
        .filter(|e| e.equipment.satisfied_by(equipment))
        .map(|e| e.id.clone())
        .collect()
}

/// Whether the phase is passed and the next one may start.
pub fn passed(evidence: &Evidence) -> bool {
    if evidence.phase >= LAST_PHASE {
        return false;
    }
    let sessions = time_in_band_per_session(evidence.results);
    if evidence.has_cuff && !sessions.is_empty() {
        let recent = &sessions[sessions.len().saturating_sub(MEASURED_SESSIONS)..];
        evidence.sessions_in_phase >= MEASURED_SESSIONS as u32
            && recent.len() == MEASURED_SESSIONS
            && recent.iter().all(|pct| *pct >= TIME_IN_BAND_PCT)
            && every_exercise_in_band(evidence)
    } else {
        evidence.self_reported && evidence.sessions_in_phase >= SELF_REPORT_SESSIONS
    }
}

/// The mean time in the band over all of a session's cuff sets, one value a session.
fn time_in_band_per_session(results: &[CuffResult]) -> Vec<f64> {
    let mut sessions: Vec<(i64, u32, f64)> = Vec::new();
    for r in results {
        match sessions.last_mut() {
            Some((id, sets, total)) if *id == r.session_id => {
                *sets += r.sets;
                *total += r.mean_pct * f64::from(r.sets);
            }
            _ => sessions.push((r.session_id, r.sets, r.mean_pct * f64::from(r.sets))),
        }
    }
    sessions
        .into_iter()
        .map(|(_, sets, total)| total / f64::from(sets.max(1)))
        .collect()
}

/// Every cuff exercise of the phase has had a session at the bar.
fn every_exercise_in_band(evidence: &Evidence) -> bool {
    evidence.cuff_exercises.iter().all(|id| {
        evidence
            .results
            .iter()
            .any(|r| &r.exercise_id == id && r.mean_pct >= TIME_IN_BAND_PCT)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DRAW_IN: &str = "pbu-prone-draw-in";

    /// One set of the draw-in per session, at these percentages.
    fn draw_ins(pcts: &[f64]) -> Vec<CuffResult> {
        pcts.iter()
            .enumerate()
            .map(|(session, pct)| result(session as i64, DRAW_IN, 1, *pct))
            .collect()
    }

    fn result(session_id: i64, exercise_id: &str, sets: u32, mean_pct: f64) -> CuffResult {
        CuffResult {
            session_id,
            exercise_id: exercise_id.into(),
            sets,
            mean_pct,
        }
    }

    fn evidence(sessions: u32, pcts: &[f64], has_cuff: bool, reported: bool) -> bool {
        passed(&Evidence {
            phase: 1,
            sessions_in_phase: sessions,
            cuff_exercises: &[DRAW_IN.into()],
            results: &draw_ins(pcts),
            has_cuff,
            self_reported: reported,
        })
    }

    #[test]
    fn a_cuff_measures_the_last_three_sessions() {
        assert!(evidence(3, &[80.0, 76.0, 90.0], true, false));
        assert!(evidence(5, &[20.0, 80.0, 76.0, 90.0], true, false));
        assert!(!evidence(3, &[80.0, 70.0, 90.0], true, false));
        assert!(!evidence(3, &[80.0, 90.0], true, false));
        assert!(!evidence(2, &[80.0, 80.0, 90.0], true, false));
    }

    /// A session's figure is the mean over all its cuff sets, whatever exercise they were.
    #[test]
    fn a_session_weighs_every_cuff_set_once() {
        let results = [
            result(1, DRAW_IN, 2, 90.0),
            result(1, "pbu-prone-arm-lift", 1, 45.0),
            result(2, DRAW_IN, 1, 60.0),
            result(2, "pbu-prone-arm-lift", 3, 100.0),
        ];
        assert_eq!(time_in_band_per_session(&results), [75.0, 90.0]);
    }

    /// Leaflet 002: only once the contraction is done correctly does the next phase start;
    /// a phase's variants (the prone arm and leg lifts after the draw-in) belong to it.
    #[test]
    fn a_cuff_phase_waits_for_every_exercise_of_it_leaflet_002() {
        let exercises = [DRAW_IN.to_string(), "pbu-prone-arm-lift".into()];
        let mut results = draw_ins(&[80.0, 90.0, 85.0]);
        let judged = |results: &[CuffResult]| {
            passed(&Evidence {
                phase: 1,
                sessions_in_phase: 9,
                cuff_exercises: &exercises,
                results,
                has_cuff: true,
                self_reported: false,
            })
        };
        assert!(!judged(&results), "the arm lift has not been done");
        results.push(result(2, "pbu-prone-arm-lift", 1, 70.0));
        assert!(!judged(&results), "nor in the band");
        results.push(result(3, "pbu-prone-arm-lift", 1, 80.0));
        assert!(judged(&results));
    }

    #[test]
    fn without_a_cuff_the_user_reports_after_six_sessions() {
        assert!(!evidence(5, &[], false, true));
        assert!(evidence(6, &[], false, true));
        assert!(!evidence(9, &[], false, false));
        // A cuff owner who never measured falls back to the report too.
        assert!(evidence(6, &[], true, true));
    }

    #[test]
    fn the_track_ends_at_phase_four() {
        assert!(!passed(&Evidence {
            phase: LAST_PHASE,
            sessions_in_phase: 50,
            cuff_exercises: &[],
            results: &draw_ins(&[100.0; 5]),
            has_cuff: true,
            self_reported: true,
        }));
    }
}
