package app.kernkracht.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.runtime.snapshots.Snapshot
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import app.kernkracht.core.BiofeedbackEngine
import app.kernkracht.core.CuffSimulator
import app.kernkracht.core.Language
import app.kernkracht.core.presenter.BiofeedbackState
import app.kernkracht.ui.cuff.BiofeedbackPage
import app.kernkracht.ui.cuff.PressureGauge
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test

/** The gauge's own height on the page. */
private const val GAUGE_DP = 180

/**
 * The live gauge's frame time in the headless renderer: the biofeedback page updated with a
 * new engine state every 50 ms (a cuff at 20 Hz), each frame recomposed, laid out and drawn
 * at phone size. A measurement, not a pass/fail test: run it with `mvn test -Pbench`.
 */
@Tag("bench")
class GaugeBenchTest {
    @Test
    fun `whole biofeedback page frame time at 20 Hz`() = measure("biofeedback page", HEIGHT_DP) { state ->
        BiofeedbackPage(state, {}, {})
    }

    @Test
    fun `gauge alone frame time at 20 Hz`() = measure("gauge alone", GAUGE_DP) { state ->
        state.screen?.let { PressureGauge(it) }
    }

    private fun measure(what: String, heightDp: Int, content: @Composable (BiofeedbackState) -> Unit) {
        val engine = BiofeedbackEngine.forExercise(PRACTICE_EXERCISE, Language.EN)
        var simulator = CuffSimulator.forExercise(PRACTICE_EXERCISE, 3uL, Language.EN)
        var state by mutableStateOf(BiofeedbackState(screen = engine.state()))
        val scene = ImageComposeScene((WIDTH_DP * DENSITY).toInt(), (heightDp * DENSITY).toInt(), Density(DENSITY)) {
            KernkrachtTheme {
                CompositionLocalProvider(LocalChrome provides EnglishChrome) { content(state) }
            }
        }
        val warmup = 200
        val frames = 1_000
        val times = LongArray(frames)
        var t = 0u
        for (frame in 0 until warmup + frames) {
            val sample = simulator.nextSample() ?: run {
                simulator.destroy()
                simulator = CuffSimulator.forExercise(PRACTICE_EXERCISE, frame.toULong(), Language.EN)
                simulator.nextSample()!!
            }
            t += 50u
            state = BiofeedbackState(screen = engine.pushSample(t, sample.mmhg))
            val start = System.nanoTime()
            Snapshot.sendApplyNotifications()
            scene.render(frame * 50_000_000L)
            val took = System.nanoTime() - start
            if (frame >= warmup) times[frame - warmup] = took
        }
        scene.close()
        times.sort()
        fun ms(nanos: Long) = "%.2f".format(nanos / 1e6)
        println(
            "$what, 411x$heightDp dp at density $DENSITY, $frames frames: " +
                "min ${ms(times.first())} ms, median ${ms(times[frames / 2])} ms, p99 ${ms(times[frames * 99 / 100])} ms"
        )
    }
}
