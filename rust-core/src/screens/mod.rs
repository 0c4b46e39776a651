//! Screen models: for each screen of the apps, one record with everything it shows (text in
//! the user's language, numbers formatted, labels rather than ids) and the actions it offers.
//! Builders here are pure functions of the facts the coach gathered, so every screen is
//! tested once, in Rust, for every shell.

pub mod biofeedback;
pub mod history;
pub mod onboarding;
pub mod pairing;
pub mod session;
pub mod settings;
pub mod today;
pub mod words;
