package app.kernkracht.core.presenter

import app.kernkracht.core.TodayAction
import app.kernkracht.core.TodayScreen
import kotlinx.coroutines.CoroutineScope

/** What the today screen shows. */
data class TodayState(val screen: TodayScreen? = null, val loading: Boolean = true, val error: String? = null)

sealed interface TodayEvent {
    /** Build the screen again (back from a session, the day changed). */
    data object Refresh : TodayEvent

    /**
     * One of the core's [TodayScreen.actions]. Starting a session and onboarding are
     * navigation, which the shell handles; the safety confirmations go to the core here.
     */
    data class Act(val action: TodayAction) : TodayEvent
}

/** Today's plan, week, missed days and safety state, as the core builds them. */
class TodayPresenter(private val core: CoreService, scope: CoroutineScope) : Presenter<TodayState, TodayEvent>(TodayState(), scope) {
    init {
        onEvent(TodayEvent.Refresh)
    }

    override fun onEvent(event: TodayEvent) {
        serially {
            val outcome = core.attempt { app ->
                when ((event as? TodayEvent.Act)?.action) {
                    TodayAction.CONFIRM_DOCTOR_CLEARED -> app.confirmDoctorCleared()
                    TodayAction.CONFIRM_PAIN_SETTLED -> app.confirmPainSettled()
                    else -> Unit
                }
                app.todayScreen()
            }
            update {
                when (outcome) {
                    is Outcome.Ok -> TodayState(screen = outcome.value, loading = false)
                    is Outcome.Failed -> it.copy(loading = false, error = outcome.message)
                }
            }
        }
    }
}
