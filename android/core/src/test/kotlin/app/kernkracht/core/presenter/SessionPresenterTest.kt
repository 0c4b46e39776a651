@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.CueEffect
import app.kernkracht.core.SessionAction
import app.kernkracht.core.Stage
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.UnconfinedTestDispatcher
import kotlinx.coroutines.test.advanceTimeBy
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class SessionPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `a whole session runs on the tick loop and the fake clock, with cues to speak`() = runTest(StandardTestDispatcher()) {
        val scheduler = RecordingScheduler()
        val core = openCore(dir, scheduler = scheduler)
        onboard(core, backgroundScope)
        val presenter = SessionPresenter(core, backgroundScope)
        val spoken = mutableListOf<CueEffect>()
        backgroundScope.launch(UnconfinedTestDispatcher(testScheduler)) { presenter.cues.collect { spoken += it } }
        runCurrent()
        assertEquals(Stage.PAIN_BEFORE, presenter.state.value.screen!!.stage)

        var steps = 0
        var sawCountdown = false
        while (true) {
            val screen = presenter.state.value.screen!!
            when (screen.stage) {
                Stage.PAIN_BEFORE -> presenter.onEvent(SessionEvent.ReportPain(3))
                Stage.PAIN_AFTER -> presenter.onEvent(SessionEvent.ReportPain(2))
                Stage.AWAITING_COUNT -> presenter.onEvent(SessionEvent.ReportCount(9))
                Stage.FINISHED, Stage.ENDED -> break
                else -> advanceTimeBy(1_000)
            }
            runCurrent()
            if (screen.timer != null) sawCountdown = true
            assertTrue(++steps < 20_000, "the session does not end")
        }
        val end = presenter.state.value.screen!!
        assertEquals(Stage.FINISHED, end.stage)
        assertEquals(listOf(SessionAction.CLOSE), end.actions)
        assertFalse(end.keepScreenOn)
        assertTrue(sawCountdown)
        assertTrue(spoken.size > 20, "${spoken.size} cues")
        assertTrue(scheduler.last.none { it.localDate == "2026-12-07" }, "today's reminder is gone")

        presenter.onEvent(SessionEvent.Act(SessionAction.CLOSE))
        runCurrent()
        assertTrue(presenter.state.value.closed)
        core.close()
    }

    @Test
    fun `pause offers only resume and stop, and a resumed session stops as ended`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        onboard(core, backgroundScope)
        val presenter = SessionPresenter(core, backgroundScope)
        runCurrent()
        presenter.onEvent(SessionEvent.Act(SessionAction.SKIP_QUESTION))
        advanceTimeBy(2_000)
        runCurrent()
        assertEquals(Stage.GET_READY, presenter.state.value.screen!!.stage)
        presenter.onEvent(SessionEvent.Act(SessionAction.PAUSE))
        runCurrent()
        val paused = presenter.state.value.screen!!
        assertEquals(Stage.PAUSED, paused.stage)
        assertEquals(listOf(SessionAction.RESUME, SessionAction.STOP), paused.actions)
        presenter.onEvent(SessionEvent.Act(SessionAction.RESUME))
        runCurrent()
        assertEquals(Stage.GET_READY, presenter.state.value.screen!!.stage)
        presenter.onEvent(SessionEvent.Act(SessionAction.STOP))
        runCurrent()
        assertEquals(Stage.ENDED, presenter.state.value.screen!!.stage)
        core.close()
    }

    @Test
    fun `a warning sign refuses the session with the core's message`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        val presenter = SessionPresenter(core, backgroundScope)
        runCurrent()
        assertTrue(presenter.state.value.error!!.isNotEmpty())
        assertEquals(null, presenter.state.value.screen)
        core.close()
    }
}
