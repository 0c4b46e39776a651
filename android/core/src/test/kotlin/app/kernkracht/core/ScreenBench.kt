package app.kernkracht.core

import java.io.File
import java.lang.management.ManagementFactory
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * How long each screen model takes to build through the Kotlin bindings, JNA included: the
 * shell builds one per tap (and the session screen several times a second), so each should
 * stay well inside a frame; the goal is a p99 of at most 1 ms. The history is measured with
 * 60 sessions in it, run on the fake clock one a day.
 *
 * Tagged `bench`: excluded from normal runs, run with `-Pbench` (see android/README.md).
 */
@Tag("bench")
class ScreenBench {
    @TempDir
    lateinit var dir: File

    @Test
    fun `screen models build within the frame budget`() {
        TestApp(dir).use { app ->
            app.core.onboard()
            repeat(HISTORY_SESSIONS) {
                app.runSession()
                app.clock.advance(DAY_MS)
            }
            val seeded = app.core.historyScreen().sessions
            check(seeded.size == HISTORY_SESSIONS) { "${seeded.size} sessions in the history" }

            val results = mutableListOf<Timing>()
            results += measure("todayScreen") { app.core.todayScreen() }
            results += measure("historyScreen (60 sessions)") { app.core.historyScreen() }
            results += measure("settingsScreen") { app.core.settingsScreen() }
            app.core.startOnboarding().use { flow ->
                flow.nextTo(OnboardingStep.HEIGHT)
                results += measure("OnboardingFlow.screen") { flow.screen() }
                var i = 0
                results += measure("OnboardingFlow.enterHeight") { flow.enterHeight(HEIGHTS[i++ % HEIGHTS.size]) }
            }
            app.core.startGuidedSession().use { session ->
                session.reportPain(3u)
                results +=
                    measure("GuidedSession.tick (50 ms apart)") {
                        app.clock.advance(50)
                        session.tick()
                    }
            }
            app.core.cuffPairing().use { pairing -> results += measure("CuffPairing.screen") { pairing.screen() } }
            results += measureBiofeedback()
            report(results)
        }
    }

    /** Pushes the simulated cuff's readings, a fresh set (engine and cuff) whenever one ends. */
    private fun measureBiofeedback(): Timing {
        var seed = 0uL
        var engine = BiofeedbackEngine.forExercise(EXERCISE, Language.NL)
        var simulator = CuffSimulator.forExercise(EXERCISE, seed, Language.NL)
        var sample = simulator.nextSample()!!
        val timing =
            measure("BiofeedbackEngine.pushSample") {
                engine.pushSample(sample.tMs, sample.mmhg)
                sample = simulator.nextSample() ?: run {
                    engine.close()
                    simulator.close()
                    engine = BiofeedbackEngine.forExercise(EXERCISE, Language.NL)
                    simulator = CuffSimulator.forExercise(EXERCISE, ++seed, Language.NL)
                    simulator.nextSample()!!
                }
            }
        engine.close()
        simulator.close()
        return timing
    }

    private class Timing(
        val name: String,
        nanos: LongArray,
        /** Time the JVM spent collecting garbage during the timed runs, to tell its pauses apart. */
        val gcMs: Long
    ) {
        private val sorted = nanos.sortedArray()
        val count = sorted.size
        val minMs = ms(sorted.first())
        val medianMs = ms(sorted[count / 2])
        val p99Ms = ms(sorted[(count * 99 + 99) / 100 - 1])

        private fun ms(nanos: Long) = nanos / 1e6
    }

    /** Runs [build] [WARM_UP] times untimed (JIT, caches), then [RUNS] times, each timed. */
    private fun measure(name: String, build: () -> Any): Timing {
        repeat(WARM_UP) { build() }
        val gcBefore = gcMillis()
        val nanos =
            LongArray(RUNS) {
                val start = System.nanoTime()
                build()
                System.nanoTime() - start
            }
        return Timing(name, nanos, gcMillis() - gcBefore)
    }

    private fun gcMillis(): Long = ManagementFactory.getGarbageCollectorMXBeans().sumOf { it.collectionTime.coerceAtLeast(0) }

    private fun report(results: List<Timing>) {
        val os = ManagementFactory.getOperatingSystemMXBean()
        println()
        // Other work on the machine shows up as p99 outliers without garbage collection.
        println("load average %.1f on %d cores".format(os.systemLoadAverage, os.availableProcessors))
        println("%-34s %6s %9s %9s %9s %6s  %s".format("screen model", "runs", "min ms", "median ms", "p99 ms", "gc ms", "p99 <= 1 ms"))
        for (r in results) {
            val met = if (r.p99Ms <= 1.0) "yes" else "NO"
            println("%-34s %6d %9.3f %9.3f %9.3f %6d  %s".format(r.name, r.count, r.minMs, r.medianMs, r.p99Ms, r.gcMs, met))
        }
        println()
    }

    private companion object {
        const val HISTORY_SESSIONS = 60
        const val WARM_UP = 200
        const val RUNS = 2_000
        const val EXERCISE = "pbu-prone-draw-in"
        val HEIGHTS = listOf("180", "1,80", "167,9", "188.1", "")
    }
}
