@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.SessionAction
import app.kernkracht.core.SessionStatus
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.advanceTimeBy
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class HistoryPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `empty at first, then the stopped session with its pain score`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        val history = HistoryPresenter(core, backgroundScope)
        runCurrent()
        assertTrue(history.state.value.screen!!.emptyMessage!!.startsWith("No sessions yet"))

        onboard(core, backgroundScope)
        val session = SessionPresenter(core, backgroundScope)
        runCurrent()
        session.onEvent(SessionEvent.ReportPain(4))
        advanceTimeBy(60_000)
        session.onEvent(SessionEvent.Act(SessionAction.STOP))
        runCurrent()

        history.onEvent(HistoryEvent.Refresh)
        runCurrent()
        val screen = history.state.value.screen!!
        assertNull(screen.emptyMessage)
        assertEquals(1, screen.sessions.size)
        assertEquals(SessionStatus.ABORTED, screen.sessions[0].status)
        assertEquals("Pain 4 →", screen.sessions[0].painLabel)
        assertTrue(screen.adherence.isNotEmpty())
        core.close()
    }
}
