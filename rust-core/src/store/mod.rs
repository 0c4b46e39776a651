//! Local storage in SQLite: the profile, reminders, program state, training history and cuff
//! data, in one file the shell chooses.
//!
//! A person's months of training must survive crashes, full disks, app updates and bad files:
//! - every write is one transaction in WAL mode with `synchronous = FULL`, so a write that
//!   returned success survives a killed process (and a power cut);
//! - a file that is not a database, is another program's database (see
//!   [`schema::APPLICATION_ID`]), is damaged or comes from a newer app version is refused
//!   with a typed error before anything is written to it; [`move_aside`] keeps such a file
//!   under a new name so the app can start fresh without losing it;
//! - a session the app was running when it was killed is ended as aborted at the next open,
//!   so no session stays `started` for ever;
//! - schema upgrades are versioned migrations (`schema`), each in its own transaction.
//!
//! One connection writes and another reads, each behind its own lock, so the UI can read
//! history while a session is being recorded (WAL lets readers and the writer overlap).

pub mod backup;
mod cuffs;
mod error;
mod profile;
mod program;
pub mod schema;
mod sessions;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use backup::{Backup, BACKUP_FORMAT, BACKUP_VERSION};
pub use error::StoreError;

/// How long a connection waits for the other one's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// The first bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The open database.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    // Fields drop in order: the reader closes first, so the writer is the last connection
    // and checkpoints the WAL into the file and removes it. Closed the other way round, the
    // read-only connection cannot checkpoint and the latest writes stay in `-wal`, out of
    // a copy of the database file alone.
    reader: Mutex<Connection>,
    writer: Mutex<Connection>,
}

impl Store {
    /// Opens the database at `path`, creating it if absent and upgrading its schema if older.
    ///
    /// The file is judged by reading only; a file that is refused (another program's, damaged
    /// or from a newer app) is closed as it was found: never migrated, never switched to WAL,
    /// no checkpoint, and no `-wal`/`-shm` file of ours left beside it.
    ///
    /// Sessions still `started` were cut off with the process that ran them (killed,
    /// Ctrl-C) and are ended as aborted (see
    /// [`end_interrupted_sessions`](Store::end_interrupted_sessions)). The app opens its
    /// database once; a second process opening the same file while a session runs is not
    /// supported (it would end that live session; the session's own later writes still
    /// succeed).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        check_header(path)?;
        let side_files = SideFiles::before_opening(path);
        let writer = connect(path, OpenFlags::default())?;
        let (version, marked) = match admit(&writer, path) {
            Ok(admitted) => admitted,
            Err(error) => {
                side_files.close_untouched(writer);
                return Err(error);
            }
        };
        writer
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(StoreError::from)?;
        writer.pragma_update(None, "synchronous", "FULL")?;
        migrate(&writer, version).map_err(|e| e.at(path))?;
        if !marked {
            writer.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
            log::info!("marked {} as a Kernkracht database", path.display());
        }
        let reader = connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        log::info!(
            "opened {} at schema {}",
            path.display(),
            schema::CURRENT_VERSION
        );
        let store = Store {
            path: path.to_owned(),
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
        };
        // Tidying up must not keep the app from opening (a full disk, a busy file): the
        // sessions stay `started` and are ended at a later open.
        match store.end_interrupted_sessions(None) {
            Ok(ended) if ended.is_empty() => {}
            Ok(ended) => log::info!("ended interrupted sessions {ended:?} as aborted"),
            Err(error) => log::warn!("interrupted sessions not ended: {error}"),
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `read` on the reading connection.
    pub fn read<T>(
        &self,
        read: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        read(&lock(&self.reader)).map_err(|e| e.at(&self.path))
    }

    /// Runs `write` in one immediate transaction: all of it is saved, or none of it.
    pub fn write<T>(
        &self,
        write: impl FnOnce(&Transaction) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut connection = lock(&self.writer);
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = write(&transaction).map_err(|e| e.at(&self.path))?;
        transaction
            .commit()
            .map_err(|e| StoreError::from(e).at(&self.path))?;
        Ok(value)
    }

    /// SQLite's full integrity check; `Corrupt` with its findings when anything is wrong.
    pub fn check_integrity(&self) -> Result<(), StoreError> {
        self.read(|connection| {
            let mut statement = connection.prepare("PRAGMA integrity_check")?;
            let findings: Vec<String> = statement
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            if findings == ["ok"] {
                Ok(())
            } else {
                Err(StoreError::Corrupt {
                    path: PathBuf::new(),
                    detail: findings.join("; "),
                })
            }
        })
    }
}

/// Moves a damaged database (and its WAL and shared-memory files) aside, to
/// `<name>.damaged-<n>`, so a fresh one can be created at `path`. Nothing is deleted.
/// Returns where the database went.
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let aside = (1..)
        .map(|n| with_suffix(path, &format!(".damaged-{n}")))
        .find(|candidate| !candidate.exists())
        .expect("some numbered name is free");
    std::fs::rename(path, &aside)?;
    for companion in ["-wal", "-shm"] {
        let from = with_suffix(path, companion);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&aside, companion))?;
        }
    }
    log::info!("moved {} aside to {}", path.display(), aside.display());
    Ok(aside)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Refuses a file that exists with content but is not an SQLite database, before SQLite
/// could touch it.
fn check_header(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::CannotOpen {
                path: path.to_owned(),
                detail: e.to_string(),
            })
        }
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..])? {
            0 => break,
            n => read += n,
        }
    }
    match read {
        0 => Ok(()), // an empty file is a new database
        16 if &header == SQLITE_HEADER => Ok(()),
        _ => Err(StoreError::NotADatabase {
            path: path.to_owned(),
        }),
    }
}

/// Decides, by reading only, whether the database `connection` has open may be used:
/// returns its schema version and whether it already carries our mark.
fn admit(connection: &Connection, path: &Path) -> Result<(u32, bool), StoreError> {
    let version = schema_version(connection).map_err(|e| e.at(path))?;
    // Reads the whole schema: a damaged file fails here, before anything is written.
    let objects: u32 = connection
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|e| StoreError::from(e).at(path))?;
    let application_id: i32 = connection
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|e| StoreError::from(e).at(path))?;
    let marked = application_id == schema::APPLICATION_ID;
    let ours = match (application_id, version, objects) {
        _ if marked => true,
        // New: no mark, no version, no tables.
        (0, 0, 0) => true,
        // Tables, but none of our migrations ever ran.
        (0, 0, _) => false,
        // Versioned by someone: ours if written before the mark existed.
        (0, _, _) => has_our_tables(connection).map_err(|e| e.at(path))?,
        // Another program's mark.
        _ => false,
    };
    if !ours {
        return Err(StoreError::ForeignDatabase {
            path: path.to_owned(),
        });
    }
    if version > schema::CURRENT_VERSION {
        return Err(StoreError::NewerVersion {
            path: path.to_owned(),
            found: version,
            supported: schema::CURRENT_VERSION,
        });
    }
    Ok((version, marked))
}

/// Whether the database holds the [`schema::FINGERPRINT_TABLES`] as our first migration
/// creates them: the same kind of table, as strict, with the same leading columns.
fn has_our_tables(connection: &Connection) -> Result<bool, StoreError> {
    let first = Connection::open_in_memory()?;
    first.execute_batch(schema::MIGRATIONS[0])?;
    for table in schema::FINGERPRINT_TABLES {
        let expected = TableShape::of(&first, table)?;
        let found = TableShape::of(connection, table)?;
        if found.kind.is_none()
            || found.kind != expected.kind
            || !found.columns.starts_with(&expected.columns)
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// What identifies a table beyond its name.
struct TableShape {
    /// Its kind (`table`, `view`…) and whether it is strict; `None`: no such table in `main`.
    kind: Option<(String, bool)>,
    /// Each column's name, declared type, `NOT NULL` and position in the primary key, in
    /// order.
    columns: Vec<(String, String, bool, u32)>,
}

impl TableShape {
    fn of(connection: &Connection, table: &str) -> Result<TableShape, StoreError> {
        use rusqlite::OptionalExtension;
        let kind = connection
            .query_row(
                "SELECT type, strict FROM pragma_table_list WHERE schema = 'main' AND name = ?1",
                [table],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let mut statement = connection.prepare(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1, 'main') ORDER BY cid",
        )?;
        let columns = statement
            .query_map([table], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        Ok(TableShape { kind, columns })
    }
}

/// Which of a database's side files (`-wal`, `-shm`) existed before it was opened, so a
/// refused file can be left with exactly the side files it had.
struct SideFiles {
    path: PathBuf,
    existed: [bool; 2],
}

impl SideFiles {
    const SUFFIXES: [&'static str; 2] = ["-wal", "-shm"];

    fn before_opening(path: &Path) -> SideFiles {
        SideFiles {
            path: path.to_owned(),
            existed: Self::SUFFIXES.map(|suffix| with_suffix(path, suffix).exists()),
        }
    }

    /// Closes a refused database without changing it. Reading a database in WAL mode
    /// creates its `-wal` and `-shm` files, and closing it normally checkpoints: that would
    /// copy a WAL that was already there (the owner's unsaved writes) into the file. So the
    /// close skips the checkpoint, and the side files that did not exist before are removed
    /// (the WAL is then empty: this connection only read). This assumes no other process
    /// opened the file in between, as the app opens its own database only once.
    fn close_untouched(self, connection: Connection) {
        if let Err(error) =
            connection.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        {
            log::warn!("closing {} may checkpoint: {error}", self.path.display());
        }
        drop(connection);
        for (suffix, existed) in Self::SUFFIXES.into_iter().zip(self.existed) {
            let side = with_suffix(&self.path, suffix);
            if !existed && side.exists() {
                if let Err(error) = std::fs::remove_file(&side) {
                    log::warn!("could not remove {}: {error}", side.display());
                }
            }
        }
    }
}

fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let connection =
        Connection::open_with_flags(path, flags).map_err(|e| StoreError::CannotOpen {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    connection.pragma_update(None, "foreign_keys", true)?;
    Ok(connection)
}

fn schema_version(connection: &Connection) -> Result<u32, StoreError> {
    Ok(connection.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Applies the migrations a database at `version` lacks, each in its own transaction.
pub(crate) fn migrate(connection: &Connection, version: u32) -> Result<(), StoreError> {
    for (from, sql) in schema::MIGRATIONS.iter().enumerate().skip(version as usize) {
        let to = from + 1;
        // Rolls back on drop if anything fails, leaving the file at version `from`.
        let transaction = connection.unchecked_transaction()?;
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", to as u32)?;
        transaction.commit()?;
        log::info!("database schema upgraded from {from} to {to}");
    }
    Ok(())
}

fn lock(connection: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    // A panic while holding the lock leaves no half-done transaction behind (it rolls back
    // on drop), so the connection is still sound.
    connection.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("kernkracht.db")).unwrap();
        (dir, store)
    }

    fn sessions(store: &Store) -> usize {
        store
            .sessions_between("2000-01-01", "2100-01-01")
            .unwrap()
            .len()
    }

    #[test]
    fn a_closed_database_is_one_self_contained_file() {
        let (dir, store) = open();
        let path = dir.path().join("kernkracht.db");
        store.start_session("2026-11-02", 0, Some(3), None).unwrap();
        // A read makes the read-only connection a user of the WAL too.
        assert_eq!(sessions(&store), 1);
        drop(store);
        assert!(
            !with_suffix(&path, "-wal").exists(),
            "the WAL was checkpointed"
        );
        let header = std::fs::read(&path).unwrap();
        let version = u32::from_be_bytes(header[60..64].try_into().unwrap());
        assert_eq!(
            version,
            schema::CURRENT_VERSION,
            "the file's own header is current"
        );
        assert_eq!(sessions(&Store::open(&path).unwrap()), 1);
    }

    #[test]
    fn a_full_disk_is_a_typed_error_and_loses_nothing() {
        let (_dir, store) = open();
        store.start_session("2026-11-02", 0, Some(3), None).unwrap();
        // Cap the file at its current size: the next page SQLite needs is "disk full".
        {
            let writer = lock(&store.writer);
            let pages: u32 = writer
                .query_row("PRAGMA page_count", [], |row| row.get(0))
                .unwrap();
            writer.pragma_update(None, "max_page_count", pages).unwrap();
        }
        let notes = "x".repeat(64 * 1024);
        let error = store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO session (local_date, status, notes) VALUES ('2026-11-03', 'started', ?1)",
                    [&notes],
                )?;
                Ok(())
            })
            .unwrap_err();
        assert!(matches!(error, StoreError::DiskFull), "{error}");
        assert_eq!(sessions(&store), 1, "the earlier session is intact");
        store.check_integrity().unwrap();
    }

    #[test]
    fn a_read_only_database_is_a_typed_error() {
        let (_dir, store) = open();
        store.start_session("2026-11-02", 0, None, None).unwrap();
        lock(&store.writer)
            .pragma_update(None, "query_only", true)
            .unwrap();
        let error = store
            .start_session("2026-11-03", 0, None, None)
            .unwrap_err();
        assert!(matches!(error, StoreError::ReadOnly), "{error}");
        assert_eq!(sessions(&store), 1);
    }
}
