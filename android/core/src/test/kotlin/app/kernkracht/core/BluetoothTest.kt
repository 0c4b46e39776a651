package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** The cuff stream from Kotlin: the simulated cuff through the same listener as a real one. */
class BluetoothTest {
    @TempDir
    lateinit var dir: File

    private class Collect : CuffListener {
        val readings = CopyOnWriteArrayList<CuffReading>()
        val states = CopyOnWriteArrayList<LinkState>()
        val twenty = CountDownLatch(20)
        val ended = CountDownLatch(1)
        override fun onReading(reading: CuffReading) {
            readings.add(reading)
            twenty.countDown()
        }
        override fun onState(state: LinkState) {
            states.add(state)
            if (state is LinkState.Disconnected) ended.countDown()
        }
        override fun onRefused(total: ULong) {}
    }

    @Test
    fun `the simulated cuff streams readings to a Kotlin listener until stopped`() {
        Kernkracht.open(File(dir, "k.db").path, "en").use { app ->
            val listener = Collect()
            val stream = app.streamSimulatedCuff("pbu-prone-draw-in", 7uL, listener, null)
            assertTrue(listener.twenty.await(5, TimeUnit.SECONDS), "readings arrive at about 20 a second")
            stream.stop()
            assertTrue(listener.ended.await(5, TimeUnit.SECONDS))
            assertEquals(LinkState.Connected, listener.states.first())
            assertEquals(LinkState.Disconnected(DisconnectReason.Stopped), listener.states.last())
            val times = listener.readings.map { it.atMs }
            assertEquals(times.sorted(), times, "in order")
            assertTrue(listener.readings.all { (it.mmhg ?: 0.0) in 0.0..200.0 })
        }
    }

    @Test
    fun `pairing is stored and an unpaired stream is refused`() {
        Kernkracht.open(File(dir, "k.db").path, "en").use { app ->
            assertNull(app.pairedCuff())
            assertThrows<KernkrachtException.NotFound> { app.streamCuff(Collect(), null) }
            val cuff = app.pairCuff("hci0/dev_00_11_22_33_44_01", "Cuff A")
            assertEquals("Cuff A", cuff.name)
            assertTrue(cuff.paired)
            app.forgetCuff()
            assertNull(app.pairedCuff())
        }
    }
}
