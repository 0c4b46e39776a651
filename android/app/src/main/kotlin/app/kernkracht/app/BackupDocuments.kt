package app.kernkracht.app

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.util.Log
import java.io.IOException
import java.util.concurrent.Executor

/**
 * Backups as files the user picks through the Storage Access Framework: a save dialog for an
 * exported backup, an open dialog for one to import. The app needs no storage permission,
 * and the health records leave the phone only where the user puts them. The activity hands
 * the pickers' answers to [onResult]; the file is read or written on [io], and a file that
 * could not be written or read is reported to the caller's `failed` on the main thread, so
 * the settings page can say so rather than leave the user believing a backup exists.
 */
class BackupDocuments(private val activity: Activity, private val io: Executor) {
    private var toSave: Pair<String, () -> Unit>? = null
    private var toOpen: Pair<(String) -> Unit, () -> Unit>? = null

    /** Asks where to save [json], the core's backup, then writes it there. */
    fun save(json: String, failed: () -> Unit) {
        toSave = json to failed
        val pick = Intent(Intent.ACTION_CREATE_DOCUMENT)
            .addCategory(Intent.CATEGORY_OPENABLE)
            .setType(MIME_TYPE)
            .putExtra(Intent.EXTRA_TITLE, FILE_NAME)
        activity.startActivityForResult(pick, SAVE)
    }

    /** Asks which backup to open, then hands its text to [read] (on [io]). */
    fun open(read: (String) -> Unit, failed: () -> Unit) {
        toOpen = read to failed
        val pick = Intent(Intent.ACTION_OPEN_DOCUMENT).addCategory(Intent.CATEGORY_OPENABLE).setType(MIME_TYPE)
        activity.startActivityForResult(pick, OPEN)
    }

    /** A picker's answer; false when the request was not one of these. */
    fun onResult(requestCode: Int, resultCode: Int, data: Intent?): Boolean {
        if (requestCode != SAVE && requestCode != OPEN) return false
        val uri = data?.data.takeIf { resultCode == Activity.RESULT_OK }
        val saving = toSave.also { toSave = null }
        val opening = toOpen.also { toOpen = null }
        if (uri == null) return true
        io.execute {
            when (requestCode) {
                SAVE -> saving?.let { (json, failed) -> write(uri, json) ?: report(failed) }
                else -> opening?.let { (read, failed) -> text(uri)?.let(read) ?: report(failed) }
            }
        }
        return true
    }

    private fun write(uri: Uri, json: String): Unit? = guarded {
        activity.contentResolver.openOutputStream(uri, "wt")?.use { it.write(json.toByteArray()) }
    }

    private fun text(uri: Uri): String? = guarded {
        activity.contentResolver.openInputStream(uri)?.use { it.readBytes().decodeToString() }
    }

    private fun report(failed: () -> Unit) = activity.runOnUiThread(failed)

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
        const val SAVE = 0x4B10
        const val OPEN = 0x4B11
        const val MIME_TYPE = "application/json"
        const val FILE_NAME = "kernkracht-backup.json"
    }
}
