package app.kernkracht.core.presenter

import app.kernkracht.core.CueEffect
import app.kernkracht.core.GuidedSession
import app.kernkracht.core.SessionAction
import app.kernkracht.core.SessionScreen
import app.kernkracht.core.SessionUpdate
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableSharedFlow
import kotlinx.coroutines.flow.SharedFlow
import kotlinx.coroutines.flow.asSharedFlow
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch

/** What the guided-session screen shows. */
data class SessionState(
    val screen: SessionScreen? = null,
    val loading: Boolean = true,
    val error: String? = null,
    /** The session was closed (or never started): the shell goes back to today. */
    val closed: Boolean = false
)

sealed interface SessionEvent {
    /** One of [SessionScreen.actions] that needs no number. */
    data class Act(val action: SessionAction) : SessionEvent

    /** The answer to the pain prompt, within its min and max. */
    data class ReportPain(val score: Int) : SessionEvent

    /** The repetitions of a maximum test. */
    data class ReportCount(val reps: Int) : SessionEvent
}

/**
 * Today's guided session. A coroutine ticks the core every [tickMs] while the session runs,
 * so countdowns move and cues come on time; every cue the core returns goes out on [cues]
 * for the platform to speak, play and vibrate. When the presenter's scope ends, the native
 * session is released, which the core ends as stopped with what was done kept.
 */
class SessionPresenter(private val core: CoreService, scope: CoroutineScope, private val tickMs: Long = 200) :
    Presenter<SessionState, SessionEvent>(SessionState(), scope) {
    private var session: GuidedSession? = null
    private var ticker: Job? = null
    private val cueFlow = MutableSharedFlow<CueEffect>(extraBufferCapacity = 64)

    /** The cues to speak, in order; a slow speaker may drop the `droppable` ones. */
    val cues: SharedFlow<CueEffect> = cueFlow.asSharedFlow()

    init {
        serially {
            when (val started = core.attempt { it.startGuidedSession() }) {
                is Outcome.Ok -> {
                    session = started.value
                    val screen = core.call { started.value.screen() }
                    update { it.copy(screen = screen, loading = false) }
                    ticker = scope.launch { tickWhileRunning() }
                }

                is Outcome.Failed -> update { it.copy(loading = false, error = started.message) }
            }
        }
        scope.coroutineContext[Job]?.invokeOnCompletion { release() }
    }

    override fun onEvent(event: SessionEvent) {
        serially {
            val session = session ?: return@serially
            if (event == SessionEvent.Act(SessionAction.CLOSE)) {
                close()
                return@serially
            }
            apply(
                core.attempt {
                    when (event) {
                        is SessionEvent.ReportPain -> session.reportPain(event.score.toUInt())
                        is SessionEvent.ReportCount -> session.reportCount(event.reps.toUInt())
                        is SessionEvent.Act -> act(session, event.action)
                    }
                }
            )
        }
    }

    private fun act(session: GuidedSession, action: SessionAction): SessionUpdate? = when (action) {
        SessionAction.SKIP_QUESTION, SessionAction.START_NOW, SessionAction.SKIP_REST -> session.next()

        SessionAction.DONE -> session.done()

        SessionAction.HURTS -> session.hurts()

        SessionAction.SKIP_EXERCISE -> session.skipExercise()

        SessionAction.PAUSE -> session.pause()

        SessionAction.RESUME -> session.resume()

        SessionAction.STOP -> session.stop()

        // These carry a number or leave the screen: their own events and onEvent handle them.
        SessionAction.REPORT_PAIN, SessionAction.ENTER_COUNT, SessionAction.CLOSE -> null
    }

    private suspend fun tickWhileRunning() {
        while (scope.isActive && state.value.screen?.ticking != false) {
            delay(tickMs)
            val session = session ?: return
            serially { apply(core.attempt { session.tick() }) }.join()
        }
    }

    private fun apply(outcome: Outcome<SessionUpdate?>) {
        when (outcome) {
            is Outcome.Ok -> {
                val changed = outcome.value ?: return
                update { it.copy(screen = changed.screen, error = null) }
                changed.cues.forEach { cueFlow.tryEmit(it) }
            }

            is Outcome.Failed -> update { it.copy(error = outcome.message) }
        }
    }

    private fun close() {
        release()
        update { it.copy(closed = true) }
    }

    /** Stops ticking and releases the native session (an unfinished one ends as stopped). */
    private fun release() {
        ticker?.cancel()
        session?.destroy()
        session = null
    }
}
