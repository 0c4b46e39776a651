@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.Clock
import app.kernkracht.core.CuffEvent
import app.kernkracht.core.CuffReading
import app.kernkracht.core.CuffSimulator
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.Language
import app.kernkracht.core.Phase
import java.io.File
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class BiofeedbackPresenterTest {
    @TempDir
    lateinit var dir: File

    private val exercise = "pbu-prone-draw-in"

    @Test
    fun `a whole simulated set goes through the engine to counted repetitions`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        val simulator = CuffSimulator.forExercise(exercise, 7uL, Language.EN)
        // The simulator's readings as the stream would deliver them, without waiting for real time.
        val readings = flow {
            while (true) {
                val sample = simulator.nextSample() ?: break
                emit(CuffEvent.Reading(CuffReading(MONDAY_9H + sample.tMs.toLong(), sample.mmhg)))
            }
        }
        val presenter = BiofeedbackPresenter(core, backgroundScope, exercise, readings)
        runCurrent()
        val state = presenter.state.value
        assertTrue(state.ended)
        val screen = state.screen!!
        assertTrue(screen.reps >= 1u, "${screen.reps} reps")
        assertNotNull(screen.band)
        assertTrue(screen.targetLabel.startsWith("Target:"), screen.targetLabel)
        simulator.destroy()
        core.close()
    }

    @Test
    fun `the live simulated stream reaches the gauge and stopping ends it`() = runBlocking {
        val started = System.currentTimeMillis()
        val clock = object : Clock {
            override fun nowMs() = MONDAY_9H + (System.currentTimeMillis() - started)

            override fun timeZone() = "Europe/Brussels"
        }
        val app = Kernkracht.open(File(dir, "k.db").path, "nl-BE", clock, RecordingScheduler())
        val core = CoreService(app, Dispatchers.IO)
        val scope = CoroutineScope(Dispatchers.Default)
        val presenter = BiofeedbackPresenter(core, scope, exercise, core.simulatedCuff(exercise, 3uL))
        val live = withTimeout(10_000) { presenter.state.first { (it.screen?.tMs ?: 0u) >= 1_000u } }
        assertEquals(Phase.INFLATING, live.screen!!.phase, "a set starts by pumping up")
        assertTrue(live.screen!!.pressureLabel.endsWith("mmHg"), live.screen!!.pressureLabel)
        presenter.onEvent(BiofeedbackEvent.Stop)
        withTimeout(5_000) { presenter.state.first { it.ended } }
        scope.cancel()
        core.close()
    }
}
