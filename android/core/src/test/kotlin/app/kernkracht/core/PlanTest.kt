package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.io.File

/** Today's plan and the reminders, from Kotlin, on a fixed clock. */
class PlanTest {
    @TempDir
    lateinit var dir: File

    /** Saturday 21 November 2026, 12:00 UTC. */
    private val saturdayNoon = 1_795_262_400_000L

    private val settings = amsterdamReminders()

    private fun onboarded(redFlags: Boolean = false) = onboardedApp(dir, onboarding(redFlags = redFlags))

    @Test
    fun `today starts with the warm-up and the pelvic tilt`() {
        onboarded().use { app ->
            val today = app.today(saturdayNoon, "Europe/Amsterdam")
            assertEquals("2026-11-21", today.date)
            assertEquals(Weekday.SAT, today.weekday)
            val session = requireNotNull(today.session)
            assertEquals(Part.WARM_UP, session.exercises.first().part)
            assertEquals("pelvic-tilt-supine", session.exercises.first { it.part == Part.BASICS }.exerciseId)
            assertTrue(session.estimatedSeconds in 20u * 60u..30u * 60u, "${session.estimatedSeconds}")
            assertEquals(7, app.weekAhead(saturdayNoon, "Europe/Amsterdam").size)
        }
    }

    @Test
    fun `red flags block the program`() {
        onboarded(redFlags = true).use { app ->
            val today = app.today(saturdayNoon, "Europe/Amsterdam")
            assertNull(today.session)
            assertEquals(Block.SEE_DOCTOR, today.blocked)
        }
    }

    @Test
    fun `reminders come as instants with their local time`() {
        onboarded().use { app ->
            val next = app.upcomingReminders(saturdayNoon, null, 3u)
            assertEquals(listOf("2026-11-23T18:00:00+01:00", "2026-11-25T18:00:00+01:00", "2026-11-27T18:00:00+01:00"), next.map { it.local })
            assertEquals(1_795_453_200_000L, next.first().utcMs)
            assertEquals("2026-11-23T17:00:00Z", next.first().utc)
        }
    }

    @Test
    fun `a dry run works without a profile and refuses bad input`() {
        val spring = computeReminders(settings.copy(weekdays = listOf(Weekday.SUN), time = LocalTime(2u, 30u)), 1_774_569_600_000L, null, 1u)
        assertEquals("2026-03-29T03:30:00+02:00", spring.single().local)
        assertThrows<KernkrachtException.InvalidInput> { computeReminders(settings, 0L, null, 65u) }
        assertThrows<KernkrachtException.InvalidInput> { computeReminders(settings.copy(timeZone = "Mars/Olympus"), 0L, null, 1u) }
    }
}
