//! Passing a phase of leaflet 002's stabilisation track: only once its exercises are done
//! correctly.
//!
//! With a cuff the criterion is measured: at least 3 sessions in the phase, in each of the
//! last 3 sessions with the phase's cuff exercises the time inside the target band averaged
//! 75 % or more, and every cuff exercise of the phase — the variants that build on the
//! draw-in included (002: "vervolgens") — has had a session at that bar. Without a cuff it is the user's own report that the exercises go well,
//! accepted after at least 6 sessions in the phase. The track ends at phase 4 (the long back
//! muscles and obliques, which come last).

/// The last phase.
pub const LAST_PHASE: u8 = 4;
/// Sessions with cuff measurements that must meet the bar.
pub const MEASURED_SESSIONS: usize = 3;
/// The bar: mean time inside the band, per session, in per cent.
pub const TIME_IN_BAND_PCT: f64 = 75.0;
/// Sessions in the phase before a self-report is accepted.
pub const SELF_REPORT_SESSIONS: u32 = 6;

/// The evidence for the current phase.
pub struct Evidence<'a> {
    pub phase: u8,
    pub sessions_in_phase: u32,
    /// Mean time-in-band of the phase's cuff sets, one value per session, newest last.
    pub time_in_band_per_session: &'a [f64],
    pub has_cuff: bool,
    pub self_reported: bool,
    /// The phase's cuff exercises the user can do that have not yet had a session with 75 %
    /// of the time in the band.
    pub not_yet_in_band: usize,
}

/// Whether the phase is passed and the next one may start.
pub fn passed(evidence: &Evidence) -> bool {
    if evidence.phase >= LAST_PHASE {
        return false;
    }
    if evidence.has_cuff && !evidence.time_in_band_per_session.is_empty() {
        let recent = evidence
            .time_in_band_per_session
            .iter()
            .rev()
            .take(MEASURED_SESSIONS);
        evidence.sessions_in_phase >= MEASURED_SESSIONS as u32
            && recent.len() == MEASURED_SESSIONS
            && recent.clone().all(|pct| *pct >= TIME_IN_BAND_PCT)
            && evidence.not_yet_in_band == 0
    } else {
        evidence.self_reported && evidence.sessions_in_phase >= SELF_REPORT_SESSIONS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(sessions: u32, pcts: &[f64], has_cuff: bool, reported: bool) -> bool {
        passed(&Evidence {
            phase: 1,
            sessions_in_phase: sessions,
            time_in_band_per_session: pcts,
            has_cuff,
            self_reported: reported,
            not_yet_in_band: 0,
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

    /// Leaflet 002: only once the contraction is done correctly does the next phase start;
    /// a phase's variants (the prone arm and leg lifts after the draw-in) belong to it.
    #[test]
    fn a_cuff_phase_waits_for_every_exercise_of_it_leaflet_002() {
        let with_unpractised = |not_yet_in_band| {
            passed(&Evidence {
                phase: 1,
                sessions_in_phase: 9,
                time_in_band_per_session: &[80.0, 90.0, 85.0],
                has_cuff: true,
                self_reported: false,
                not_yet_in_band,
            })
        };
        assert!(!with_unpractised(2));
        assert!(with_unpractised(0));
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
            time_in_band_per_session: &[100.0; 5],
            has_cuff: true,
            self_reported: true,
            not_yet_in_band: 0,
        }));
    }
}
