//! The log router: lines reach the installed sink, respect the level, and follow a re-installed
//! sink. One test function, because `log`'s global logger and level are per process.

use std::sync::{Arc, Mutex};

use kernkracht::api::ball::recommend_ball;
use kernkracht::api::logging::{install_log_sink, LogLevel, LogRecord, LogSink};
use kernkracht::api::Language;

#[derive(Default)]
struct Collect(Mutex<Vec<LogRecord>>);

impl LogSink for Collect {
    fn log(&self, record: LogRecord) {
        self.0.lock().unwrap().push(record);
    }
}

impl Collect {
    fn lines(&self) -> Vec<LogRecord> {
        self.0.lock().unwrap().clone()
    }
}

#[test]
fn log_lines_follow_the_installed_sink_and_level() {
    let first = Arc::new(Collect::default());
    install_log_sink(first.clone(), LogLevel::Debug);
    recommend_ball(180.0, Language::En).unwrap();
    assert_eq!(
        first.lines(),
        vec![LogRecord {
            level: LogLevel::Debug,
            target: "kernkracht::api::ball".into(),
            message: "180 cm tall: 65 cm ball".into(),
        }]
    );

    let second = Arc::new(Collect::default());
    install_log_sink(second.clone(), LogLevel::Info);
    recommend_ball(180.0, Language::En).unwrap();
    recommend_ball(f64::NAN, Language::En).unwrap_err();
    assert_eq!(
        first.lines().len(),
        1,
        "the replaced sink gets nothing more"
    );
    let lines = second.lines();
    assert_eq!(lines.len(), 1, "debug lines are below the level: {lines:?}");
    assert_eq!(lines[0].level, LogLevel::Info);
    assert_eq!(
        lines[0].message,
        "height refused: the height is not a number"
    );
}
