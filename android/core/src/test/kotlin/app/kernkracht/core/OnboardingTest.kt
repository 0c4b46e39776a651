package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * The onboarding flow as the shell drives it: the core decides what each step shows, when
 * the user may go on, and what is saved; the shell only renders and forwards taps.
 */
class OnboardingTest {
    @TempDir
    lateinit var dir: File

    private fun OnboardingFlow.toSafety(): OnboardingScreen {
        nextTo(OnboardingStep.HEIGHT)
        enterHeight("176")
        return nextTo(OnboardingStep.SAFETY)
    }

    @Test
    fun `the flow opens in the device's language and switches every text at once`() {
        TestApp(dir, locale = "nl-BE").use { app ->
            app.core.startOnboarding().use { flow ->
                val dutch = flow.screen()
                assertEquals(OnboardingStep.LANGUAGE, dutch.step)
                assertEquals(1u, dutch.stepNumber)
                assertEquals(7u, dutch.stepCount)
                assertEquals("Taal", dutch.title)
                assertEquals(listOf(true, false), dutch.languages.map { it.selected })
                assertFalse(dutch.canGoBack)

                val english = flow.chooseLanguage(Language.EN)
                assertEquals("Language", english.title)
                assertEquals(listOf("Nederlands", "English"), english.languages.map { it.label })
            }
        }
    }

    @Test
    fun `the safety questions have no default and next is refused until both are answered`() {
        TestApp(dir).use { app ->
            app.core.startOnboarding().use { flow ->
                val asked = flow.toSafety()
                assertEquals(listOf(SafetyTopic.RED_FLAGS, SafetyTopic.ACUTE_PAIN), asked.safety.map { it.topic })
                assertTrue(asked.safety.all { it.answer == null }, "no answer is given for the user")
                assertEquals(7, asked.safety[0].details.size, "the warning signs are listed")
                assertFalse(asked.canGoNext)
                assertEquals("Beantwoord beide vragen met ja of nee.", asked.problem)

                assertEquals(OnboardingStep.SAFETY, flow.next().step, "refused without answers")
                flow.answerRedFlags(false)
                assertEquals(OnboardingStep.SAFETY, flow.next().step, "refused with one answer")
                val answered = flow.answerAcutePain(false)
                assertTrue(answered.canGoNext)
                assertNull(answered.problem)
                assertEquals(OnboardingStep.GOAL, flow.next().step)
            }
        }
    }

    @Test
    fun `going back keeps the answers`() {
        TestApp(dir).use { app ->
            app.core.startOnboarding().use { flow ->
                flow.toSafety()
                flow.answerRedFlags(true)
                assertEquals("176", flow.back().height.text)
                val again = flow.next()
                assertEquals(listOf(true, null), again.safety.map { it.answer })
            }
        }
    }

    @Test
    fun `finishing early is refused with what is missing`() {
        TestApp(dir).use { app ->
            app.core.startOnboarding().use { flow ->
                flow.toSafety()
                val error = assertThrows<KernkrachtException.InvalidInput> { flow.finish() }
                assertEquals("Beantwoord beide vragen met ja of nee.", error.message)
                assertNull(app.core.profile())
                assertTrue(app.scheduler.handOvers.isEmpty())
            }
        }
    }

    @Test
    fun `an impossible reminder time is refused and the proposed one stays`() {
        TestApp(dir).use { app ->
            app.core.startOnboarding().use { flow ->
                assertThrows<KernkrachtException.InvalidInput> { flow.setTime(25u, 0u) }
                assertEquals("18:00", flow.screen().schedule.time.label)
                assertEquals("07:30", flow.setTime(7u, 30u).schedule.time.label)
            }
        }
    }

    @Test
    fun `finish saves the profile and hands 64 reminders to the scheduler`() {
        TestApp(dir).use { app ->
            val profile = app.core.onboard(height = "180")
            assertEquals(65u, profile.ballDiameterCm)
            assertEquals(Language.NL, profile.language)
            assertEquals(profile, app.core.profile())

            val handOver = app.scheduler.handOvers.single()
            assertEquals(64, handOver.size)
            assertEquals(handOver, app.core.upcomingReminders(64u))
            val first = handOver.first()
            assertEquals("2026-12-07T18:00:00+01:00", first.local)
            assertEquals("2026-12-07", first.localDate)
            assertEquals("Tijd voor je rugoefeningen", first.title)
            val days = handOver.map { it.weekday }.toSet()
            assertEquals(setOf(Weekday.MON, Weekday.WED, Weekday.FRI), days)
        }
    }

    @Test
    fun `the profile is there after reopening`() {
        val saved = TestApp(dir).use { it.core.onboard(height = "190", equipment = listOf(Equipment.BALL, Equipment.MAT)) }
        TestApp(dir, locale = "en-GB").use { app ->
            assertEquals(saved, app.core.profile())
            assertEquals(75u, saved.ballDiameterCm)
            assertEquals(listOf(Equipment.MAT, Equipment.BALL), saved.equipment)
            assertEquals(Language.NL, app.core.language(), "the profile's language wins over the locale")
            assertFalse(app.core.screening()!!.redFlags)
            app.core.checkIntegrity()
        }
    }
}
