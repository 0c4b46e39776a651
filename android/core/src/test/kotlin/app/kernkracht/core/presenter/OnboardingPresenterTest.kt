@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.Goal
import app.kernkracht.core.Language
import app.kernkracht.core.OnboardingStep
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class OnboardingPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `the core decides each step and the answers are saved with the reminders`() = runTest(StandardTestDispatcher()) {
        val scheduler = RecordingScheduler()
        val core = openCore(dir, "nl-BE", scheduler)
        val presenter = OnboardingPresenter(core, backgroundScope)
        assertTrue(presenter.state.value.loading)
        runCurrent()
        var screen = presenter.state.value.screen!!
        assertEquals(OnboardingStep.LANGUAGE, screen.step)
        assertEquals("Taal", screen.title)

        presenter.onEvent(OnboardingEvent.ChooseLanguage(Language.EN))
        presenter.onEvent(OnboardingEvent.Next)
        presenter.onEvent(OnboardingEvent.EnterHeight("1,80"))
        runCurrent()
        screen = presenter.state.value.screen!!
        assertEquals(OnboardingStep.HEIGHT, screen.step)
        assertTrue(screen.height.error!!.isNotEmpty(), "metres are refused with the core's hint")
        assertFalse(screen.canGoNext)

        presenter.onEvent(OnboardingEvent.EnterHeight("180"))
        presenter.onEvent(OnboardingEvent.Next)
        runCurrent()
        screen = presenter.state.value.screen!!
        assertEquals("A 65 cm ball", presenter.state.value.screen!!.height.ball!!.label)
        assertEquals(OnboardingStep.SAFETY, screen.step)
        assertTrue(screen.safety.all { it.answer == null }, "no default answers")

        presenter.onEvent(OnboardingEvent.AnswerRedFlags(false))
        presenter.onEvent(OnboardingEvent.AnswerAcutePain(false))
        presenter.onEvent(OnboardingEvent.Next)
        presenter.onEvent(OnboardingEvent.ChooseGoal(Goal.RECOVERY))
        presenter.onEvent(OnboardingEvent.Next)
        presenter.onEvent(OnboardingEvent.Next)
        presenter.onEvent(OnboardingEvent.SetTime(7, 30))
        presenter.onEvent(OnboardingEvent.Next)
        runCurrent()
        screen = presenter.state.value.screen!!
        assertEquals(OnboardingStep.SUMMARY, screen.step)
        assertTrue(screen.canFinish)
        assertTrue(screen.summary.any { it.value.endsWith("at 07:30") }, "${screen.summary}")

        presenter.onEvent(OnboardingEvent.Finish)
        runCurrent()
        assertTrue(presenter.state.value.finished)
        assertNull(presenter.state.value.error)
        assertEquals(64, scheduler.last.size)
        assertEquals(Language.EN, core.language())
        core.close()
    }

    @Test
    fun `an impossible time is the core's error, in the user's language`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir, "nl")
        val presenter = OnboardingPresenter(core, backgroundScope)
        presenter.onEvent(OnboardingEvent.SetTime(25, 0))
        runCurrent()
        assertTrue(presenter.state.value.error!!.contains("25:00"), presenter.state.value.error)
        core.close()
    }
}
