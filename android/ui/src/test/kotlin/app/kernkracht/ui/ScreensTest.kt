package app.kernkracht.ui

import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.kernkracht.core.BiofeedbackEngine
import app.kernkracht.core.BluetoothRefusal
import app.kernkracht.core.CuffEvent
import app.kernkracht.core.CuffReading
import app.kernkracht.core.CuffSimulator
import app.kernkracht.core.Language
import app.kernkracht.core.PairingAction
import app.kernkracht.core.PairingState
import app.kernkracht.core.Phase
import app.kernkracht.core.Stage
import app.kernkracht.core.Weekday
import app.kernkracht.core.presenter.BiofeedbackPresenter
import app.kernkracht.core.presenter.HistoryPresenter
import app.kernkracht.core.presenter.OnboardingEvent
import app.kernkracht.core.presenter.OnboardingPresenter
import app.kernkracht.core.presenter.PairingEvent
import app.kernkracht.core.presenter.PairingPresenter
import app.kernkracht.core.presenter.SessionEvent
import app.kernkracht.core.presenter.SessionPresenter
import app.kernkracht.core.presenter.SettingsEvent
import app.kernkracht.core.presenter.SettingsPresenter
import app.kernkracht.core.presenter.TodayPresenter
import app.kernkracht.ui.cuff.BiofeedbackPage
import app.kernkracht.ui.cuff.PairingPage
import app.kernkracht.ui.history.HistoryPage
import app.kernkracht.ui.onboarding.OnboardingPage
import app.kernkracht.ui.session.SessionPage
import app.kernkracht.ui.settings.SettingsPage
import app.kernkracht.ui.today.TodayPage
import java.io.File
import kotlinx.coroutines.flow.asFlow
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.EnumSource

/**
 * Every screen in both languages at phone size, from real presenters over the real core,
 * written to target/screens for a reviewer; each checks that the core's texts are shown.
 */
@OptIn(ExperimentalTestApi::class)
class ScreensTest {
    @TempDir
    lateinit var dir: File

    private fun locale(language: Language) = if (language == Language.NL) "nl-BE" else "en-GB"

    @ParameterizedTest
    @EnumSource(Language::class)
    fun onboarding(language: Language) = Harness(dir, locale(language)).use { h ->
        val presenter = OnboardingPresenter(h.core, h.scope)
        h.settle()
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                OnboardingPage(state, presenter::onEvent)
            }
            savePng("onboarding-language-${language.tag}")
            presenter.onEvent(OnboardingEvent.Next)
            presenter.onEvent(OnboardingEvent.EnterHeight("180"))
            h.settle()
            val ball = presenter.state.value.screen!!.height.ball!!
            onNodeWithText(ball.label).assertExists()
            onNodeWithText(ball.reason).assertExists()
            savePng("onboarding-height-${language.tag}")
            presenter.onEvent(OnboardingEvent.Next)
            h.settle()
            presenter.state.value.screen!!.safety.forEach { onNodeWithText(it.question).assertExists() }
            onNodeWithText(presenter.state.value.screen!!.problem!!).assertExists()
            savePng("onboarding-safety-${language.tag}")
            listOf(
                OnboardingEvent.AnswerRedFlags(false),
                OnboardingEvent.AnswerAcutePain(true),
                OnboardingEvent.Next,
                OnboardingEvent.Next
            ).forEach(presenter::onEvent)
            h.settle()
            presenter.state.value.screen!!.goals.forEach { onNodeWithText(it.detail).assertExists() }
            savePng("onboarding-goal-${language.tag}")
            listOf(
                OnboardingEvent.ChooseGoal(app.kernkracht.core.Goal.RECOVERY),
                OnboardingEvent.Next,
                OnboardingEvent.Next
            ).forEach(presenter::onEvent)
            h.settle()
            onNodeWithText(presenter.state.value.screen!!.schedule.advice).assertExists()
            savePng("onboarding-schedule-${language.tag}")
            presenter.onEvent(OnboardingEvent.Next)
            h.settle()
            presenter.state.value.screen!!.summary.forEach { onNodeWithText(it.value).assertExists() }
            // The permissions are explained before the phone asks for them.
            presenter.state.value.screen!!.permissions.also { assertTrue(it.isNotEmpty()) }
                .forEach { onNodeWithText(it).performScrollTo().assertExists() }
            savePng("onboarding-summary-${language.tag}")
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun today(language: Language) = Harness(dir, locale(language)).use { h ->
        h.onboard(language)
        val presenter = TodayPresenter(h.core, h.scope)
        h.settle()
        val screen = presenter.state.value.screen!!
        for (dark in listOf(false, true)) {
            phoneTest(language, dark) { setPage ->
                setPage {
                    val state by presenter.state.collectAsState()
                    TodayPage(state, presenter::onEvent)
                }
                onNodeWithText(screen.headline).assertExists()
                onNodeWithText(screen.plan!!.title).assertExists()
                onNodeWithText(screen.plan!!.sections[0].exercises[0].dosage, substring = true).assertExists()
                onNodeWithText(chromeFor(language).today(screen.actions[0])).assertExists()
                savePng(if (dark) "today-dark-${language.tag}" else "today-${language.tag}")
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun session(language: Language) = Harness(dir, locale(language)).use { h ->
        h.onboard(language)
        val presenter = SessionPresenter(h.core, h.scope)
        h.settle()
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                SessionPage(state, presenter::onEvent)
            }
            onNodeWithText(presenter.state.value.screen!!.painPrompt!!.question).assertExists()
            savePng("session-pain-${language.tag}")
            presenter.onEvent(SessionEvent.ReportPain(3))
            h.settle()
            onNodeWithText(presenter.state.value.screen!!.title).assertExists()
            savePng("session-ready-${language.tag}")
            h.advanceUntil(presenter, Stage.WORKING)
            h.advance(2_000)
            val screen = presenter.state.value.screen!!
            onNodeWithText(screen.title).assertExists()
            onNodeWithContentDescription("${screen.timer!!.label} ${screen.timer!!.remainingLabel}").assertExists()
            onNodeWithText(screen.instruction).assertExists()
            savePng("session-${language.tag}")
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun pairing(language: Language) = Harness(dir, locale(language)).use { h ->
        val presenter = PairingPresenter(h.core, h.scope, searchMs = 300u)
        h.settle()
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                PairingPage(state, presenter::onEvent, { _, _ -> }, {})
            }
            onNodeWithText(presenter.state.value.screen!!.status).assertExists()
            assertEquals(PRACTICE_EXERCISE, presenter.state.value.screen!!.practiceExerciseId)
            savePng("pairing-${language.tag}")
            presenter.onEvent(PairingEvent.Search)
            h.settle()
            h.awaitReal { !presenter.state.value.loading }
            // No radio and no BlueZ here: the page shows the core's own failure state.
            onNodeWithText(presenter.state.value.screen!!.status).assertExists()
            savePng("pairing-searched-${language.tag}")
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun pairingWithBluetoothNotAllowed(language: Language) = Harness(dir, locale(language)).use { h ->
        val presenter = PairingPresenter(h.core, h.scope) { BluetoothRefusal.PERMISSION_DENIED }
        h.settle()
        presenter.onEvent(PairingEvent.Search)
        h.settle()
        val screen = presenter.state.value.screen!!
        assertEquals(PairingState.PERMISSION_DENIED, screen.state)
        var settingsOpened = false
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                PairingPage(state, presenter::onEvent, { _, _ -> }) { settingsOpened = true }
            }
            onNodeWithText(screen.status).assertExists()
            savePng("pairing-permission-${language.tag}")
            onNodeWithText(chromeFor(language).pairing(PairingAction.OPEN_APP_SETTINGS)).performClick()
        }
        assertTrue(settingsOpened, "the refusal offers the phone's settings")
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun biofeedback(language: Language) = Harness(dir, locale(language)).use { h ->
        val exercise = PRACTICE_EXERCISE
        val samples = generateSequence(CuffSimulator.forExercise(exercise, 11uL, language)) { it }
            .map { it.nextSample() }.takeWhile { it != null }.map { it!! }.toList()
        // The moment of the set worth looking at: a hold half done.
        val probe = BiofeedbackEngine.forExercise(exercise, language)
        val upTo = samples.indexOfFirst {
            probe.pushSample(it.tMs, it.mmhg).let { s -> s.phase == Phase.EXERCISING && s.holdFraction > 0.5 }
        }
        assertTrue(upTo > 0, "the simulated set has a hold")
        val readings = samples.take(upTo + 1).map { CuffEvent.Reading(CuffReading(MONDAY_9H + it.tMs.toLong(), it.mmhg)) }.asFlow()
        val presenter = BiofeedbackPresenter(h.core, h.scope, exercise, readings)
        h.settle()
        val screen = presenter.state.value.screen!!
        assertEquals(Phase.EXERCISING, screen.phase)
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                BiofeedbackPage(state, presenter::onEvent) {}
            }
            onNodeWithText(screen.pressureLabel).assertExists()
            onNodeWithText(screen.targetLabel).assertExists()
            onNodeWithText(screen.repsLabel).assertExists()
            screen.hintText?.let { onNodeWithText(it).assertExists() }
            savePng("biofeedback-${language.tag}")
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun history(language: Language) = Harness(dir, locale(language)).use { h ->
        h.onboard(language)
        h.finishSession(SessionPresenter(h.core, h.scope))
        h.advance(2L * 24 * 3600 * 1000)
        h.finishSession(SessionPresenter(h.core, h.scope), painBefore = 3, painAfter = 2)
        val presenter = HistoryPresenter(h.core, h.scope)
        h.settle()
        val screen = presenter.state.value.screen!!
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                HistoryPage(state)
            }
            onNodeWithText(screen.periodLabel).assertExists()
            onNodeWithText(screen.adherenceLabel).assertExists()
            onNodeWithText(screen.sessions[0].painLabel!!).assertExists()
            savePng("history-${language.tag}")
        }
    }

    @ParameterizedTest
    @EnumSource(Language::class)
    fun settings(language: Language) = Harness(dir, locale(language)).use { h ->
        h.onboard(language)
        val presenter = SettingsPresenter(h.core, h.scope)
        h.settle()
        val screen = presenter.state.value.screen!!
        phoneTest(language) { setPage ->
            setPage {
                val state by presenter.state.collectAsState()
                SettingsPage(state, presenter::onEvent, onManageCuff = {}, onImport = {})
            }
            onNodeWithText(screen.remindersLabel).assertExists()
            onNodeWithText(screen.nextReminderLabel).assertExists()
            onNodeWithText(screen.backupNote).assertExists()
            savePng("settings-${language.tag}")
            // A tap on "later" applies at once: the core saves the time a step on.
            onNodeWithText(chromeFor(language).later).performClick()
            h.settle()
            assertEquals(screen.time.later, presenter.state.value.screen!!.time.value)
            assertEquals("18:15", presenter.state.value.screen!!.time.label)
            // A tap on a day switches that day alone: the core keeps the others and the time.
            onNodeWithText(screen.days.single { it.weekday == Weekday.SAT }.label).performClick()
            h.settle()
            val chosen = presenter.state.value.screen!!.days.filter { it.selected }.map { it.weekday }
            assertEquals(listOf(Weekday.MON, Weekday.WED, Weekday.FRI, Weekday.SAT), chosen)
            assertEquals("18:15", presenter.state.value.screen!!.time.label)
            // A backup file the phone could not write is explained right under the backup buttons.
            presenter.onEvent(SettingsEvent.BackupNotSaved)
            h.settle()
            onNodeWithText(screen.backupNotSaved).performScrollTo()
            savePng("settings-backup-not-saved-${language.tag}")
            presenter.onEvent(SettingsEvent.RequestDelete)
            h.settle()
            // The confirmation opens where the button was, at the end of the page.
            onNodeWithText(chromeFor(language).cancel).performScrollTo()
            onNodeWithText(screen.deleteWarning).assertExists()
            savePng("settings-delete-${language.tag}")
        }
    }
}

/** Waits in real time (the Bluetooth scan runs on the core's own threads) for [done]. */
fun Harness.awaitReal(timeoutMs: Long = 20_000, done: () -> Boolean) {
    val deadline = System.currentTimeMillis() + timeoutMs
    while (!done()) {
        check(System.currentTimeMillis() < deadline) { "timed out" }
        Thread.sleep(20)
        settle()
    }
}
