package app.kernkracht.core.presenter

import app.kernkracht.core.HistoryScreen
import kotlinx.coroutines.CoroutineScope

/** What the history screen shows. */
data class HistoryState(val screen: HistoryScreen? = null, val loading: Boolean = true, val error: String? = null)

sealed interface HistoryEvent {
    data object Refresh : HistoryEvent
}

/** The last twelve weeks: sessions, adherence and the trends, charted as the core gives them. */
class HistoryPresenter(private val core: CoreService, scope: CoroutineScope) :
    Presenter<HistoryState, HistoryEvent>(HistoryState(), scope) {
    init {
        onEvent(HistoryEvent.Refresh)
    }

    override fun onEvent(event: HistoryEvent) {
        serially {
            val outcome = core.attempt { it.historyScreen() }
            update {
                when (outcome) {
                    is Outcome.Ok -> HistoryState(screen = outcome.value, loading = false)
                    is Outcome.Failed -> it.copy(loading = false, error = outcome.message)
                }
            }
        }
    }
}
