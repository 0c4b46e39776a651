package app.kernkracht.core.presenter

import app.kernkracht.core.BiofeedbackEngine
import app.kernkracht.core.BiofeedbackScreen
import app.kernkracht.core.CuffEvent
import app.kernkracht.core.LinkState
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.launch

/** What the live biofeedback screen shows. */
data class BiofeedbackState(
    val screen: BiofeedbackScreen? = null,
    /** The cuff link's state, for the status line. */
    val link: LinkState? = null,
    val error: String? = null,
    /** The stream ended (the simulated set is over, or the cuff went away). */
    val ended: Boolean = false
)

sealed interface BiofeedbackEvent {
    /** Stop watching: the stream stops and releases the cuff. */
    data object Stop : BiofeedbackEvent
}

/**
 * Live biofeedback: each reading of [readings] (a [simulatedCuff] or the [pairedCuff])
 * goes through the core's engine for [exerciseId], whose screen is the state. Readings are
 * stamped on the app's clock; the engine counts from the first one.
 */
class BiofeedbackPresenter(
    private val core: CoreService,
    scope: CoroutineScope,
    private val exerciseId: String,
    private val readings: Flow<CuffEvent>
) : Presenter<BiofeedbackState, BiofeedbackEvent>(BiofeedbackState(), scope) {
    private var watching: Job? = null

    init {
        watching = scope.launch { watch() }
    }

    override fun onEvent(event: BiofeedbackEvent) {
        when (event) {
            BiofeedbackEvent.Stop -> watching?.cancel()
        }
    }

    private suspend fun watch() {
        val engine = when (val made = core.attempt { BiofeedbackEngine.forExercise(exerciseId, it.language()) }) {
            is Outcome.Ok -> made.value

            is Outcome.Failed -> {
                update { it.copy(error = made.message, ended = true) }
                return
            }
        }
        try {
            update { it.copy(screen = engine.state()) }
            readings.collect { event ->
                when (event) {
                    is CuffEvent.Reading -> {
                        // In memory only (no database, no radio): microseconds, kept in order here.
                        val screen = engine.pushReading(event.reading)
                        update { it.copy(screen = screen) }
                    }

                    is CuffEvent.State -> update { it.copy(link = event.state) }

                    is CuffEvent.Refused -> Unit
                }
            }
        } finally {
            update { it.copy(ended = true) }
            engine.destroy()
        }
    }
}
