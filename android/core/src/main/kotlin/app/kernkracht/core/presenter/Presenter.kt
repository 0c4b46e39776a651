package app.kernkracht.core.presenter

import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * The per-screen pattern: one immutable [S] as a [StateFlow] and one event sink. Events are
 * handled one at a time in the order they came, so a fast typist's keystrokes or two quick
 * taps reach the core in order even though each call hops to the IO dispatcher.
 */
abstract class Presenter<S, E>(initial: S, protected val scope: CoroutineScope) {
    private val mutableState = MutableStateFlow(initial)
    private val serial = Mutex()

    val state: StateFlow<S> = mutableState.asStateFlow()

    /** Takes a user intent; never blocks the caller. */
    abstract fun onEvent(event: E)

    protected fun update(change: (S) -> S) = mutableState.update(change)

    /** Runs [block] after every event sent before it has been handled. */
    protected fun serially(block: suspend () -> Unit): Job = scope.launch { serial.withLock { block() } }
}
