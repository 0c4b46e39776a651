package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The pressure-biofeedback cuff from Kotlin: the engine turns readings into the screen the
 * gauge draws (scale, band, needle, hold, one hint worded for the user), from hand-made
 * readings, from the simulator's frames, and from a cuff's raw bytes.
 */
class CuffTest {
    private val live = FrameKind.INTERMEDIATE_CUFF_PRESSURE

    private fun bytes(vararg values: Int) = ByteArray(values.size) { values[it].toByte() }

    /** Feeds [mmhg] at 20 readings a second from [fromMs] for [count] readings. */
    private fun BiofeedbackEngine.feed(fromMs: Int, count: Int, mmhg: Double): BiofeedbackScreen =
        (0 until count).map { pushSample((fromMs + it * 50).toUInt(), mmhg) }.last()

    @Test
    fun `while inflating the screen asks to pump to the start pressure`() {
        BiofeedbackEngine.forExercise("pbu-prone-draw-in", Language.NL).use { engine ->
            val screen = engine.pushSample(0u, 30.0)
            assertEquals(Phase.INFLATING, screen.phase)
            assertEquals("Oppompen", screen.phaseLabel)
            assertEquals("30 mmHg", screen.pressureLabel)
            assertEquals("Pomp op tot 70 mmHg", screen.targetLabel)
            assertEquals(listOf(Hint.PUMP_FURTHER), screen.hints)
            assertEquals("Pomp verder op.", screen.hintText)
            assertNull(screen.band)
            assertEquals(40.0, screen.scaleMinMmhg)
            assertEquals(90.0, screen.scaleMaxMmhg)
        }
    }

    @Test
    fun `once ready the band is shown and bearing down is caught`() {
        BiofeedbackEngine.forExercise("pbu-prone-draw-in", Language.NL).use { engine ->
            engine.pushSample(0u, 30.0)
            val ready = engine.feed(50, 60, 70.0)
            assertEquals(Phase.READY, ready.phase)
            val band = requireNotNull(ready.band)
            assertEquals(58.0, band.lowMmhg, 1e-9)
            assertEquals(64.0, band.highMmhg, 1e-9)
            assertEquals("Doel: 58–64 mmHg", ready.targetLabel)
            assertTrue(ready.scaleMinMmhg <= band.lowMmhg && ready.scaleMaxMmhg >= 70.0, "the gauge holds band and start")

            val pressing = engine.feed(3_050, 40, 75.0)
            assertTrue(Hint.PRESSING in pressing.hints, "${pressing.hints}")
            assertEquals("Niet persen: trek je navel rustig in.", pressing.hintText)
            assertEquals(pressing, engine.state())
        }
    }

    @Test
    fun `the hints follow the language asked for`() {
        BiofeedbackEngine.forExercise("pbu-prone-draw-in", Language.EN).use { engine ->
            val screen = engine.pushSample(0u, 30.0)
            assertEquals("Inflating", screen.phaseLabel)
            assertEquals("Pump further.", screen.hintText)
            assertEquals("Pump up to 70 mmHg", screen.targetLabel)
        }
    }

    @Test
    fun `a held drop counts as a repetition and the set is summarised`() {
        val goal = PbuGoal.Drop(dropMmhg = 10u, bandMinMmhg = 6u, bandMaxMmhg = 12u)
        BiofeedbackEngine(70u, goal, 3u, Language.NL).use { engine ->
            assertEquals(Phase.READY, engine.feed(0, 60, 70.0).phase)
            assertEquals(Phase.EXERCISING, engine.feed(3_000, 20, 66.0).phase)
            val done = engine.feed(4_000, 80, 60.0)
            assertEquals(1u, done.reps)
            assertEquals("Herhalingen: 1", done.repsLabel)
            assertEquals(Phase.RELAXING, done.phase)
            assertEquals("Goed zo! Ontspan en laat de druk terugkomen.", done.hintText)

            val result = engine.finishSet("AA:BB:CC")
            assertEquals(1u, result.reps)
            assertEquals("AA:BB:CC", result.pressure.cuffIdentifier)
            assertEquals(100.0, result.pressure.timeInBandPct, 1e-9)
        }
    }

    @Test
    fun `the simulator's frames drive the engine to repetitions`() {
        CuffSimulator.forExercise("pbu-sitting-leg-lift", 5uL, Language.NL).use { simulator ->
            BiofeedbackEngine.forExercise("pbu-sitting-leg-lift", Language.NL).use { engine ->
                val screens =
                    generateSequence { simulator.nextNotification() }
                        .map { engine.pushFrame(it.tMs, live, it.payload) }
                        .toList()
                val last = screens.last()
                assertTrue(last.reps >= 3u, "${last.reps} reps")
                assertEquals("Herhalingen: ${last.reps}", last.repsLabel)
                assertTrue(screens.any { it.band != null && it.inBand }, "the needle was in the band")
                assertTrue(screens.all { it.hintText == null || it.hintText!!.isNotBlank() })
                val summary = engine.finishSet(null).pressure
                assertNull(summary.cuffIdentifier)
                assertTrue(summary.timeInBandPct in 0.0..100.0)
            }
        }
    }

    @Test
    fun `simulated samples are deterministic and a faulty sensor is shown as such`() {
        val a = CuffSimulator.forExercise("pbu-prone-draw-in", 9uL, Language.EN)
        val b = CuffSimulator.forExercise("pbu-prone-draw-in", 9uL, Language.EN)
        repeat(200) { assertEquals(a.nextSample(), b.nextSample()) }
        BiofeedbackEngine.forExercise("pbu-prone-draw-in", Language.NL).use { engine ->
            val fault = engine.pushSample(0u, Double.NaN)
            assertEquals(listOf(Hint.SENSOR_FAULT), fault.hints)
            assertEquals("Onmogelijke meting: controleer het drukkussen en de slang.", fault.hintText)
            assertEquals("–", fault.pressureLabel)
        }
    }

    @Test
    fun `a cuff's frame decodes to mmHg, and a malformed one is refused in the user's language`() {
        val frame = decodeCuffFrame(live, bytes(0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00), Language.NL)
        assertEquals(PressureUnit.MMHG, frame.unit)
        assertEquals(21.5, frame.pressure.value)

        val dutch = assertThrows<KernkrachtException.MalformedData> { decodeCuffFrame(live, bytes(0x00, 0xD7), Language.NL) }
        assertEquals("de manchet stuurde een te kort bericht: 7 bytes verwacht, 2 ontvangen", dutch.message)
        val english = assertThrows<KernkrachtException.MalformedData> { decodeCuffFrame(live, bytes(0x00, 0xD7), Language.EN) }
        assertEquals("the cuff frame is cut short: its flags need 7 bytes, it has 2", english.message)
    }

    @Test
    fun `an exercise without a pressure target has no engine`() {
        assertThrows<KernkrachtException.InvalidInput> { BiofeedbackEngine.forExercise("pelvic-tilt-supine", Language.NL) }
        assertThrows<KernkrachtException.NotFound> { BiofeedbackEngine.forExercise("moonwalk", Language.NL) }
    }
}
