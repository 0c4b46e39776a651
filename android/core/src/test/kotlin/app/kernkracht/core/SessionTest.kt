package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * A guided session driven from Kotlin on the fake clock: what it shows at each stage, the
 * cues the phone speaks, and what it leaves in the history and the reminders.
 */
class SessionTest {
    @TempDir
    lateinit var dir: File

    private fun onboarded(): TestApp = TestApp(dir).also { it.core.onboard() }

    @Test
    fun `a whole session asks the pain, speaks its cues and finishes`() {
        onboarded().use { app ->
            app.core.startGuidedSession().use { session ->
                val run = session.runToEnd(app.clock, painBefore = 3u, painAfter = 2u)

                assertEquals(Stage.PAIN_BEFORE, run.first.stage)
                assertEquals("Hoeveel pijn heb je nu?", run.first.painPrompt?.question)
                assertEquals(
                    listOf(SessionAction.REPORT_PAIN, SessionAction.SKIP_QUESTION, SessionAction.STOP),
                    run.first.actions
                )
                assertTrue(run.screens.any { it.stage == Stage.PAIN_AFTER && it.painPrompt != null })
                val working = run.screens.filter { it.stage == Stage.WORKING }
                assertTrue(working.isNotEmpty())
                assertTrue(working.all { it.keepScreenOn && SessionAction.DONE in it.actions && it.timer != null })

                assertEquals(Stage.FINISHED, run.last.stage)
                assertEquals("Goed gedaan!", run.last.title)
                assertEquals(listOf(SessionAction.CLOSE), run.last.actions)
                assertFalse(run.last.keepScreenOn, "the screen may sleep again")
                assertNotNull(session.sessionId())
            }
        }
    }

    @Test
    fun `the cues announce each exercise and count down in Dutch`() {
        onboarded().use { app ->
            app.core.startGuidedSession().use { session ->
                val cues = session.runToEnd(app.clock).cues
                val plan = session.plan()
                assertEquals(plan.exercises.size, cues.count { it.cue == Cue.GetReady }, "one announcement per exercise")
                val firstName = Catalogue(Language.NL).use { it.exercise(plan.exercises.first().exerciseId).name }
                assertEquals("Maak je klaar: $firstName", cues.first { it.cue == Cue.GetReady }.speech)
                assertEquals(setOf("drie", "twee", "één"), cues.filter { it.cue is Cue.Countdown }.map { it.speech }.toSet())
                assertTrue(cues.any { it.cue == Cue.Halfway && it.droppable })
                assertTrue(cues.all { it.speech.isNotBlank() })
                assertTrue(cues.none { "Get ready" in it.speech || "done" in it.speech }, "no English")

                val done = cues.last()
                assertEquals(Cue.SessionDone, done.cue)
                assertEquals("Sessie klaar, goed gedaan", done.speech)
                assertEquals(Sound.RISING_THREE_TONE, done.sound)
                assertEquals(Vibration.LONG, done.vibration)
            }
        }
    }

    @Test
    fun `the finished session shows in the history and today and moves the reminders`() {
        onboarded().use { app ->
            app.runSession(painBefore = 3u, painAfter = 2u)

            val history = app.core.historyScreen()
            val row = history.sessions.single()
            assertEquals(SessionStatus.COMPLETED, row.status)
            assertEquals("2026-12-07", row.date)
            assertEquals("ma 7 dec", row.dateLabel)
            assertEquals("Pijn 3 → 2", row.painLabel)
            assertTrue("sets gedaan" in row.setsLabel, row.setsLabel)
            assertEquals(listOf("Pijn vooraf", "Pijn achteraf"), history.pain.map { it.name })
            assertNull(history.emptyMessage)

            val today = app.core.todayScreen()
            assertEquals(DayKind.DONE, today.week[0].kind)
            assertFalse(TodayAction.START_SESSION in today.actions)
            assertEquals("Vandaag al getraind: goed gedaan.", today.headline)
            val next = app.scheduler.scheduled.first()
            assertNotEquals("2026-12-07", next.localDate, "today's reminder is gone")
        }
    }

    @Test
    fun `a pause freezes the countdown`() {
        onboarded().use { app ->
            app.core.startGuidedSession().use { session ->
                session.reportPain(2u)
                var screen = session.screen()
                while (screen.stage != Stage.WORKING) {
                    app.clock.advance(1_000)
                    screen = session.tick().screen
                }
                val remaining = screen.timer!!.remainingMs
                assertEquals(Stage.PAUSED, session.pause().screen.stage)
                app.clock.advance(30_000)
                val paused = session.tick().screen
                assertEquals(Stage.PAUSED, paused.stage)
                assertEquals(listOf(SessionAction.RESUME, SessionAction.STOP), paused.actions)
                assertFalse(paused.keepScreenOn)
                assertEquals(Stage.WORKING, session.resume().screen.stage)
                assertEquals(remaining, session.screen().timer!!.remainingMs)
            }
        }
    }

    @Test
    fun `a session closed midway ends as stopped with its sets kept`() {
        onboarded().use { app ->
            app.core.startGuidedSession().use { session ->
                session.reportPain(2u)
                repeat(200) {
                    app.clock.advance(1_000)
                    session.tick()
                }
            }
            val history = app.core.historyScreen()
            val row = history.sessions.single()
            assertEquals(SessionStatus.ABORTED, row.status)
            assertFalse(row.setsLabel.startsWith("0 "), row.setsLabel)
        }
    }
}
