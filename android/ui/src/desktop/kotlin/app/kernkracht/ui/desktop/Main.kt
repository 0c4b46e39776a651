package app.kernkracht.ui.desktop

import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import app.kernkracht.core.Reminder
import app.kernkracht.core.ReminderScheduler
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.SystemClock
import app.kernkracht.ui.KernkrachtApp
import java.awt.FileDialog
import java.awt.Frame
import java.io.File
import java.util.Locale
import kotlinx.coroutines.runBlocking

/** A desktop has no alarms: the reminders the core hands over are listed on the console. */
private object ConsoleReminders : ReminderScheduler {
    override fun schedule(reminders: List<Reminder>) {
        println("${reminders.size} reminders; next: ${reminders.firstOrNull()?.local ?: "none"}")
    }
}

/**
 * The app's screens in a phone-sized desktop window over the real core, with the real
 * Bluetooth cuff through BlueZ. The database is the first argument, else the
 * command-line tool's (`~/.local/share/kernkracht/kernkracht.db`).
 */
fun main(args: Array<String>) {
    val database = args.firstOrNull() ?: defaultDatabase()
    File(database).parentFile?.mkdirs()
    val core = runBlocking { CoreService.open(database, Locale.getDefault().toLanguageTag(), SystemClock, ConsoleReminders) }
    application {
        Window(
            onCloseRequest = {
                core.close()
                exitApplication()
            },
            title = "Kernkracht",
            state = rememberWindowState(size = DpSize(430.dp, 900.dp))
        ) {
            KernkrachtApp(core, onBackup = ::saveBackup, onImportRequest = ::openBackup)
        }
    }
}

private fun defaultDatabase(): String {
    val data = System.getenv("XDG_DATA_HOME") ?: "${System.getProperty("user.home")}/.local/share"
    return "$data/kernkracht/kernkracht.db"
}

private fun saveBackup(json: String, failed: () -> Unit) {
    val dialog = FileDialog(null as Frame?, "Backup", FileDialog.SAVE).apply { file = "kernkracht-backup.json" }
    dialog.isVisible = true
    val name = dialog.file ?: return
    runCatching { File(dialog.directory, name).writeText(json) }.onFailure { failed() }
}

private fun openBackup(read: (String) -> Unit, failed: () -> Unit) {
    val dialog = FileDialog(null as Frame?, "Backup", FileDialog.LOAD)
    dialog.isVisible = true
    val name = dialog.file ?: return
    runCatching { File(dialog.directory, name).readText() }.onSuccess(read).onFailure { failed() }
}
