//! Cuffs the app has seen, and the one the user paired (reconnected to automatically).

use rusqlite::{params, Connection, OptionalExtension};

use super::{Store, StoreError};
use crate::history::Cuff;

impl Store {
    /// Remembers `identifier` as the paired cuff; any other cuff is unpaired.
    pub fn pair_cuff(&self, identifier: &str, name: &str, now_ms: i64) -> Result<(), StoreError> {
        if identifier.trim().is_empty() {
            return Err(StoreError::Invalid("a cuff needs an identifier".into()));
        }
        self.write(|tx| {
            tx.execute("UPDATE cuff SET paired = 0", [])?;
            tx.execute(
                "INSERT INTO cuff (identifier, name, paired, last_seen_ms) VALUES (?1, ?2, 1, ?3)
                 ON CONFLICT (identifier) DO UPDATE SET name = ?2, paired = 1, last_seen_ms = ?3",
                params![identifier, name, now_ms],
            )?;
            Ok(())
        })
    }

    /// Notes that a cuff was seen or connected just now.
    pub fn cuff_seen(&self, identifier: &str, now_ms: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE cuff SET last_seen_ms = ?2 WHERE identifier = ?1",
                params![identifier, now_ms],
            )?;
            Ok(())
        })
    }

    /// Forgets the pairing; the cuff's history stays.
    pub fn forget_cuff(&self) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute("UPDATE cuff SET paired = 0", [])?;
            Ok(())
        })
    }

    /// The paired cuff, if any.
    pub fn paired_cuff(&self) -> Result<Option<Cuff>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT identifier, name, paired, last_seen_ms FROM cuff WHERE paired = 1",
                [],
                cuff_from_row,
            )
            .optional()?)
        })
    }
}

pub(super) fn all_cuffs(c: &Connection) -> Result<Vec<Cuff>, StoreError> {
    let mut statement =
        c.prepare_cached("SELECT identifier, name, paired, last_seen_ms FROM cuff ORDER BY identifier")?;
    let rows = statement.query_map([], cuff_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn insert_cuff(tx: &Connection, cuff: &Cuff) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO cuff (identifier, name, paired, last_seen_ms) VALUES (?1, ?2, ?3, ?4)",
        params![cuff.identifier, cuff.name, cuff.paired, cuff.last_seen_ms],
    )?;
    Ok(())
}

fn cuff_from_row(row: &rusqlite::Row) -> rusqlite::Result<Cuff> {
    Ok(Cuff {
        identifier: row.get(0)?,
        name: row.get(1)?,
        paired: row.get(2)?,
        last_seen_ms: row.get(3)?,
    })
}
