package app.kernkracht.app

import android.app.AlarmManager
import android.content.Context
import app.kernkracht.core.Reminder
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager.ScheduledAlarm

/** The application of the running test. */
fun testApp(): TestApplication = RuntimeEnvironment.getApplication() as TestApplication

fun alarmManager(context: Context): AlarmManager = context.getSystemService(AlarmManager::class.java)

/** Every alarm set now, by trigger time. */
fun scheduledAlarms(context: Context): List<ScheduledAlarm> = shadowOf(alarmManager(context)).scheduledAlarms.sortedBy { it.triggerAtMs }

/** An alarm as the test compares it: when it fires, and the reminder's date it carries. */
@Suppress("DEPRECATION") // Robolectric 4.17 gives the alarm's PendingIntent only as this field.
fun ScheduledAlarm.whenAndDate(): Pair<Long, String?> =
    triggerAtMs to shadowOf(operation).savedIntent.getStringExtra(ReminderReceiver.EXTRA_DATE)

/** A reminder of the core's list, compared the same way. */
fun Reminder.whenAndDate(): Pair<Long, String?> = utcMs to localDate

/** The core's complete list now, as every hand-over must have set it. */
fun TestApplication.coreReminders(): List<Pair<Long, String?>> = core.upcomingReminders(64u).map { it.whenAndDate() }

/** What the alarms hold now, in the same form. */
fun TestApplication.alarmsSet(): List<Pair<Long, String?>> = scheduledAlarms(this).map { it.whenAndDate() }

/** What a reboot does to alarms: they are gone. */
@Suppress("DEPRECATION") // as above
fun loseAllAlarms(context: Context) {
    val manager = alarmManager(context)
    shadowOf(manager).scheduledAlarms.forEach { manager.cancel(it.operation) }
}
