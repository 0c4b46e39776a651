//! Timing for the bench commands: the median and 90th percentile of many runs, printed with
//! their ratio to the goal.

use std::time::{Duration, Instant};

/// Runs `work` a tenth of `runs` times to warm up, then `runs` times measured; returns the
/// median and the 90th percentile.
pub fn measure(runs: usize, mut work: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..runs / 10 {
        work();
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[runs * 9 / 10])
}

/// Prints one line: name, median, p90 and median / goal.
pub fn report(name: &str, (median, p90): (Duration, Duration), goal: Duration) {
    println!(
        "{name:<40} median {:>10.1} µs   p90 {:>10.1} µs   goal {:>8.0} µs   median/goal {:.3}",
        median.as_secs_f64() * 1e6,
        p90.as_secs_f64() * 1e6,
        goal.as_secs_f64() * 1e6,
        median.as_secs_f64() / goal.as_secs_f64()
    );
}
