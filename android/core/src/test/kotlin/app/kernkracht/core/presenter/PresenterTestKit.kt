@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.Clock
import app.kernkracht.core.Equipment
import app.kernkracht.core.Goal
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.Language
import app.kernkracht.core.Reminder
import app.kernkracht.core.ReminderScheduler
import java.io.File
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.TestScope
import kotlinx.coroutines.test.runCurrent

/** Monday 7 December 2026, 09:00 in Brussels. */
const val MONDAY_9H: Long = 1_796_630_400_000

/**
 * A clock that moves with the test scheduler's virtual time, so a presenter's tick delays
 * and the core's "now" advance together when a test calls advanceTimeBy.
 */
class VirtualClock(private val now: () -> Long, private val zone: String = "Europe/Brussels") : Clock {
    override fun nowMs(): Long = now()

    override fun timeZone(): String = zone
}

/** Keeps every reminder list the core hands over; the last one is what is scheduled. */
class RecordingScheduler : ReminderScheduler {
    @Volatile var last: List<Reminder> = emptyList()

    override fun schedule(reminders: List<Reminder>) {
        last = reminders
    }
}

/** A core on a fresh database in [dir], on the test's dispatcher and virtual clock. */
fun TestScope.openCore(dir: File, locale: String = "en-GB", scheduler: RecordingScheduler = RecordingScheduler()): CoreService {
    val clock = VirtualClock({ MONDAY_9H + testScheduler.currentTime })
    return CoreService(
        Kernkracht.open(File(dir, "k.db").path, locale, clock, scheduler),
        StandardTestDispatcher(testScheduler)
    )
}

/** Onboards through the presenter as a user would: 180 cm, no warning signs, a mat. */
fun TestScope.onboard(core: CoreService, scope: CoroutineScope, language: Language = Language.EN) {
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
        OnboardingEvent.Next,
        OnboardingEvent.Next,
        OnboardingEvent.Finish
    ).forEach(presenter::onEvent)
    runCurrent()
    check(presenter.state.value.finished) { "onboarding did not finish: ${presenter.state.value}" }
}
