package app.kernkracht.app

import android.app.AlarmManager
import app.kernkracht.core.LocalTime
import app.kernkracht.core.Weekday
import app.kernkracht.core.onboard
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowAlarmManager

/** The core's reminder list becomes exactly the phone's alarms, through the real core. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class ReminderAlarmsTest {
    private val app = testApp()

    @After
    fun restoreExactAlarms() = ShadowAlarmManager.setCanScheduleExactAlarms(true)

    @Test
    fun onboardingSetsAnAlarmForEveryReminderOfTheCore() {
        app.core.onboard()

        val expected = app.coreReminders()
        assertTrue("the core plans reminders", expected.isNotEmpty())
        assertEquals(expected, app.alarmsSet())
        // Monday, Wednesday and Friday at 18:00 in Brussels (17:00 UTC in winter).
        assertEquals(MONDAY_18H, expected.first().first)
        scheduledAlarms(app).forEach {
            assertEquals(AlarmManager.RTC_WAKEUP, it.getType())
            assertTrue(it.isAllowWhileIdle)
        }
    }

    @Test
    fun aNewListCancelsEveryAlarmOfTheOldOne() {
        app.core.onboard()
        val mondays = app.alarmsSet()

        app.core.setTrainingDays(listOf(Weekday.TUE, Weekday.THU), LocalTime(7u, 30u))

        val expected = app.coreReminders()
        assertEquals(expected, app.alarmsSet())
        val oldDates = mondays.map { it.second }.toSet()
        assertTrue("no alarm left of the old days", app.alarmsSet().none { it.second in oldDates })
    }

    @Test
    fun withExactAlarmsRefusedEveryReminderIsStillSet() {
        ShadowAlarmManager.setCanScheduleExactAlarms(false)

        app.core.onboard()

        assertEquals(app.coreReminders(), app.alarmsSet())
        assertTrue(scheduledAlarms(app).all { it.isAllowWhileIdle })
    }

    private companion object {
        /** Monday 7 December 2026, 18:00 in Brussels. */
        const val MONDAY_18H = 1_796_662_800_000L
    }
}
