//! The core's tokio runtime: one for the whole process, made on first use, so Bluetooth work
//! has an executor whatever the host (the JVM, Swift, the command-line tool) runs on.

use std::sync::OnceLock;

use tokio::runtime::{Builder, Runtime};

/// The runtime; created with two worker threads the first time it is asked for.
pub fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("kernkracht-ble")
            .enable_all()
            .build()
            .expect("the operating system provides threads and timers")
    })
}
