package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File

/** A whole guided session on a fake clock, from Kotlin. */
class SessionTest {
    @TempDir
    lateinit var dir: File

    /** Monday 2 November 2026, 17:00 UTC. */
    private val start = 1_793_638_800_000L

    private fun onboarded() = onboardedApp(dir)

    @Test
    fun `a whole session runs on a fake clock and is stored`() {
        onboarded().use { app ->
            val session = app.startGuidedSession(start, "Europe/Amsterdam")
            var now = start
            var update = session.tick(now)
            assertEquals(Stage.PAIN_BEFORE, update.view.stage)
            val cues = mutableListOf<Cue>()
            while (update.view.stage != Stage.FINISHED) {
                now += 500
                update = when (update.view.stage) {
                    Stage.PAIN_BEFORE -> session.reportPain(3u, now)
                    Stage.PAIN_AFTER -> session.reportPain(2u, now)
                    Stage.AWAITING_COUNT -> session.reportCount(15u, now)
                    else -> session.tick(now)
                }
                cues += update.cues
                check(now - start < 3_600_000) { "the session never ends" }
            }
            assertEquals(Cue.SessionDone, cues.last())
            assertEquals(session.plan().exercises.size, cues.count { it == Cue.GetReady })
            assertTrue(cues.contains(Cue.Halfway))
            assertTrue(update.decisions.isNotEmpty())
            val history = app.history("2026-11-01", "2026-11-30")
            assertEquals(SessionStatus.COMPLETED, history.single().session.status)
            assertEquals(2u.toUByte(), history.single().session.painAfter)
            assertTrue(app.today(now, "Europe/Amsterdam").done)
        }
    }

    @Test
    fun `pause freezes the countdown and an abort keeps the sets`() {
        onboarded().use { app ->
            val session = app.startGuidedSession(start, "Europe/Amsterdam")
            session.reportPain(2u, start)
            var update = session.tick(start + 10_000)
            assertEquals(Stage.WORKING, update.view.stage)
            val remaining = update.view.remainingMs
            session.pause(start + 10_000)
            update = session.tick(start + 40_000)
            assertEquals(Stage.PAUSED, update.view.stage)
            assertEquals(remaining, update.view.remainingMs)
            session.resume(start + 40_000)
            var now = start + 40_000
            while (session.tick(now).view.exerciseNumber < 3u) now += 1_000
            update = session.abort(now)
            assertEquals(EndReason.ABORTED, update.view.ended)
            val sets = app.sessionSets(session.sessionId()!!)
            assertTrue(sets.size >= 2, "${sets.size}")
            assertEquals(SessionStatus.ABORTED, app.history("2026-11-01", "2026-11-30").single().session.status)
        }
    }
}
