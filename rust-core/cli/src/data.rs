//! `kernkracht export`, `import` and `db`: backup, restore and the database file itself.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use kernkracht::api::app::move_damaged_database_aside;

use crate::lang::Lang;
use crate::problem::{io_reason, CommandResult, Problem};
use crate::Context;

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

pub fn run_export(args: &ExportArgs, context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let json = app.export_backup()?;
    write_new_file(&args.out, json.as_bytes(), out.lang)?;
    out.confirm(
        "Reservekopie geschreven naar",
        "Backup written to",
        args.out.display(),
    );
    Ok(())
}

pub fn run_import(args: &ImportArgs, context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let json = std::fs::read_to_string(&args.file).map_err(|e| {
        Problem::Refused(format!(
            "{} {}: {}",
            out.lang.pick("kan niet lezen:", "cannot read"),
            args.file.display(),
            io_reason(&e, out.lang)
        ))
    })?;
    app.import_backup(json)?;
    let out = out.in_language(app.language());
    out.confirm(
        "Reservekopie teruggezet uit",
        "Backup restored from",
        args.file.display(),
    );
    Ok(())
}

/// `db check` opens the database itself; `db move-aside` must work on a file that cannot be
/// opened, so it takes only the path.
pub fn run_db(args: &DbArgs, context: &Context) -> CommandResult {
    let path = context.database()?;
    match args.command {
        DbCommand::Check => {
            let (app, out) = context.open()?;
            app.check_integrity()?;
            out.confirm("In orde:", "Sound:", path.display());
        }
        DbCommand::MoveAside => {
            let out = context.out;
            let aside =
                move_damaged_database_aside(path.display().to_string(), out.lang.language())?;
            out.confirm("Database bewaard als", "Database kept as", aside);
        }
    }
    Ok(())
}

/// Writes the whole file to a temporary name beside it and renames it into place, so a
/// crash or full disk never leaves half a backup under the chosen name.
fn write_new_file(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), Problem> {
    let fail = |e: std::io::Error| {
        Problem::Refused(format!(
            "{} {}: {}",
            lang.pick("kan niet schrijven:", "cannot write"),
            path.display(),
            io_reason(&e, lang)
        ))
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    let mut file = std::fs::File::create(&temporary).map_err(fail)?;
    std::io::Write::write_all(&mut file, bytes).map_err(fail)?;
    file.sync_all().map_err(fail)?;
    std::fs::rename(&temporary, path).map_err(fail)
}
