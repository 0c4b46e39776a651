package app.kernkracht.ui

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import app.kernkracht.core.Clock
import app.kernkracht.core.Reminder
import app.kernkracht.core.ReminderScheduler
import app.kernkracht.core.TodayAction
import app.kernkracht.core.presenter.CoreService
import java.io.File
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The whole app as the desktop window and the phone host it: presenters made per route on
 * the real IO dispatcher, tabs and navigation between them.
 */
@OptIn(ExperimentalTestApi::class)
class AppTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `the app opens on today, goes to onboarding and between tabs`() {
        val clock = object : Clock {
            override fun nowMs() = MONDAY_9H

            override fun timeZone() = "Europe/Brussels"
        }
        val alarms = object : ReminderScheduler {
            override fun schedule(reminders: List<Reminder>) = Unit
        }
        val core = runBlocking { CoreService.open(File(dir, "k.db").path, "en-GB", clock, alarms) }
        core.use {
            runPhone {
                setContent { KernkrachtApp(core) }
                val start = EnglishChrome.today(TodayAction.COMPLETE_ONBOARDING)
                waitUntil(timeoutMillis = 5_000) { onAllNodes(hasText(start)).fetchSemanticsNodes().isNotEmpty() }
                onNodeWithText(EnglishChrome.settings).performClick()
                waitUntil(timeoutMillis = 5_000) {
                    onAllNodes(hasText("A backup holds", substring = true)).fetchSemanticsNodes().isNotEmpty()
                }
                onNodeWithText(EnglishChrome.today).performClick()
                waitUntil(timeoutMillis = 5_000) { onAllNodes(hasText(start)).fetchSemanticsNodes().isNotEmpty() }
                onNodeWithText(start).performClick()
                waitUntil(timeoutMillis = 5_000) { onAllNodes(hasText("Choose the app's language.")).fetchSemanticsNodes().isNotEmpty() }
            }
        }
    }
}
