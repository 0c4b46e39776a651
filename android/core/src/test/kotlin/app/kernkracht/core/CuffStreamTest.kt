package app.kernkracht.core

import java.io.File
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.flow.filterIsInstance
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The simulated cuff streamed through `streamSimulatedCuff` into a Kotlin flow, exactly as
 * the live screen will collect a real cuff. The stream runs in real time (about
 * 20 readings a second), so each test takes a second's worth and leaves.
 */
class CuffStreamTest {
    @TempDir
    lateinit var dir: File

    /** Passes every call on, and remembers the link states the core reported. */
    private class Watching(private val inner: CuffListener) : CuffListener by inner {
        val states = CopyOnWriteArrayList<LinkState>()
        val stopped = CountDownLatch(1)

        override fun onState(state: LinkState) {
            states += state
            if (state == LinkState.Disconnected(DisconnectReason.Stopped)) stopped.countDown()
            inner.onState(state)
        }
    }

    @Test
    fun `readings arrive in order, stamped on the app's clock`() {
        TestApp(dir).use { app ->
            val events =
                runBlocking {
                    withTimeout(5_000) {
                        app.core
                            .simulatedCuffEvents("pbu-prone-draw-in", 7uL)
                            .take(21)
                            .toList()
                    }
                }
            assertEquals(CuffEvent.State(LinkState.Connected), events.first())
            val readings = events.filterIsInstance<CuffEvent.Reading>().map { it.reading }
            assertEquals(20, readings.size)
            assertTrue(readings.all { it.atMs == app.clock.nowMs() }, "every reading is stamped on the fake clock")
            assertTrue(readings.all { (it.mmhg ?: 0.0) in 0.0..200.0 }, "$readings")
        }
    }

    @Test
    fun `leaving the flow stops the stream`() {
        TestApp(dir).use { app ->
            var watching: Watching? = null
            val flow =
                cuffEventsOf { listener ->
                    val watched = Watching(listener).also { watching = it }
                    app.core.streamSimulatedCuff("pbu-prone-draw-in", 7uL, watched, null)
                }
            val readings = runBlocking { withTimeout(5_000) { flow.filterIsInstance<CuffEvent.Reading>().take(5).toList() } }
            assertEquals(5, readings.size)
            val watched = requireNotNull(watching)
            assertTrue(watched.stopped.await(5, TimeUnit.SECONDS), "stopped after the collector left: ${watched.states}")
            assertEquals(LinkState.Connected, watched.states.first())
        }
    }
}
