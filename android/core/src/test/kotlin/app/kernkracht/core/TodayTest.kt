package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * The today screen on Monday 7 December 2026: the plan with its dosages, the week ahead and
 * the safety state, stated once and agreed with by the rest of the screen.
 */
class TodayTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `before onboarding the screen asks for it and offers nothing else`() {
        TestApp(dir).use { app ->
            val today = app.core.todayScreen()
            assertEquals(SafetyKind.NO_PROFILE, today.safety?.kind)
            assertEquals(listOf(TodayAction.COMPLETE_ONBOARDING), today.actions)
            assertNull(today.plan)
            assertEquals("Welkom! Beantwoord eerst een paar vragen.", today.headline)
        }
    }

    @Test
    fun `the plan comes in sections, each exercise with a dosage summary`() {
        TestApp(dir).use { app ->
            app.core.onboard()
            val today = app.core.todayScreen()
            assertNull(today.safety)
            assertEquals(listOf(TodayAction.START_SESSION), today.actions)
            assertEquals("ma 7 dec", today.dateLabel)
            assertEquals("Vandaag: sessie 1.", today.headline)

            val plan = requireNotNull(today.plan)
            assertTrue(plan.title.startsWith("Sessie 1 · ongeveer "), plan.title)
            assertEquals(Part.WARM_UP, plan.sections.first().part)
            val parts = plan.sections.map { it.part }
            assertEquals(parts.distinct(), parts, "one section per part")
            val lines = plan.sections.flatMap { it.exercises }
            assertTrue(plan.sections.all { it.title.isNotBlank() && it.exercises.isNotEmpty() })
            assertTrue(lines.all { it.name.isNotBlank() && it.dosage.isNotBlank() }, "$lines")
            assertTrue(lines.any { "×" in it.dosage }, "sets × amount: $lines")
            assertTrue(lines.none { "reps" in it.dosage || "each side" in it.dosage }, "Dutch dosages: $lines")
        }
    }

    @Test
    fun `the week is today and the six days after it`() {
        TestApp(dir).use { app ->
            app.core.onboard()
            val week = app.core.todayScreen().week
            assertEquals(7, week.size)
            assertEquals((7..13).map { "2026-12-%02d".format(it) }, week.map { it.date })
            assertEquals(listOf(true, false, false, false, false, false, false), week.map { it.isToday })
            assertEquals(listOf("ma", "di", "wo", "do", "vr", "za", "zo"), week.map { it.weekdayLabel })
            val training = DayKind.TRAINING
            val rest = DayKind.REST
            assertEquals(listOf(training, rest, training, rest, training, rest, rest), week.map { it.kind })
            assertEquals("training", week[0].kindLabel)
            assertEquals("rust", week[1].kindLabel)
        }
    }

    @Test
    fun `a warning sign blocks everything and the session is refused in Dutch`() {
        TestApp(dir).use { app ->
            app.core.onboard(redFlags = true)
            val today = app.core.todayScreen()
            assertEquals(SafetyKind.SEE_DOCTOR, today.safety?.kind)
            assertEquals("Eerst naar de dokter", today.safety?.title)
            assertNull(today.plan)
            assertTrue(today.week.none { it.kind == DayKind.TRAINING }, "no training days")
            assertEquals(listOf(TodayAction.CONFIRM_DOCTOR_CLEARED), today.actions)
            assertTrue(app.scheduler.scheduled.isEmpty(), "no reminders to train")

            val refused = assertThrows<KernkrachtException.SafetyBlock> { app.core.startGuidedSession() }
            assertEquals(
                "Er kan geen sessie beginnen: je gaf een waarschuwingsteken aan: ga eerst naar een arts " +
                    "voor je begint te trainen.",
                refused.message
            )
        }
    }

    @Test
    fun `a doctor's clearance brings the plan and the reminders back`() {
        TestApp(dir).use { app ->
            app.core.onboard(redFlags = true)
            app.core.confirmDoctorCleared()
            assertEquals(64, app.scheduler.scheduled.size)
            assertNotNull(app.core.todayScreen().plan)
            app.core.startGuidedSession().close()
        }
    }

    @Test
    fun `acute pain plans no exercises until the worst is over (leaflet 001)`() {
        TestApp(dir).use { app ->
            app.core.onboard(acutePain = true)
            val today = app.core.todayScreen()
            assertEquals(SafetyKind.ACUTE_PAIN, today.safety?.kind)
            assertTrue(today.safety!!.advice.isNotEmpty(), "the leaflet's advice for the phase")
            assertEquals(listOf(TodayAction.CONFIRM_PAIN_SETTLED), today.actions)
            assertNull(today.plan)
            assertTrue(app.scheduler.scheduled.isEmpty(), "no training reminders")
            app.core.confirmPainSettled()
            assertNull(app.core.todayScreen().safety)
            assertEquals(64, app.scheduler.scheduled.size)
        }
    }
}
