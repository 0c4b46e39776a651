@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.BluetoothRefusal
import app.kernkracht.core.PairingAction
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class PairingPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `idle, then a search ends in the state the core reports for this machine`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        val presenter = PairingPresenter(core, backgroundScope, searchMs = 300u)
        runCurrent()
        val idle = presenter.state.value.screen!!
        assertEquals(app.kernkracht.core.PairingState.IDLE, idle.state)
        assertTrue(PairingAction.SEARCH in idle.actions)
        assertTrue(PairingAction.TRY_SIMULATION in idle.actions)

        presenter.onEvent(PairingEvent.Search)
        runCurrent()
        // The scan runs on the core's own runtime in real time; its answer comes back here.
        val deadline = System.currentTimeMillis() + 20_000
        while (presenter.state.value.loading && System.currentTimeMillis() < deadline) {
            Thread.sleep(20)
            runCurrent()
        }
        val searched = presenter.state.value
        assertFalse(searched.loading)
        val screen = searched.screen!!
        assertTrue(screen.status.isNotEmpty())
        assertTrue(screen.candidates.isEmpty() || PairingAction.PAIR in screen.actions)
        println("pairing after a search here: ${screen.state}: ${screen.status}")
        core.close()
    }

    @Test
    fun `a refusal from the platform is shown as the core words it, without a search`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        var asked = 0
        val presenter = PairingPresenter(core, backgroundScope) {
            asked++
            BluetoothRefusal.PERMISSION_DENIED
        }
        runCurrent()

        presenter.onEvent(PairingEvent.Search)
        runCurrent()

        val screen = presenter.state.value.screen!!
        assertEquals(1, asked)
        assertFalse(presenter.state.value.loading)
        assertEquals(app.kernkracht.core.PairingState.PERMISSION_DENIED, screen.state)
        assertEquals("The app may not use Bluetooth: allow it in the settings.", screen.status)
        assertTrue(PairingAction.SEARCH in screen.actions, "the user may ask again")
        core.close()
    }
}
