//! What the tool needs from the terminal: its width, single keys without echo while a live
//! screen is drawn, and Ctrl-C as a request to stop rather than a kill, so a session ends as
//! stopped with what was done kept and the terminal is left as it was found.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

/// Used when neither `COLUMNS` nor the terminal tells.
const DEFAULT_WIDTH: usize = 80;
/// Narrower than this, lines would hold hardly a word.
const MIN_WIDTH: usize = 20;

/// The width to wrap to: `COLUMNS`, else the terminal's own width, else 80.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|text| text.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0)
        .or_else(|| std::io::stdout().is_terminal().then(window_width).flatten())
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

#[cfg(unix)]
fn window_width() -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills the `winsize` it is given and touches nothing else.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

#[cfg(not(unix))]
fn window_width() -> Option<usize> {
    None
}

/// Standard input delivering single keys without echo; restores the terminal when dropped.
pub struct RawKeys {
    #[cfg(unix)]
    saved: libc::termios,
}

impl RawKeys {
    /// Switches a terminal on standard input to single keys; `None` when standard input is
    /// not a terminal (then lines are read as typed).
    #[cfg(unix)]
    pub fn enable() -> Option<RawKeys> {
        if !std::io::stdin().is_terminal() {
            return None;
        }
        // SAFETY: tcgetattr/tcsetattr read and write the `termios` given, on standard input.
        unsafe {
            let mut settings: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut settings) != 0 {
                return None;
            }
            let saved = settings;
            // No line editing and no echo; Ctrl-C still raises SIGINT.
            settings.c_lflag &= !(libc::ICANON | libc::ECHO);
            settings.c_cc[libc::VMIN] = 1;
            settings.c_cc[libc::VTIME] = 0;
            (libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &settings) == 0)
                .then_some(RawKeys { saved })
        }
    }

    #[cfg(not(unix))]
    pub fn enable() -> Option<RawKeys> {
        None
    }
}

impl Drop for RawKeys {
    fn drop(&mut self) {
        // SAFETY: puts back the settings read in `enable`.
        #[cfg(unix)]
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved);
        }
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// From now on Ctrl-C only sets a flag that [`interrupted`] reads.
pub fn catch_ctrl_c() {
    #[cfg(unix)]
    {
        extern "C" fn on_sigint(_: libc::c_int) {
            INTERRUPTED.store(true, Ordering::SeqCst);
        }
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        unsafe {
            libc::signal(
                libc::SIGINT,
                on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
    }
}

/// Whether Ctrl-C was pressed since [`catch_ctrl_c`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Rust ignores SIGPIPE, which turns `kernkracht … | head` into a panic on the next write;
/// like other command-line tools, exit quietly instead when the reader goes away.
pub fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists or any output is written.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
