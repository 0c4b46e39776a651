//! How often a week an exercise may and must be done, from its `times_per_week`.
//!
//! The upper bound is a ceiling for the main part's exercises: 000's schedule is 3× a week,
//! 003's strengthening "at least twice, better three times". Once the sessions of the last
//! seven days reach it, the exercise rests for the day. The warm-up, the pelvic tilt, the
//! basics and the stretches come every session all the same (001 asks for them each time). The lower
//! bound is a floor only where the leaflet says "at least" (`weekly_minimum`, 003's
//! strengthening): such an exercise short of it comes first in the main part.

use std::collections::BTreeMap;

use crate::catalogue::Exercise;

/// The days a week's count looks back over, today included: a rolling week, so a Monday
/// session still sees the weekend's.
pub const WINDOW_DAYS: i64 = 7;

/// Sessions of the last seven days that trained `e`.
fn done(e: &Exercise, done_this_week: &BTreeMap<String, u32>) -> u32 {
    done_this_week.get(&e.id).copied().unwrap_or(0)
}

/// Whether `e` has had its most sessions for the week already.
pub fn week_is_full(e: &Exercise, done_this_week: &BTreeMap<String, u32>) -> bool {
    e.dosage
        .times_per_week
        .is_some_and(|week| done(e, done_this_week) >= week.max)
}

/// The exercises of `pool` still short of their weekly floor, the furthest behind first
/// (pool order among equals).
pub fn short_of_minimum<'a>(
    pool: &[&'a Exercise],
    done_this_week: &BTreeMap<String, u32>,
) -> Vec<&'a Exercise> {
    let shortfall = |e: &Exercise| match e.dosage.times_per_week {
        Some(week) if e.dosage.weekly_minimum => week.min.saturating_sub(done(e, done_this_week)),
        _ => 0,
    };
    let mut short: Vec<&Exercise> = pool.iter().copied().filter(|e| shortfall(e) > 0).collect();
    short.sort_by_key(|e| std::cmp::Reverse(shortfall(e)));
    short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn exercise(id: &str) -> &'static Exercise {
        Catalogue::builtin().unwrap().exercise(id).unwrap()
    }

    fn week(counts: &[(&str, u32)]) -> BTreeMap<String, u32> {
        counts.iter().map(|(id, n)| (id.to_string(), *n)).collect()
    }

    #[test]
    fn leaflet_000_three_times_a_week_is_a_ceiling() {
        let plank = exercise("abdominal-plank-two-legs");
        assert!(!week_is_full(plank, &week(&[("abdominal-plank-two-legs", 2)])));
        assert!(week_is_full(plank, &week(&[("abdominal-plank-two-legs", 3)])));
        // 001's programme: up to five times.
        let tilt = exercise("pelvic-tilt-supine");
        assert!(!week_is_full(tilt, &week(&[("pelvic-tilt-supine", 4)])));
        assert!(week_is_full(tilt, &week(&[("pelvic-tilt-supine", 5)])));
    }

    #[test]
    fn leaflet_003_strengthening_at_least_twice_a_week_is_a_floor() {
        let curl = exercise("abdominal-curl-feet-on-chair");
        let lift = exercise("prone-trunk-lift-hands-under-forehead");
        let sit_up = exercise("half-sit-up"); // 001's 3–5 times: a range, no floor
        let pool = [sit_up, curl, lift];
        let ids = |counts: &[(&str, u32)]| -> Vec<String> {
            short_of_minimum(&pool, &week(counts))
                .iter()
                .map(|e| e.id.clone())
                .collect()
        };
        assert_eq!(
            ids(&[("prone-trunk-lift-hands-under-forehead", 1)]),
            ["abdominal-curl-feet-on-chair", "prone-trunk-lift-hands-under-forehead"]
        );
        assert_eq!(
            ids(&[
                ("abdominal-curl-feet-on-chair", 2),
                ("prone-trunk-lift-hands-under-forehead", 2)
            ]),
            Vec::<String>::new()
        );
    }
}
