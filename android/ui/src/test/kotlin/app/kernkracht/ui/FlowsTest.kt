package app.kernkracht.ui

import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import app.kernkracht.core.Language
import app.kernkracht.core.SessionAction
import app.kernkracht.core.Stage
import app.kernkracht.core.TodayAction
import app.kernkracht.core.presenter.BiofeedbackPresenter
import app.kernkracht.core.presenter.OnboardingPresenter
import app.kernkracht.core.presenter.PairingPresenter
import app.kernkracht.core.presenter.SessionPresenter
import app.kernkracht.core.presenter.TodayPresenter
import app.kernkracht.core.presenter.simulatedCuff
import app.kernkracht.ui.cuff.BiofeedbackPage
import app.kernkracht.ui.cuff.CuffWatch
import app.kernkracht.ui.cuff.PairingPage
import app.kernkracht.ui.onboarding.OnboardingPage
import app.kernkracht.ui.session.SessionPage
import app.kernkracht.ui.today.TodayPage
import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** A user's taps through the pages, over real presenters and the real core. */
@OptIn(ExperimentalTestApi::class)
class FlowsTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `clicking through onboarding saves the profile and its reminders`() = Harness(dir, "nl-BE").use { h ->
        val presenter = OnboardingPresenter(h.core, h.scope)
        h.settle()
        phoneTest(Language.NL) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                OnboardingPage(state, presenter::onEvent)
            }
            fun tap(text: String, index: Int = 0) {
                onAllNodesWithText(text)[index].performScrollTo().performClick()
                h.settle()
                waitForIdle()
            }
            tap("English")
            // The chrome follows the language the core now reports.
            assertEquals(Language.EN, presenter.state.value.screen!!.language)
            tap(DutchChrome.next)
            onNode(hasSetTextAction()).performTextInput("180")
            h.settle()
            waitForIdle()
            onNodeWithText(presenter.state.value.screen!!.height.ball!!.label).assertExists()
            tap(DutchChrome.next)
            tap(DutchChrome.no, 0)
            tap(DutchChrome.no, 1)
            tap(DutchChrome.next)
            tap(presenter.state.value.screen!!.goals.first().label)
            tap(DutchChrome.next)
            tap(presenter.state.value.screen!!.equipment.first().label)
            tap(DutchChrome.next)
            tap(DutchChrome.next)
            tap(DutchChrome.finish)
        }
        assertTrue(presenter.state.value.finished, "${presenter.state.value}")
        assertEquals(64, h.reminders.size)
    }

    @Test
    fun `start today's session, answer, let the clock run, and close it`() = Harness(dir, "en-GB").use { h ->
        h.onboard(Language.EN)
        val today = TodayPresenter(h.core, h.scope)
        h.settle()
        var started = false
        phoneTest(Language.EN) { setPage ->
            setPage {
                val state by today.state.collectAsState()
                TodayPage(state) { if (it == app.kernkracht.core.presenter.TodayEvent.Act(TodayAction.START_SESSION)) started = true }
            }
            onNodeWithText(EnglishChrome.today(TodayAction.START_SESSION)).performClick()
        }
        assertTrue(started)
        val session = SessionPresenter(h.core, h.scope)
        h.settle()
        phoneTest(Language.EN) { setPage ->
            setPage {
                val state by session.state.collectAsState()
                SessionPage(state, session::onEvent)
            }
            var steps = 0
            while (true) {
                val screen = session.state.value.screen!!
                when (screen.stage) {
                    Stage.PAIN_BEFORE, Stage.PAIN_AFTER -> {
                        waitForIdle()
                        onNodeWithContentDescription("3").performScrollTo().performClick()
                    }

                    Stage.AWAITING_COUNT -> {
                        waitForIdle()
                        onNode(hasSetTextAction()).performTextInput("8")
                        onNodeWithText(EnglishChrome.session(SessionAction.ENTER_COUNT)).performScrollTo().performClick()
                    }

                    Stage.FINISHED, Stage.ENDED -> break

                    else -> h.advance(1_000)
                }
                h.settle()
                assertTrue(++steps < 20_000, "the session does not end")
            }
            waitForIdle()
            assertEquals(Stage.FINISHED, session.state.value.screen!!.stage)
            onNodeWithText(session.state.value.screen!!.title).assertExists()
            savePng("session-finished-en")
            onNodeWithText(EnglishChrome.session(SessionAction.CLOSE)).performScrollTo().performClick()
            h.settle()
        }
        assertTrue(session.state.value.closed)
        today.onEvent(app.kernkracht.core.presenter.TodayEvent.Refresh)
        h.settle()
        assertTrue(TodayAction.START_SESSION !in today.state.value.screen!!.actions)
    }

    @Test
    fun `try the simulated cuff from the pairing page and stop it`() = Harness(dir, "en-GB", realTime = true).use { h ->
        val pairing = PairingPresenter(h.core, h.scope)
        h.settle()
        var watch: Pair<CuffWatch, String>? = null
        phoneTest(Language.EN) { setPage ->
            setPage {
                val state by pairing.state.collectAsState()
                PairingPage(state, pairing::onEvent, { source, exercise -> watch = source to exercise }, {})
            }
            onNodeWithText(EnglishChrome.pairing(app.kernkracht.core.PairingAction.TRY_SIMULATION)).performClick()
        }
        val (source, exercise) = watch!!
        assertEquals(CuffWatch.SIMULATED, source)
        assertEquals(PRACTICE_EXERCISE, exercise)
        // The simulated cuff streams in real time: watch two seconds of it.
        val live = BiofeedbackPresenter(h.core, h.scope, exercise, h.core.simulatedCuff(exercise, 5uL))
        h.awaitReal { (live.state.value.screen?.tMs ?: 0u) >= 2_000u }
        var closed = false
        phoneTest(Language.EN) { setPage ->
            setPage {
                val state by live.state.collectAsState()
                BiofeedbackPage(state, live::onEvent) { closed = true }
            }
            onAllNodes(hasText("mmHg", substring = true)).fetchSemanticsNodes().let { assertTrue(it.isNotEmpty()) }
            onNodeWithText(EnglishChrome.stop).performClick()
        }
        h.awaitReal { live.state.value.ended }
        assertTrue(closed)
    }
}
