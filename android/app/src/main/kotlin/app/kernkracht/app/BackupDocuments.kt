package app.kernkracht.app

import android.content.Context
import android.content.Intent
import android.net.Uri
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import app.kernkracht.core.KernkrachtException
import java.io.IOException
import java.util.concurrent.Executor

/**
 * Backups as files the user picks through the Storage Access Framework: a save dialog for an
 * exported backup, an open dialog for one to import, through the Activity Result API. The app
 * needs no storage permission, and the health records leave the phone only where the user
 * puts them. The file is read or written on [io]; a file that could not be written or read is
 * reported to the caller's `failed` on the main thread, so the settings page can say so
 * rather than leave the user believing a backup exists.
 *
 * A picker may answer an activity made anew (the phone was turned while it was open): the
 * file the user chose for a backup then gets a fresh one from [export], since the backup
 * asked for went with the old activity; a failure is only logged, as no page waits for it.
 */
class BackupDocuments(private val activity: ComponentActivity, private val io: Executor, private val export: () -> String) {
    private var toSave: Pair<String, () -> Unit>? = null
    private var toOpen: Pair<(String) -> Unit, () -> Unit>? = null
    private val saveDialog = activity.registerForActivityResult(CreateOpenableJson()) { uri ->
        val asked = toSave.also { toSave = null }
        if (uri != null) io.execute { save(uri, asked) }
    }
    private val openDialog = activity.registerForActivityResult(OpenOpenableJson()) { uri ->
        val (read, failed) = toOpen.also { toOpen = null } ?: return@registerForActivityResult
        if (uri != null) io.execute { text(uri)?.let(read) ?: report(failed) }
    }

    /** Asks where to save [json], the core's backup, then writes it there. */
    fun save(json: String, failed: () -> Unit) {
        toSave = json to failed
        saveDialog.launch(FILE_NAME)
    }

    /** Asks which backup to open, then hands its text to [read] (on [io]). */
    fun open(read: (String) -> Unit, failed: () -> Unit) {
        toOpen = read to failed
        openDialog.launch(arrayOf(MIME_TYPE))
    }

    /** Writes the backup asked for, or a fresh one when the activity was made anew since. */
    private fun save(uri: Uri, asked: Pair<String, () -> Unit>?) {
        val written = (asked?.first ?: exported())?.let { write(uri, it) }
        if (written == null) asked?.second?.let(::report)
    }

    private fun write(uri: Uri, json: String): Unit? = guarded {
        activity.contentResolver.openOutputStream(uri, "wt")?.use { it.write(json.toByteArray()) }
    }

    private fun text(uri: Uri): String? = guarded {
        activity.contentResolver.openInputStream(uri)?.use { it.readBytes().decodeToString() }
    }

    private fun report(failed: () -> Unit) = activity.runOnUiThread(failed)

    private fun exported(): String? = try {
        export()
    } catch (error: KernkrachtException) {
        Log.w(TAG, "backup not exported", error)
        null
    }

    /**
     * A file that vanished, a full disk or a revoked grant leaves the data as it was: null,
     * and the log says why.
     */
    private fun <T> guarded(block: () -> T?): T? = try {
        block()
    } catch (error: IOException) {
        Log.w(TAG, "backup file not accessible", error)
        null
    } catch (error: SecurityException) {
        Log.w(TAG, "backup file not allowed", error)
        null
    }

    private companion object {
        const val TAG = "BackupDocuments"
        const val FILE_NAME = "kernkracht-backup.json"
    }
}

private const val MIME_TYPE = "application/json"

/** The save picker, for a JSON file that can be written as a stream (not a virtual one). */
private class CreateOpenableJson : ActivityResultContracts.CreateDocument(MIME_TYPE) {
    override fun createIntent(context: Context, input: String): Intent =
        super.createIntent(context, input).addCategory(Intent.CATEGORY_OPENABLE)
}

/** The open picker, for JSON files that can be read as a stream. */
private class OpenOpenableJson : ActivityResultContracts.OpenDocument() {
    override fun createIntent(context: Context, input: Array<String>): Intent =
        super.createIntent(context, input).addCategory(Intent.CATEGORY_OPENABLE).setType(MIME_TYPE)
}
