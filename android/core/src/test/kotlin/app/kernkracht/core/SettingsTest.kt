package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The settings screen and its intents: each change is saved, rewords what the user sees
 * and hands the reminders to the phone again, so the alarms never disagree with the app.
 */
class SettingsTest {
    @TempDir
    lateinit var dir: File

    private fun onboarded(): TestApp = TestApp(dir).also { it.core.onboard() }

    @Test
    fun `the screen shows the training days, the next reminder and the profile`() {
        onboarded().use { app ->
            val screen = app.core.settingsScreen()
            assertEquals(Language.NL, screen.language)
            assertEquals("ma, wo en vr om 18:00", screen.remindersLabel)
            assertEquals("Volgende herinnering: ma 7 dec om 18:00", screen.nextReminderLabel)
            assertEquals(listOf("Lengte", "Swiss ball", "Doel", "Materiaal"), screen.profile.map { it.label })
            assertEquals("65 cm", screen.profile[1].value)
            assertEquals(SettingsAction.entries.toList(), screen.actions)
        }
    }

    @Test
    fun `changing the language rewords the app and reschedules in the new language`() {
        onboarded().use { app ->
            val before = app.scheduler.handOvers.size
            val screen = app.core.changeLanguage(Language.EN)
            assertEquals("Mon, Wed and Fri at 18:00", screen.remindersLabel)
            assertEquals("Next reminder: Mon 7 Dec at 18:00", screen.nextReminderLabel)
            assertEquals(Language.EN, app.core.language())
            assertEquals(Language.EN, app.core.profile()?.language)
            assertEquals("Today: session 1.", app.core.todayScreen().headline)

            assertEquals(before + 1, app.scheduler.handOvers.size)
            val reminders = app.scheduler.scheduled
            assertEquals(64, reminders.size)
            assertTrue(reminders.all { it.title == "Time for your back exercises" }, "${reminders.first()}")
        }
    }

    @Test
    fun `new training days replace every alarm`() {
        onboarded().use { app ->
            app.core.setTrainingDays(listOf(Weekday.TUE, Weekday.THU), LocalTime(7u, 30u))
            val reminders = app.scheduler.scheduled
            assertEquals(setOf(Weekday.TUE, Weekday.THU), reminders.map { it.weekday }.toSet())
            assertEquals("2026-12-08T07:30:00+01:00", reminders.first().local)
            assertEquals("di en do om 07:30", app.core.settingsScreen().remindersLabel)
        }
    }

    @Test
    fun `rescheduling after a time-zone change keeps the wall-clock time`() {
        onboarded().use { app ->
            app.clock.zone = "Europe/London"
            app.core.rescheduleReminders()
            val first = app.scheduler.scheduled.first()
            assertEquals("2026-12-07T18:00:00+00:00", first.local)
        }
    }

    @Test
    fun `deleting all data empties the schedule and starts again at onboarding`() {
        onboarded().use { app ->
            app.runSession()
            app.core.deleteAllData()
            assertTrue(app.scheduler.scheduled.isEmpty(), "no alarm stays")
            assertNull(app.core.profile())
            val history = app.core.historyScreen()
            assertTrue(history.sessions.isEmpty())
            assertEquals(listOf(TodayAction.COMPLETE_ONBOARDING), app.core.todayScreen().actions)
            assertEquals("Nog geen trainingsdagen gekozen", app.core.settingsScreen().remindersLabel)
        }
    }
}
