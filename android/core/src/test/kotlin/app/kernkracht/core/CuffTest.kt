package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The pressure-biofeedback cuff from Kotlin: frames, the engine and the simulator. */
class CuffTest {
    private val live = FrameKind.INTERMEDIATE_CUFF_PRESSURE

    private fun bytes(vararg values: Int) = ByteArray(values.size) { values[it].toByte() }

    @Test
    fun `a live pressure frame decodes to mmHg`() {
        val frame = decodeCuffFrame(live, bytes(0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00))
        assertEquals(PressureUnit.MMHG, frame.unit)
        assertEquals(21.5, frame.pressure.value)
        assertNull(frame.pressure.special)
        assertNull(frame.timeStamp)
        assertNull(frame.pulseRate)
    }

    @Test
    fun `special values are named, not numbers`() {
        val frame = decodeCuffFrame(live, bytes(0x00, 0xFE, 0x07, 0xFF, 0x07, 0xFF, 0x07))
        assertNull(frame.pressure.value)
        assertEquals(Special.POSITIVE_INFINITY, frame.pressure.special)
        assertEquals(Special.NOT_A_NUMBER, frame.diastolic.special)
    }

    @Test
    fun `a malformed frame is a MalformedData error`() {
        val error = assertThrows<KernkrachtException.MalformedData> {
            decodeCuffFrame(live, bytes(0x00, 0xD7))
        }
        assertEquals("the cuff frame is cut short: its flags need 7 bytes, it has 2", error.message)
        assertThrows<KernkrachtException.MalformedData> {
            decodeCuffFrame(live, bytes(0x80, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00))
        }
    }

    @Test
    fun `the standard profile and a vendor's`() {
        val standard = cuffProfile(null, null)
        assertEquals("00001810-0000-1000-8000-00805f9b34fb", standard.serviceUuid)
        assertEquals(live, standard.frameKind)
        assertThrows<KernkrachtException.InvalidInput> { cuffProfile("1810-nope", null) }
    }

    @Test
    fun `hand-made readings inflate, get ready and catch bearing down`() {
        val engine = BiofeedbackEngine.forExercise("pbu-prone-draw-in", "en-GB")
        val first = engine.pushSample(0u, 30.0)
        assertEquals(Phase.INFLATING, first.phase)
        assertEquals(listOf(Hint.PUMP_FURTHER), first.hints.map { it.hint })
        assertEquals("Pump further.", first.hints[0].message)

        var state = first
        for (i in 1..60) state = engine.pushSample((i * 50).toUInt(), 70.0)
        assertEquals(Phase.READY, state.phase)
        val band = state.band!!
        assertEquals(58.0, band.lowMmhg, 1e-9)
        assertEquals(64.0, band.highMmhg, 1e-9)

        for (i in 61..100) state = engine.pushSample((i * 50).toUInt(), 75.0)
        assertTrue(state.hints.any { it.hint == Hint.PRESSING }, "${state.hints}")
        assertEquals(
            "Don't bear down: draw your navel in gently.",
            state.hints.first { it.hint == Hint.PRESSING }.message,
        )
        assertEquals(state, engine.state())
    }

    @Test
    fun `a drop repetition is held and counted, in Dutch`() {
        val goal = PbuGoal.Drop(dropMmhg = 10u, bandMinMmhg = 6u, bandMaxMmhg = 12u)
        val engine = BiofeedbackEngine(70u, goal, 3u, "nl-BE")
        var t = 0u
        fun feed(mmhg: Double, seconds: Int): CuffState {
            var state = engine.state()
            repeat(seconds * 20) {
                state = engine.pushSample(t, mmhg)
                t += 50u
            }
            return state
        }
        assertEquals(Phase.READY, feed(70.0, 3).phase)
        assertEquals(Phase.EXERCISING, feed(66.0, 1).phase)
        val done = feed(60.0, 4)
        assertEquals(1u, done.reps)
        assertEquals(Phase.RELAXING, done.phase)
        assertEquals("Goed zo! Ontspan en laat de druk terugkomen.", done.hints.single().message)

        val result = engine.finishSet("AA:BB:CC")
        assertEquals(1u, result.reps)
        assertEquals("AA:BB:CC", result.pressure.cuffIdentifier)
        assertEquals(100.0, result.pressure.timeInBandPct, 1e-9)
        assertTrue(result.pressure.steadiness in 0.0..1.0)
    }

    @Test
    fun `the simulator's frames drive the engine to repetitions`() {
        val simulator = CuffSimulator.forExercise("pbu-sitting-leg-lift", 5uL)
        val engine = BiofeedbackEngine.forExercise("pbu-sitting-leg-lift", "en")
        var last: CuffState? = null
        while (true) {
            val notification = simulator.nextNotification() ?: break
            last = engine.pushFrame(notification.tMs, live, notification.payload)
        }
        assertTrue(last!!.reps >= 3u, "${last.reps} reps")
        val summary = engine.finishSet(null).pressure
        assertNull(summary.cuffIdentifier)
        assertTrue(summary.timeInBandPct in 0.0..100.0)
        assertTrue(summary.worstDevMmhg >= summary.meanDevMmhg)
    }

    @Test
    fun `simulated samples are deterministic and can be faulty`() {
        val a = CuffSimulator.forExercise("pbu-prone-draw-in", 9uL)
        val b = CuffSimulator.forExercise("pbu-prone-draw-in", 9uL)
        repeat(200) { assertEquals(a.nextSample(), b.nextSample()) }
        val engine = BiofeedbackEngine.forExercise("pbu-prone-draw-in", "en")
        val fault = engine.pushSample(0u, Double.NaN)
        assertEquals(listOf(Hint.SENSOR_FAULT), fault.hints.map { it.hint })
        assertNull(fault.pressureMmhg)
    }
}
