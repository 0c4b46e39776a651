package app.kernkracht.app

import android.Manifest
import android.app.Notification
import android.app.NotificationManager
import android.os.Looper
import app.kernkracht.core.onboard
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/** A reminder's alarm fires the receiver, which posts the core's text with a tap into the session. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class ReminderReceiverTest {
    private val app = testApp()
    private val notifications = app.getSystemService(NotificationManager::class.java)

    @Before
    fun onboardAndAllowNotifications() {
        app.core.onboard()
        shadowOf(app).grantPermissions(Manifest.permission.POST_NOTIFICATIONS)
    }

    @Test
    fun aFiredReminderPostsTheCoresTextOnTheRemindersChannel() {
        val reminder = app.core.upcomingReminders(1u).single()

        fireNextAlarms(1)

        val posted = shadowOf(notifications).allNotifications.single()
        assertEquals(ReminderNotifications.CHANNEL_ID, posted.channelId)
        assertEquals(reminder.title, posted.extras.getString(Notification.EXTRA_TITLE))
        assertEquals(reminder.body, posted.extras.getCharSequence(Notification.EXTRA_TEXT).toString())
        assertEquals("Training reminders", notifications.getNotificationChannel(ReminderNotifications.CHANNEL_ID).name)
    }

    @Test
    fun tappingTheReminderOpensTodaysSession() {
        fireNextAlarms(1)

        val tap = shadowOf(shadowOf(notifications).allNotifications.single().contentIntent)
        assertTrue(tap.isActivity)
        assertEquals(MainActivity::class.java.name, tap.savedIntent.component?.className)
        assertTrue(tap.savedIntent.getBooleanExtra(MainActivity.EXTRA_TODAY_SESSION, false))
    }

    @Test
    @Config(qualifiers = "nl")
    fun theChannelIsNamedInTheDevicesLanguage() {
        fireNextAlarms(1)

        assertEquals("Trainingsherinneringen", notifications.getNotificationChannel(ReminderNotifications.CHANNEL_ID).name)
    }

    @Test
    fun remindersShareOneChannel() {
        fireNextAlarms(2)

        assertEquals(2, shadowOf(notifications).allNotifications.size)
        assertEquals(1, notifications.notificationChannels.size)
    }

    @Test
    fun withoutTheNotificationPermissionNothingIsPosted() {
        shadowOf(app).denyPermissions(Manifest.permission.POST_NOTIFICATIONS)

        fireNextAlarms(1)

        assertTrue(shadowOf(notifications).allNotifications.isEmpty())
    }

    /** Lets the next [count] alarms go off, as AlarmManager would at their time. */
    private fun fireNextAlarms(count: Int) {
        scheduledAlarms(app).take(count).forEach { shadowOf(alarmManager(app)).fireAlarm(it) }
        shadowOf(Looper.getMainLooper()).idle()
    }
}
