//! Logging: the core writes through the `log` crate; where the lines go is the host's choice.
//!
//! A phone shell installs a [`LogSink`] that forwards to logcat or os_log; the command-line
//! tool installs [`StderrSink`]. The global `log` logger is a router set once per process, and
//! the sink behind it can be replaced at any time (a shell may install its sink again after an
//! activity restart), which `log::set_logger` alone does not allow.

use std::io::Write;
use std::sync::{Arc, OnceLock, RwLock};

/// Severity of a log line, most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, uniffi::Enum)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

/// One log line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LogRecord {
    pub level: LogLevel,
    /// The Rust module that wrote it, e.g. `kernkracht::ball`.
    pub target: String,
    pub message: String,
}

/// Receives the core's log lines. Implemented by the shells; must return quickly and must not
/// throw, since it is called on whichever thread logged.
#[uniffi::export(with_foreign)]
pub trait LogSink: Send + Sync {
    fn log(&self, record: LogRecord);
}

/// Routes log lines to the installed sink and installs `log`'s global logger (once), then
/// makes `sink` the receiver of every line at `max_level` or more severe.
#[uniffi::export]
pub fn install_log_sink(sink: Arc<dyn LogSink>, max_level: LogLevel) {
    let router = ROUTER.get_or_init(|| Router {
        sink: RwLock::new(None),
    });
    *router.sink.write().unwrap_or_else(|e| e.into_inner()) = Some(sink);
    // Fails only when another logger was installed first; the router then stays unused and
    // that other logger keeps receiving the lines, which is the host's choice to make.
    let _ = log::set_logger(router);
    log::set_max_level(to_filter(max_level));
}

/// Writes each line to standard error as `LEVEL target: message`; for the command-line tool.
#[derive(Debug, Default)]
pub struct StderrSink;

impl LogSink for StderrSink {
    fn log(&self, record: LogRecord) {
        let _ = writeln!(
            std::io::stderr().lock(),
            "{:?} {}: {}",
            record.level,
            record.target,
            record.message
        );
    }
}

struct Router {
    sink: RwLock<Option<Arc<dyn LogSink>>>,
}

static ROUTER: OnceLock<Router> = OnceLock::new();

impl log::Log for Router {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let sink = self.sink.read().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(sink) = sink {
            sink.log(LogRecord {
                level: from_level(record.level()),
                target: record.target().to_owned(),
                message: record.args().to_string(),
            });
        }
    }

    fn flush(&self) {}
}

fn to_filter(level: LogLevel) -> log::LevelFilter {
    match level {
        LogLevel::Error => log::LevelFilter::Error,
        LogLevel::Warn => log::LevelFilter::Warn,
        LogLevel::Info => log::LevelFilter::Info,
        LogLevel::Debug => log::LevelFilter::Debug,
        LogLevel::Trace => log::LevelFilter::Trace,
    }
}

fn from_level(level: log::Level) -> LogLevel {
    match level {
        log::Level::Error => LogLevel::Error,
        log::Level::Warn => LogLevel::Warn,
        log::Level::Info => LogLevel::Info,
        log::Level::Debug => LogLevel::Debug,
        log::Level::Trace => LogLevel::Trace,
    }
}
