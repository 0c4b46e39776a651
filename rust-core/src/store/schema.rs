//! The database schema as a list of migrations, one per schema version.
//!
//! `PRAGMA user_version` holds the version a file is at. Opening a file applies the missing
//! migrations in order, each in its own transaction, so an upgrade interrupted by a crash
//! leaves the file at the last completed version and resumes on the next open. Migrations
//! are only ever appended: an existing one never changes once released, and a test checks
//! that every older version upgrades to exactly the schema a fresh database gets.
//!
//! Every database this app writes carries [`APPLICATION_ID`] in its header. A file without
//! it is only taken for ours when it is empty (a new database) or predates the mark and holds
//! the tables of [`FINGERPRINT_TABLES`] as the first migration creates them; anything else
//! belongs to another program and is never written to.
//!
//! Times are UTC instants in milliseconds since the Unix epoch (`*_at_ms`); the day a session
//! belongs to is the user's local date (`local_date`, `YYYY-MM-DD`), fixed when it is written,
//! so weekly reports do not shift when the user travels.

/// `PRAGMA application_id` of every Kernkracht database: the ASCII bytes "KKRT" read as a
/// big-endian 32-bit integer (0x4B4B5254 = 1263227476), which is how SQLite stores it at
/// offset 68 of the file header, so a hex dump of any of our files shows `KKRT` there.
///
/// The mark lets `Store::open` tell our files from another program's SQLite database at
/// the same path (a user picking the wrong file, a shell passing the wrong path), which it
/// must refuse before migrating or switching it to WAL. SQLite reads the value back as a
/// signed 32-bit integer; this one is positive, so it reads back unchanged.
pub const APPLICATION_ID: i32 = i32::from_be_bytes(*b"KKRT");

/// Tables that identify a database written before the mark existed: both exist in every
/// version of our schema, and in such a file their first columns are exactly those the first
/// migration creates (later migrations only append columns).
pub const FINGERPRINT_TABLES: [&str; 2] = ["profile", "session"];

/// The schema version this build creates and understands.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32;

/// `MIGRATIONS[n]` takes a database from version `n` to `n + 1`.
pub const MIGRATIONS: [&str; 4] = [
    // 1: the profile, screening, reminders, the program and the training history.
    r#"
    CREATE TABLE profile (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        height_cm       REAL NOT NULL CHECK (height_cm BETWEEN 100 AND 250),
        ball_cm         INTEGER NOT NULL CHECK (ball_cm IN (55, 65, 75)),
        language        TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        goal            TEXT NOT NULL CHECK (goal IN ('recovery', 'sport_performance')),
        onboarding_done INTEGER NOT NULL CHECK (onboarding_done IN (0, 1)),
        updated_at_ms   INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE profile_equipment (
        item TEXT PRIMARY KEY
    ) STRICT;

    -- Every answer to the safety screening is kept, with its time; the latest one counts.
    CREATE TABLE screening (
        id             INTEGER PRIMARY KEY,
        answered_at_ms INTEGER NOT NULL,
        red_flags      INTEGER NOT NULL CHECK (red_flags IN (0, 1)),
        acute_pain     INTEGER NOT NULL CHECK (acute_pain IN (0, 1))
    ) STRICT;

    CREATE TABLE reminder_settings (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        weekdays       INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127), -- bit 0 = Monday
        minute_of_day  INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
        time_zone      TEXT NOT NULL,
        updated_at_ms  INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE program_state (
        id                  INTEGER PRIMARY KEY CHECK (id = 1),
        stabilisation_phase INTEGER NOT NULL CHECK (stabilisation_phase BETWEEN 1 AND 4),
        sessions_per_week   INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),
        updated_at_ms       INTEGER NOT NULL
    ) STRICT;

    -- The current dosage of each exercise the user has trained.
    CREATE TABLE exercise_dosage (
        exercise_id   TEXT PRIMARY KEY,
        step          INTEGER NOT NULL CHECK (step >= 0),
        sets          INTEGER CHECK (sets > 0),
        reps          INTEGER CHECK (reps > 0),
        hold_seconds  INTEGER CHECK (hold_seconds > 0),
        max_reps      INTEGER CHECK (max_reps > 0),
        updated_at_ms INTEGER NOT NULL
    ) STRICT;

    -- Every change of dosage or phase, and why.
    CREATE TABLE progression_event (
        id          INTEGER PRIMARY KEY,
        at_ms       INTEGER NOT NULL,
        exercise_id TEXT, -- NULL: the program as a whole (phase, sessions a week)
        change      TEXT NOT NULL,
        reason      TEXT NOT NULL
    ) STRICT;

    CREATE TABLE session (
        id            INTEGER PRIMARY KEY,
        local_date    TEXT NOT NULL CHECK (local_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status        TEXT NOT NULL
                      CHECK (status IN ('planned', 'started', 'completed', 'skipped', 'aborted')),
        planned_at_ms INTEGER,
        started_at_ms INTEGER,
        ended_at_ms   INTEGER,
        pain_before   INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after    INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        effort        INTEGER CHECK (effort BETWEEN 0 AND 10),
        notes         TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX session_by_date ON session (local_date);

    CREATE TABLE performed_set (
        id             INTEGER PRIMARY KEY,
        session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        exercise_id    TEXT NOT NULL,
        set_index      INTEGER NOT NULL CHECK (set_index >= 0),
        side           TEXT NOT NULL CHECK (side IN ('none', 'left', 'right')),
        outcome        TEXT NOT NULL CHECK (outcome IN ('done', 'partial', 'skipped')),
        reps           INTEGER CHECK (reps >= 0),
        hold_ms        INTEGER CHECK (hold_ms >= 0),
        hurt           INTEGER NOT NULL DEFAULT 0 CHECK (hurt IN (0, 1)),
        recorded_at_ms INTEGER NOT NULL,
        UNIQUE (session_id, exercise_id, set_index, side)
    ) STRICT;
    "#,
    // 2: the pressure-biofeedback cuff: paired devices, per-set summaries and traces.
    r#"
    CREATE TABLE cuff (
        identifier   TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        paired       INTEGER NOT NULL CHECK (paired IN (0, 1)),
        last_seen_ms INTEGER
    ) STRICT;

    CREATE TABLE set_pressure (
        set_id           INTEGER PRIMARY KEY REFERENCES performed_set (id) ON DELETE CASCADE,
        cuff_identifier  TEXT, -- NULL: the simulator
        start_mmhg       REAL NOT NULL,
        time_in_band_pct REAL NOT NULL CHECK (time_in_band_pct BETWEEN 0 AND 100),
        mean_dev_mmhg    REAL NOT NULL,
        worst_dev_mmhg   REAL NOT NULL,
        steadiness       REAL NOT NULL,
        trace            BLOB -- compact encoding, see trace.rs
    ) STRICT;
    "#,
    // 3: the program's progression: streaks, maximum tests, rests, the phase's start, and
    // each session's plan (what was asked, to judge what was done) and whether it was judged.
    r#"
    ALTER TABLE exercise_dosage ADD COLUMN streak INTEGER NOT NULL DEFAULT 0 CHECK (streak >= 0);
    ALTER TABLE exercise_dosage ADD COLUMN max_tested_at_ms INTEGER;
    ALTER TABLE exercise_dosage ADD COLUMN paused_until_session INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE program_state ADD COLUMN phase_started_at_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE program_state ADD COLUMN phase_self_reported INTEGER NOT NULL DEFAULT 0
        CHECK (phase_self_reported IN (0, 1));
    ALTER TABLE session ADD COLUMN plan TEXT;
    ALTER TABLE session ADD COLUMN evaluated INTEGER NOT NULL DEFAULT 0 CHECK (evaluated IN (0, 1));
    "#,
    // 4: whether a cuff set showed a compensation (002), which keeps it from counting as
    // mastered.
    r#"
    ALTER TABLE set_pressure ADD COLUMN compensated INTEGER NOT NULL DEFAULT 0
        CHECK (compensated IN (0, 1));
    "#,
];
