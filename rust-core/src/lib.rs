//! Kernkracht's core: everything the app knows and decides, shared by the Android and iOS
//! shells (through UniFFI) and the `kernkracht` command-line tool.
//!
//! Domain modules are pure: they take time, bytes and data as inputs and return values, so
//! every rule is testable with a fake clock. The `coach` applies them to the stored history,
//! `screens` words what they decide for each screen, and `api`, the only public module, is
//! the thin UniFFI facade over both.

uniffi::setup_scaffolding!();

pub mod api;

/// Declares the domain modules: private to the crate, so the facade is the only public
/// surface; the `internals` feature (tests and benchmarks only) makes them public.
macro_rules! domain_modules {
    ($($name:ident),* $(,)?) => {
        $(
            #[cfg(feature = "internals")]
            pub mod $name;
            // Re-exports inside a module serve the tests' view of it.
            #[cfg(not(feature = "internals"))]
            #[allow(unused_imports)]
            mod $name;
        )*
    };
}

domain_modules!(
    ball, ble, catalogue, coach, cuff, history, keys, language, profile, program, reminders,
    screens, session, store, trace,
);
