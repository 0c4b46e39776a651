package app.kernkracht.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.captureToImage
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density
import app.kernkracht.core.Clock
import app.kernkracht.core.Equipment
import app.kernkracht.core.Goal
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.Language
import app.kernkracht.core.Reminder
import app.kernkracht.core.ReminderScheduler
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.OnboardingEvent
import app.kernkracht.core.presenter.OnboardingPresenter
import java.io.File
import javax.imageio.ImageIO
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.cancel
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.TestCoroutineScheduler

/** Monday 7 December 2026, 09:00 in Brussels. */
const val MONDAY_9H: Long = 1_796_630_400_000

/** The phone the screens are drawn for: 411 × 891 dp at density 2. */
const val WIDTH_DP = 411
const val HEIGHT_DP = 891
const val DENSITY = 2f

/** The exercise the core names for practising the live gauge (the pairing screen's). */
const val PRACTICE_EXERCISE = "pbu-prone-draw-in"

/**
 * The real core on a fresh database, with presenters on a test scheduler whose virtual time is
 * also the core's clock: [advance] moves session countdowns without waiting. No part of the
 * core is mocked.
 */
class Harness(dir: File, locale: String, realTime: Boolean = false) : AutoCloseable {
    val scheduler = TestCoroutineScheduler()
    private val started = System.currentTimeMillis()
    private val clock = object : Clock {
        override fun nowMs() = MONDAY_9H + scheduler.currentTime +
            if (realTime) System.currentTimeMillis() - started else 0

        override fun timeZone() = "Europe/Brussels"
    }

    /** Every reminder list the core handed over; the last is what the phone would schedule. */
    @Volatile var reminders: List<Reminder> = emptyList()

    private val alarms = object : ReminderScheduler {
        override fun schedule(reminders: List<Reminder>) {
            this@Harness.reminders = reminders
        }
    }
    val core = CoreService(Kernkracht.open(File(dir, "k.db").path, locale, clock, alarms), StandardTestDispatcher(scheduler))

    /** The scope presenters live in; closing the harness ends them. */
    val scope = CoroutineScope(StandardTestDispatcher(scheduler) + SupervisorJob())

    /** Runs what the presenters have queued at the current virtual time. */
    fun settle() = scheduler.runCurrent()

    fun advance(ms: Long) {
        scheduler.advanceTimeBy(ms)
        scheduler.runCurrent()
    }

    /** Onboards as a user would, through the presenter: 180 cm, no warning signs, mat and cuff. */
    fun onboard(language: Language) {
        val presenter = OnboardingPresenter(core, scope)
        listOf(
            OnboardingEvent.ChooseLanguage(language),
            OnboardingEvent.Next,
            OnboardingEvent.EnterHeight("180"),
            OnboardingEvent.Next,
            OnboardingEvent.AnswerRedFlags(false),
            OnboardingEvent.AnswerAcutePain(false),
            OnboardingEvent.Next,
            OnboardingEvent.ChooseGoal(Goal.RECOVERY),
            OnboardingEvent.Next,
            OnboardingEvent.SetEquipment(Equipment.MAT, true),
            OnboardingEvent.SetEquipment(Equipment.CUFF, true),
            OnboardingEvent.Next,
            OnboardingEvent.Next,
            OnboardingEvent.Finish
        ).forEach(presenter::onEvent)
        settle()
        check(presenter.state.value.finished) { "onboarding did not finish: ${presenter.state.value}" }
    }

    override fun close() {
        scope.cancel()
        settle()
        core.close()
    }
}

/** Where the PNGs go: target/screens, set by the pom. */
val screensDir: File = File(System.getProperty("kernkracht.screens") ?: "target/screens").apply { mkdirs() }

/** A headless phone-sized test with the theme and the chrome of [language]. */
@OptIn(ExperimentalTestApi::class)
fun phoneTest(language: Language, dark: Boolean = false, block: SkikoComposeUiTest.(setPage: (@Composable () -> Unit) -> Unit) -> Unit) =
    runSkikoComposeUiTest(size = Size(WIDTH_DP * DENSITY, HEIGHT_DP * DENSITY), density = Density(DENSITY)) {
        block { page ->
            setContent {
                KernkrachtTheme(dark) {
                    CompositionLocalProvider(LocalChrome provides chromeFor(language)) { page() }
                }
            }
        }
    }

/** A headless phone-sized test of content that brings its own theme (the whole app). */
@OptIn(ExperimentalTestApi::class)
fun runPhone(block: SkikoComposeUiTest.() -> Unit) =
    runSkikoComposeUiTest(size = Size(WIDTH_DP * DENSITY, HEIGHT_DP * DENSITY), density = Density(DENSITY), block = block)

/** Writes what is on screen now to `target/screens/<name>.png`. */
@OptIn(ExperimentalTestApi::class)
fun SkikoComposeUiTest.savePng(name: String) {
    waitForIdle()
    val image = onRoot().captureToImage().toAwtImage()
    ImageIO.write(image, "png", File(screensDir, "$name.png"))
}

/** The file-name suffix of a language: `nl`, `en`. */
val Language.tag: String get() = name.lowercase()
