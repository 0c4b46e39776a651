package app.kernkracht.app

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.os.Build
import androidx.core.content.edit
import app.kernkracht.core.Reminder
import app.kernkracht.core.ReminderScheduler
import kotlinx.coroutines.channels.BufferOverflow
import kotlinx.coroutines.flow.MutableSharedFlow
import kotlinx.coroutines.flow.SharedFlow
import kotlinx.coroutines.flow.asSharedFlow

/**
 * The core's reminders as alarms. The core hands over its complete list after every change,
 * so each hand-over cancels every alarm set before and sets exactly the new ones. The dates
 * set are kept in SharedPreferences because AlarmManager cannot list its alarms, and a
 * hand-over may come in a new process (after a reboot or an update).
 */
class ReminderAlarms(context: Context) : ReminderScheduler {
    private val context = context.applicationContext
    private val alarms = context.getSystemService(AlarmManager::class.java)
    private val prefs = context.getSharedPreferences(PREFERENCES, Context.MODE_PRIVATE)
    private val handOvers = MutableSharedFlow<Boolean>(extraBufferCapacity = 1, onBufferOverflow = BufferOverflow.DROP_OLDEST)

    /**
     * After each hand-over, whether the core planned any reminder: the moment the user chose
     * training days (onboarding, settings) and the moment a reminder needs the permission to
     * show notifications.
     */
    val handedOver: SharedFlow<Boolean> = handOvers.asSharedFlow()

    @Synchronized
    override fun schedule(reminders: List<Reminder>) {
        prefs.getStringSet(KEY_DATES, null).orEmpty().forEach(::cancel)
        reminders.forEach(::set)
        prefs.edit { putStringSet(KEY_DATES, reminders.map { it.localDate }.toSet()) }
        handOvers.tryEmit(reminders.isNotEmpty())
    }

    private fun set(reminder: Reminder) {
        val operation = PendingIntent.getBroadcast(
            context,
            requestCode(reminder.localDate),
            ReminderReceiver.intent(context, reminder),
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE
        )
        // Exact when allowed: a reminder at 18:00 should not come at 18:40. From API 31 the
        // user may refuse exact alarms, and then Android batches the alarm within a window.
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()) {
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, reminder.utcMs, operation)
        } else {
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, reminder.utcMs, operation)
        }
    }

    private fun cancel(localDate: String) {
        // A PendingIntent matches on the intent without its extras, plus the request code.
        PendingIntent.getBroadcast(
            context,
            requestCode(localDate),
            ReminderReceiver.intent(context),
            PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE
        )?.let { operation ->
            alarms.cancel(operation)
            operation.cancel()
        }
    }

    private companion object {
        const val PREFERENCES = "reminder-alarms"
        const val KEY_DATES = "scheduled-dates"
    }
}

/**
 * The core gives each reminder's local date (`2026-12-07`) as its stable id; as a number
 * (20261207) it fits an Int and is unique per day, so it names both the alarm and its
 * notification.
 */
internal fun requestCode(localDate: String): Int = localDate.replace("-", "").toInt()
