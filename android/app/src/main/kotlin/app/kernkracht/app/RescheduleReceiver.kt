package app.kernkracht.app

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import app.kernkracht.core.KernkrachtException

/**
 * Sets the reminders again when they are lost or wrong: alarms do not survive a reboot or an
 * app update, and a reminder at 18:00 must move with a new clock time or time zone. The core
 * recomputes its list and hands it to [ReminderAlarms].
 */
class RescheduleReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in ACTIONS) return
        val app = context.applicationContext as KernkrachtApplication
        // The core call touches the database: off the main thread, with the broadcast kept alive.
        val pending = goAsync()
        app.background.execute {
            try {
                app.core.rescheduleReminders()
            } catch (error: KernkrachtException) {
                Log.w(TAG, "reminders not rescheduled", error)
            } finally {
                pending.finish()
            }
        }
    }

    private companion object {
        const val TAG = "RescheduleReceiver"
        val ACTIONS = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_MY_PACKAGE_REPLACED
        )
    }
}
