//! Training days growing from 3 to 5 a week (leaflet 001).
//!
//! When the last two full weeks each reached the weekly target without a pain set-back, the
//! app proposes one more day, up to 5; the user accepts or keeps the current days. A proposed
//! day is the free day furthest from the chosen ones, so training days stay spread out.

use crate::reminders::Weekday;

pub const MAX_SESSIONS_PER_WEEK: u8 = 5;
/// Full weeks that must reach the target before one more day is proposed.
pub const WEEKS_AT_TARGET: usize = 2;

/// The number of days a week to propose, if the user is ready for more.
/// `completed_per_week` holds the last full weeks' completed sessions, oldest first.
pub fn propose_growth(current: u8, completed_per_week: &[u32], setback: bool) -> Option<u8> {
    let recent = completed_per_week.iter().rev().take(WEEKS_AT_TARGET);
    let ready = !setback
        && current < MAX_SESSIONS_PER_WEEK
        && recent.len() == WEEKS_AT_TARGET
        && recent.clone().all(|&done| done >= u32::from(current));
    ready.then_some(current + 1)
}

/// The chosen days plus the free days that spread training best, until there are `count`.
pub fn spread(chosen: &[Weekday], count: usize) -> Vec<Weekday> {
    let mut days: Vec<Weekday> = chosen.to_vec();
    while days.len() < count.min(7) {
        let best = Weekday::ALL
            .into_iter()
            .filter(|d| !days.contains(d))
            .max_by_key(|candidate| {
                let mut gaps: Vec<u32> = days.iter().map(|d| distance(*d, *candidate)).collect();
                gaps.sort_unstable();
                // Furthest from the nearest chosen day, then from the next nearest; the
                // earlier day of the week wins a tie.
                (
                    gaps.first().copied(),
                    gaps.get(1).copied(),
                    7 - candidate.index(),
                )
            });
        match best {
            Some(day) => days.push(day),
            None => break,
        }
    }
    days.sort();
    days
}

/// Days between two weekdays, around the week.
fn distance(a: Weekday, b: Weekday) -> u32 {
    let d = a.index().abs_diff(b.index());
    d.min(7 - d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    #[test]
    fn one_more_day_after_two_weeks_at_target() {
        assert_eq!(propose_growth(3, &[1, 3, 3], false), Some(4));
        assert_eq!(propose_growth(3, &[3, 2], false), None);
        assert_eq!(propose_growth(3, &[3], false), None);
        assert_eq!(propose_growth(3, &[3, 3], true), None);
        assert_eq!(propose_growth(4, &[4, 5], false), Some(5));
        assert_eq!(propose_growth(5, &[5, 5], false), None);
    }

    #[test]
    fn new_days_keep_training_spread_out() {
        assert_eq!(spread(&[Mon, Wed, Fri], 4), [Mon, Wed, Fri, Sat]);
        assert_eq!(spread(&[Mon, Wed, Fri], 5), [Mon, Tue, Wed, Fri, Sat]);
        assert_eq!(
            spread(&[Mon], 3),
            [Mon, Thu, Sat],
            "gaps of 3, 2 and 2 days"
        );
        assert_eq!(spread(&[Tue, Thu, Sat], 3), [Tue, Thu, Sat]);
    }
}
