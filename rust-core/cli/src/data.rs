//! `kernkracht export`, `import` and `db`: backup, restore and the database file itself.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use kernkracht::api::app::{move_damaged_database_aside, Kernkracht};
use kernkracht::api::KernkrachtError;

use crate::{CommandResult, Output};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write the backup (JSON).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A backup written by `kernkracht export`.
    file: PathBuf,
}

#[derive(Debug, Args)]
pub struct DbArgs {
    #[command(subcommand)]
    command: DbCommand,
}

#[derive(Debug, Subcommand)]
enum DbCommand {
    /// Run SQLite's full integrity check.
    Check,
    /// Move a damaged or unreadable database aside (it is kept) so the next start is fresh.
    MoveAside,
}

pub fn run_export(args: &ExportArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let json = app.export_backup()?;
    write_new_file(&args.out, json.as_bytes())?;
    out.confirm(
        "Back-up geschreven naar",
        "Backup written to",
        args.out.display(),
    );
    Ok(())
}

pub fn run_import(args: &ImportArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let json = std::fs::read_to_string(&args.file).map_err(|e| {
        KernkrachtError::InvalidInput(format!("cannot read {}: {e}", args.file.display()))
    })?;
    app.import_backup(json)?;
    out.confirm(
        "Back-up teruggezet uit",
        "Backup restored from",
        args.file.display(),
    );
    Ok(())
}

/// `db check` opens the database itself; `db move-aside` must work on a file that cannot be
/// opened, so it takes only the path.
pub fn run_db(args: &DbArgs, db: &std::path::Path, out: &Output) -> CommandResult {
    match args.command {
        DbCommand::Check => {
            let app = Kernkracht::open(db.display().to_string(), out.lang.locale().into())?;
            app.check_integrity()?;
            println!("{}: ok", db.display());
        }
        DbCommand::MoveAside => {
            let aside = move_damaged_database_aside(db.display().to_string())?;
            println!(
                "{} {aside}",
                out.lang.pick("Database bewaard als", "Database kept as")
            );
        }
    }
    Ok(())
}

/// Writes the whole file to a temporary name beside it and renames it into place, so a
/// crash or full disk never leaves half a backup under the chosen name.
fn write_new_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), KernkrachtError> {
    let fail = |e: std::io::Error| {
        KernkrachtError::StorageUnavailable(format!("cannot write {}: {e}", path.display()))
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    let mut file = std::fs::File::create(&temporary).map_err(fail)?;
    std::io::Write::write_all(&mut file, bytes).map_err(fail)?;
    file.sync_all().map_err(fail)?;
    std::fs::rename(&temporary, path).map_err(fail)
}
