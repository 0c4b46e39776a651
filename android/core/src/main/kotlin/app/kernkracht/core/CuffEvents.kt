package app.kernkracht.core

import kotlinx.coroutines.channels.BufferOverflow
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow

/**
 * What a cuff stream reports, as one type a screen can collect and `when` over, instead of
 * a [CuffListener] whose three callbacks arrive on the core's threads.
 */
sealed interface CuffEvent {
    data class Reading(val reading: CuffReading) : CuffEvent

    data class State(val state: LinkState) : CuffEvent

    /** Frames refused so far (garbage from the cuff). */
    data class Refused(val total: ULong) : CuffEvent
}

/**
 * The paired cuff's readings and link states as a cold [Flow]: collecting connects, and
 * cancelling the collector (the screen closed) stops the stream and disconnects the cuff.
 * With [session], readings also drive the session's cuff holds.
 *
 * @throws KernkrachtException.NotFound when no cuff is paired, as soon as collection starts.
 */
fun Kernkracht.cuffEvents(session: GuidedSession? = null): Flow<CuffEvent> = cuffEventsOf { listener -> streamCuff(listener, session) }

/**
 * The simulated cuff for a cuff exercise, exactly as [cuffEvents] delivers a real one, so a
 * screen can be tried and tested without a cuff. It runs in real time (about 20 readings a
 * second) and completes when the simulated set is over.
 */
fun Kernkracht.simulatedCuffEvents(exerciseId: String, seed: ULong, session: GuidedSession? = null): Flow<CuffEvent> =
    cuffEventsOf { listener -> streamSimulatedCuff(exerciseId, seed, listener, session) }

/** Room for this many events while the collector is busy; a UI only needs the newest. */
private const val BUFFERED_EVENTS = 256

/**
 * Bridges a listener-based stream, started by [start] when collection begins, to a flow.
 * The listener never blocks the core's thread: when the collector falls behind, the oldest
 * events are dropped rather than the newest. A `Disconnected` state is final, so it
 * completes the flow. Internal rather than private so tests can watch the listener.
 */
internal fun cuffEventsOf(start: (CuffListener) -> CuffStream): Flow<CuffEvent> = callbackFlow {
    val listener =
        object : CuffListener {
            override fun onReading(reading: CuffReading) {
                trySend(CuffEvent.Reading(reading))
            }

            override fun onState(state: LinkState) {
                trySend(CuffEvent.State(state))
                if (state is LinkState.Disconnected) channel.close()
            }

            override fun onRefused(total: ULong) {
                trySend(CuffEvent.Refused(total))
            }
        }
    val stream = start(listener)
    awaitClose {
        stream.stop()
        stream.close()
    }
}.buffer(BUFFERED_EVENTS, BufferOverflow.DROP_OLDEST)
