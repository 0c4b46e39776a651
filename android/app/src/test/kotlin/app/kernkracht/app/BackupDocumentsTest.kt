package app.kernkracht.app

import android.app.Activity
import android.content.Intent
import android.net.Uri
import android.os.Looper
import app.kernkracht.core.onboard
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.io.InputStream
import java.io.OutputStream
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/** A backup saved to, and read back from, a file the user picks (Storage Access Framework). */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class BackupDocumentsTest {
    private val app = testApp()
    private val file: Uri = Uri.parse("content://documents/kernkracht-backup.json")

    @Test
    fun theCoresBackupIsWrittenWhereTheUserChose() {
        app.core.onboard()
        val backup = app.core.exportBackup()
        val activity = launchMainActivity()
        val written = ByteArrayOutputStream()
        shadowOf(activity.contentResolver).registerOutputStream(file, written)

        activity.backups.save(backup) { fail("the backup could not be written") }
        val picker = shadowOf(activity).nextStartedActivityForResult.intent
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, picker.action)
        assertEquals("application/json", picker.type)
        assertEquals("kernkracht-backup.json", picker.getStringExtra(Intent.EXTRA_TITLE))
        shadowOf(activity).receiveResult(picker, Activity.RESULT_OK, Intent().setData(file))

        assertEquals(backup, written.toString(Charsets.UTF_8))
    }

    @Test
    fun aBackupOpenedByTheUserRestoresTheData() {
        app.core.onboard()
        val backup = app.core.exportBackup()
        val reminders = app.coreReminders()
        app.core.deleteAllData()
        assertTrue(app.coreReminders().isEmpty())
        val activity = launchMainActivity()
        shadowOf(activity.contentResolver).registerInputStream(file, ByteArrayInputStream(backup.toByteArray()))

        var read: String? = null
        activity.backups.open({ read = it }) { fail("the backup could not be read") }
        val picker = shadowOf(activity).nextStartedActivityForResult.intent
        assertEquals(Intent.ACTION_OPEN_DOCUMENT, picker.action)
        shadowOf(activity).receiveResult(picker, Activity.RESULT_OK, Intent().setData(file))
        app.core.importBackup(read!!)

        assertEquals(reminders, app.coreReminders())
    }

    @Test
    fun aCancelledPickerWritesAndReadsNothing() {
        app.core.onboard()
        val activity = launchMainActivity()
        val written = ByteArrayOutputStream()
        shadowOf(activity.contentResolver).registerOutputStream(file, written)

        var failures = 0
        activity.backups.save(app.core.exportBackup()) { failures++ }
        shadowOf(activity).receiveResult(shadowOf(activity).nextStartedActivityForResult.intent, Activity.RESULT_CANCELED, null)
        var read: String? = null
        activity.backups.open({ read = it }) { failures++ }
        shadowOf(activity).receiveResult(shadowOf(activity).nextStartedActivityForResult.intent, Activity.RESULT_CANCELED, null)

        assertEquals(0, written.size())
        assertNull(read)
        assertEquals("a cancelled picker is no failure", 0, failures)
    }

    /** The phone was turned while the save dialog was open: the backup is exported afresh. */
    @Test
    fun aBackupSavedAcrossARotationIsWrittenAfreshFromTheCore() {
        app.core.onboard()
        val controller = Robolectric.buildActivity(MainActivity::class.java).setup()
        controller.get().backups.save("the old activity's backup") { fail("the backup could not be written") }
        val request = shadowOf(controller.get()).nextStartedActivityForResult
        controller.recreate()
        val activity = controller.get()
        val written = ByteArrayOutputStream()
        shadowOf(activity.contentResolver).registerOutputStream(file, written)

        activity.activityResultRegistry.dispatchResult(request.requestCode, Activity.RESULT_OK, Intent().setData(file))
        idleMainThread()

        val backup = written.toString(Charsets.UTF_8)
        assertTrue(backup, backup.startsWith("{"))
        app.core.importBackup(backup)
    }

    @Test
    fun aFileThatCannotBeWrittenOrReadIsReported() {
        app.core.onboard()
        val activity = launchMainActivity()
        val full = object : OutputStream() {
            override fun write(b: Int) = throw IOException("no space left on device")
        }
        val damaged = object : InputStream() {
            override fun read(): Int = throw IOException("I/O error")
        }
        shadowOf(activity.contentResolver).registerOutputStream(file, full)
        shadowOf(activity.contentResolver).registerInputStream(file, damaged)

        var notSaved = 0
        activity.backups.save(app.core.exportBackup()) { notSaved++ }
        shadowOf(activity).receiveResult(shadowOf(activity).nextStartedActivityForResult.intent, Activity.RESULT_OK, Intent().setData(file))
        shadowOf(Looper.getMainLooper()).idle()
        assertEquals(1, notSaved)

        var read: String? = null
        var notRead = 0
        activity.backups.open({ read = it }) { notRead++ }
        shadowOf(activity).receiveResult(shadowOf(activity).nextStartedActivityForResult.intent, Activity.RESULT_OK, Intent().setData(file))
        shadowOf(Looper.getMainLooper()).idle()
        assertEquals(1, notRead)
        assertNull(read)
    }
}
