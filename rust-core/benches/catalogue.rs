//! Bench: loading and validating the whole catalogue as embedded (JSON converted from the TOML
//! data files at build time; goal: under 1 ms), the same from the TOML text for comparison,
//! and one filtered query.
//!
//! Run with `cargo bench -p kernkracht --bench catalogue`; prints the median and the 90th
//! percentile over many runs, and the ratio to the goal.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kernkracht::catalogue::{Catalogue, Category, ExerciseFilter, BUILTIN_FILES};

fn measure(runs: usize, mut work: impl FnMut()) -> (Duration, Duration) {
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

fn report(name: &str, (median, p90): (Duration, Duration), goal: Duration) {
    println!(
        "{name:<34} median {:>9.1} µs   p90 {:>9.1} µs   median/goal {:.3}",
        median.as_secs_f64() * 1e6,
        p90.as_secs_f64() * 1e6,
        median.as_secs_f64() / goal.as_secs_f64()
    );
}

fn main() {
    let bytes: usize = BUILTIN_FILES.iter().map(|(_, text)| text.len()).sum();
    let catalogue = Catalogue::load(&BUILTIN_FILES).expect("the catalogue loads");
    println!(
        "catalogue: {} exercises, {} advice, {} KiB of embedded JSON",
        catalogue.exercises().len(),
        catalogue.advice().len(),
        bytes / 1024
    );
    report(
        "load + validate whole catalogue",
        measure(200, || {
            black_box(Catalogue::load(black_box(&BUILTIN_FILES)).unwrap());
        }),
        Duration::from_millis(1),
    );
    let toml = [
        ("000.toml", include_str!("../src/catalogue/data/000.toml")),
        ("001.toml", include_str!("../src/catalogue/data/001.toml")),
        ("002.toml", include_str!("../src/catalogue/data/002.toml")),
        ("003.toml", include_str!("../src/catalogue/data/003.toml")),
        ("004.toml", include_str!("../src/catalogue/data/004.toml")),
    ];
    report(
        "same, parsed from the TOML text",
        measure(100, || {
            black_box(Catalogue::load_toml(black_box(&toml)).unwrap());
        }),
        Duration::from_millis(1),
    );
    let filter = ExerciseFilter {
        category: Some(Category::Stretch),
        acute_phase: true,
        ..ExerciseFilter::default()
    };
    report(
        "filtered query (stretches)",
        measure(10_000, || {
            black_box(catalogue.find(black_box(&filter)).count());
        }),
        Duration::from_millis(1),
    );
}
