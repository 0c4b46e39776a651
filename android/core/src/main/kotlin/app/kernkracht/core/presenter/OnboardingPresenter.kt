package app.kernkracht.core.presenter

import app.kernkracht.core.Equipment
import app.kernkracht.core.Goal
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.Language
import app.kernkracht.core.OnboardingFlow
import app.kernkracht.core.OnboardingScreen
import app.kernkracht.core.Weekday
import kotlinx.coroutines.CoroutineScope

/** What the onboarding screen shows: the core's step, or why it could not be loaded or saved. */
data class OnboardingState(
    val screen: OnboardingScreen? = null,
    val loading: Boolean = true,
    /** The core's message, in the user's language. */
    val error: String? = null,
    /** The profile was saved: the shell moves on to today. */
    val finished: Boolean = false
)

/** The user's intents on the onboarding screen, one per core call. */
sealed interface OnboardingEvent {
    data class ChooseLanguage(val language: Language) : OnboardingEvent

    data class EnterHeight(val text: String) : OnboardingEvent

    data class AnswerRedFlags(val yes: Boolean) : OnboardingEvent

    data class AnswerAcutePain(val yes: Boolean) : OnboardingEvent

    data class ChooseGoal(val goal: Goal) : OnboardingEvent

    data class SetEquipment(val item: Equipment, val owned: Boolean) : OnboardingEvent

    data class SetTrainingDay(val day: Weekday, val on: Boolean) : OnboardingEvent

    data class SetTime(val hour: Int, val minute: Int) : OnboardingEvent

    data object Next : OnboardingEvent

    data object Back : OnboardingEvent

    data object Finish : OnboardingEvent
}

/**
 * Onboarding over the core's flow object: every answer goes to the core, which returns the
 * whole screen (what is missing, whether Next works); this class only forwards.
 */
class OnboardingPresenter(private val core: CoreService, scope: CoroutineScope) :
    Presenter<OnboardingState, OnboardingEvent>(OnboardingState(), scope) {
    private var flow: OnboardingFlow? = null

    init {
        serially {
            when (val started = core.attempt(Kernkracht::startOnboarding)) {
                is Outcome.Ok -> {
                    flow = started.value
                    val screen = core.call { started.value.screen() }
                    update { it.copy(screen = screen, loading = false) }
                }

                is Outcome.Failed -> update { it.copy(loading = false, error = started.message) }
            }
        }
    }

    override fun onEvent(event: OnboardingEvent) {
        serially {
            val flow = flow ?: return@serially
            val outcome = core.attempt {
                when (event) {
                    is OnboardingEvent.ChooseLanguage -> flow.chooseLanguage(event.language)

                    is OnboardingEvent.EnterHeight -> flow.enterHeight(event.text)

                    is OnboardingEvent.AnswerRedFlags -> flow.answerRedFlags(event.yes)

                    is OnboardingEvent.AnswerAcutePain -> flow.answerAcutePain(event.yes)

                    is OnboardingEvent.ChooseGoal -> flow.chooseGoal(event.goal)

                    is OnboardingEvent.SetEquipment -> flow.setEquipment(event.item, event.owned)

                    is OnboardingEvent.SetTrainingDay -> flow.setTrainingDay(event.day, event.on)

                    is OnboardingEvent.SetTime ->
                        flow.setTime(event.hour.toUByte(), event.minute.toUByte())

                    OnboardingEvent.Next -> flow.next()

                    OnboardingEvent.Back -> flow.back()

                    OnboardingEvent.Finish -> {
                        flow.finish()
                        null
                    }
                }
            }
            when (outcome) {
                is Outcome.Ok -> update {
                    val screen = outcome.value
                    if (screen == null) {
                        it.copy(finished = true, error = null)
                    } else {
                        it.copy(screen = screen, error = null)
                    }
                }

                is Outcome.Failed -> update { it.copy(error = outcome.message) }
            }
        }
    }
}
