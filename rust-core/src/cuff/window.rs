//! Sliding windows over the 10 Hz pressure signal, each updated in constant amortised time
//! and backed by buffers sized once: the engine's per-reading cost does not grow with the
//! length of a set, and it never allocates while running.

use std::collections::VecDeque;

/// The minimum, maximum, oldest and newest of the last `len` values.
///
/// Minimum and maximum come from monotonic queues: each value enters and leaves each queue
/// once, so a push costs O(1) amortised.
#[derive(Debug, Clone)]
pub(crate) struct MinMaxWindow {
    len: usize,
    values: VecDeque<f64>,
    /// Candidates for the minimum: (sequence number, value), values rising.
    mins: VecDeque<(u64, f64)>,
    /// Candidates for the maximum, values falling.
    maxs: VecDeque<(u64, f64)>,
    next: u64,
}

impl MinMaxWindow {
    pub fn new(len: usize) -> MinMaxWindow {
        MinMaxWindow {
            len,
            values: VecDeque::with_capacity(len),
            mins: VecDeque::with_capacity(len),
            maxs: VecDeque::with_capacity(len),
            next: 0,
        }
    }

    pub fn push(&mut self, value: f64) {
        if self.values.len() == self.len {
            self.values.pop_front();
        }
        self.values.push_back(value);
        let oldest = self.next + 1 - self.values.len() as u64;
        push_monotonic(&mut self.mins, (self.next, value), oldest, |old, new| {
            old < new
        });
        push_monotonic(&mut self.maxs, (self.next, value), oldest, |old, new| {
            old > new
        });
        self.next += 1;
    }

    pub fn clear(&mut self) {
        self.values.clear();
        self.mins.clear();
        self.maxs.clear();
    }

    /// Whether the window holds its full length.
    pub fn is_full(&self) -> bool {
        self.values.len() == self.len
    }

    pub fn min(&self) -> Option<f64> {
        self.mins.front().map(|&(_, value)| value)
    }

    pub fn max(&self) -> Option<f64> {
        self.maxs.front().map(|&(_, value)| value)
    }

    pub fn oldest(&self) -> Option<f64> {
        self.values.front().copied()
    }

    pub fn newest(&self) -> Option<f64> {
        self.values.back().copied()
    }

    /// Max − min.
    pub fn range(&self) -> Option<f64> {
        Some(self.max()? - self.min()?)
    }
}

/// Appends to a monotonic queue: drops the candidates the new value beats (`keeps(old, new)`
/// is false) from the back, and those that left the window from the front.
fn push_monotonic(
    queue: &mut VecDeque<(u64, f64)>,
    entry: (u64, f64),
    oldest: u64,
    keeps: fn(f64, f64) -> bool,
) {
    while queue.back().is_some_and(|&(_, old)| !keeps(old, entry.1)) {
        queue.pop_back();
    }
    queue.push_back(entry);
    while queue.front().is_some_and(|&(seq, _)| seq < oldest) {
        queue.pop_front();
    }
}

/// The mean time and value of the oldest, middle and newest third of the latest
/// `3 × third` (t, y) points, none older than `max_age` (in t's units).
///
/// Each third keeps running sums; a new point moves one point across each boundary, so a push
/// costs O(1). The sums are recomputed from the points once per window length (O(1)
/// amortised), so rounding never accumulates.
#[derive(Debug, Clone)]
pub(crate) struct Thirds {
    third: usize,
    max_age: f64,
    points: VecDeque<(f64, f64)>,
    sums: [Sum; 3],
    pushes_since_recompute: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    t: f64,
    y: f64,
}

impl Sum {
    fn add(&mut self, (t, y): (f64, f64), sign: f64) {
        self.t += sign * t;
        self.y += sign * y;
    }
}

impl Thirds {
    pub fn new(third: usize, max_age: f64) -> Thirds {
        Thirds {
            third,
            max_age,
            points: VecDeque::with_capacity(3 * third),
            sums: [Sum::default(); 3],
            pushes_since_recompute: 0,
        }
    }

    pub fn push(&mut self, t: f64, y: f64) {
        while let Some(&oldest) = self.points.front() {
            if self.points.len() < 3 * self.third && t - oldest.0 <= self.max_age {
                break;
            }
            let k = self.third_of(0);
            self.sums[k].add(oldest, -1.0);
            self.points.pop_front();
        }
        self.points.push_back((t, y));
        self.sums[2].add((t, y), 1.0);
        // The points a third and two thirds from the end cross into the older third.
        for (from, distance) in [(2, self.third), (1, 2 * self.third)] {
            if let Some(i) = self.points.len().checked_sub(distance + 1) {
                let point = self.points[i];
                self.sums[from].add(point, -1.0);
                self.sums[from - 1].add(point, 1.0);
            }
        }
        self.pushes_since_recompute += 1;
        if self.pushes_since_recompute >= 3 * self.third {
            self.recompute();
        }
    }

    pub fn clear(&mut self) {
        self.points.clear();
        self.sums = [Sum::default(); 3];
        self.pushes_since_recompute = 0;
    }

    /// (mean t, mean y) of each third, oldest first, once the window is full.
    pub fn means(&self) -> Option<[(f64, f64); 3]> {
        if self.points.len() < 3 * self.third {
            return None;
        }
        let n = self.third as f64;
        Some(self.sums.map(|sum| (sum.t / n, sum.y / n)))
    }

    /// Which third the point at index `i` (0 is the oldest) is in.
    fn third_of(&self, i: usize) -> usize {
        let from_end = self.points.len() - i;
        match from_end {
            n if n <= self.third => 2,
            n if n <= 2 * self.third => 1,
            _ => 0,
        }
    }

    fn recompute(&mut self) {
        self.sums = [Sum::default(); 3];
        for i in 0..self.points.len() {
            let k = self.third_of(i);
            self.sums[k].add(self.points[i], 1.0);
        }
        self.pushes_since_recompute = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn min_max_follow_the_window() {
        let mut window = MinMaxWindow::new(3);
        assert_eq!(window.range(), None);
        for value in [5.0, 1.0, 3.0] {
            window.push(value);
        }
        assert!(window.is_full());
        assert_eq!((window.min(), window.max()), (Some(1.0), Some(5.0)));
        window.push(4.0); // 5 leaves
        assert_eq!((window.min(), window.max()), (Some(1.0), Some(4.0)));
        window.push(2.0); // 1 leaves
        assert_eq!((window.min(), window.max()), (Some(2.0), Some(4.0)));
        assert_eq!((window.oldest(), window.newest()), (Some(3.0), Some(2.0)));
        window.clear();
        assert!(!window.is_full());
        assert_eq!(window.oldest(), None);
    }

    #[test]
    fn thirds_of_a_ramp() {
        let mut thirds = Thirds::new(10, 1000.0);
        for i in 0..100 {
            thirds.push(f64::from(i), 70.0 - 0.1 * f64::from(i));
            assert_eq!(thirds.means().is_some(), i >= 29);
        }
        let [(t1, y1), (t2, y2), (t3, y3)] = thirds.means().unwrap();
        assert_eq!((t1, t2, t3), (74.5, 84.5, 94.5));
        assert!(
            (y1 - 62.55).abs() < 1e-9 && (y2 - 61.55).abs() < 1e-9 && (y3 - 60.55).abs() < 1e-9
        );
        thirds.clear();
        assert_eq!(thirds.means(), None);
    }

    #[test]
    fn old_points_leave_the_thirds() {
        let mut thirds = Thirds::new(2, 5.0);
        for t in 0..6 {
            thirds.push(f64::from(t), 1.0);
        }
        assert!(thirds.means().is_some());
        thirds.push(100.0, 1.0);
        assert_eq!(thirds.points.len(), 1);
        assert_eq!(thirds.means(), None);
    }

    proptest! {
        #[test]
        fn windows_match_a_plain_scan(
            values in proptest::collection::vec(-300.0f64..300.0, 1..200),
            len in 1usize..30,
        ) {
            let mut window = MinMaxWindow::new(len);
            let mut thirds = Thirds::new(len, f64::INFINITY);
            for (i, &value) in values.iter().enumerate() {
                window.push(value);
                thirds.push(i as f64, value);
                let tail = &values[(i + 1).saturating_sub(len)..=i];
                let min = tail.iter().copied().fold(f64::INFINITY, f64::min);
                let max = tail.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                prop_assert_eq!(window.min(), Some(min));
                prop_assert_eq!(window.max(), Some(max));
                prop_assert_eq!(window.oldest(), Some(tail[0]));
                if let Some(means) = thirds.means() {
                    let window = &values[i + 1 - 3 * len..=i];
                    for (k, &(t, y)) in means.iter().enumerate() {
                        let part = &window[k * len..(k + 1) * len];
                        let mean = part.iter().sum::<f64>() / len as f64;
                        let first_t = (i + 1 - 3 * len + k * len) as f64;
                        prop_assert!((y - mean).abs() < 1e-6, "{} vs {}", y, mean);
                        prop_assert!((t - (first_t + (len as f64 - 1.0) / 2.0)).abs() < 1e-6);
                    }
                }
            }
        }
    }
}
