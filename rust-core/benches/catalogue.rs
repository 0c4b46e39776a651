//! Bench: loading and validating the whole catalogue as embedded (JSON converted from the TOML
//! data files at build time; goal: under 1 ms), the same from the TOML text for comparison,
//! and one filtered query.
//!
//! Run with `cargo bench -p kernkracht --bench catalogue`; prints the median and the 90th
//! percentile over many runs, and the ratio to the goal.

#[path = "support/timing.rs"]
mod timing;

use std::hint::black_box;
use std::time::Duration;

use timing::{measure, report};

use kernkracht::catalogue::{Catalogue, Category, ExerciseFilter, BUILTIN_FILES};

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
