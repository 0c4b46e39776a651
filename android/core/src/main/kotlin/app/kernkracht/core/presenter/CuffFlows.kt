package app.kernkracht.core.presenter

import app.kernkracht.core.CuffListener
import app.kernkracht.core.CuffReading
import app.kernkracht.core.CuffStream
import app.kernkracht.core.LinkState
import kotlinx.coroutines.channels.BufferOverflow
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow

/** What a cuff stream tells its listener, as one type a [Flow] can carry. */
sealed interface CuffEvent {
    data class Reading(val reading: CuffReading) : CuffEvent

    data class State(val state: LinkState) : CuffEvent

    /** Frames the cuff sent that could not be read, so far. */
    data class Refused(val total: ULong) : CuffEvent
}

/**
 * The paired cuff's readings. The flow completes when the link ends for good; cancelling
 * its collector stops the stream and releases its native handle at once.
 */
fun CoreService.pairedCuff(): Flow<CuffEvent> = cuffFlow { listener ->
    app.streamCuff(listener, null)
}

/** The simulated cuff doing one set of [exerciseId], in real time, deterministic by [seed]. */
fun CoreService.simulatedCuff(exerciseId: String, seed: ULong): Flow<CuffEvent> = cuffFlow { listener ->
    app.streamSimulatedCuff(exerciseId, seed, listener, null)
}

/**
 * Adapts the core's listener, called on the core's threads, to a flow: callbacks only hand
 * their value to the channel, so they return at once. A slow collector loses the oldest
 * readings rather than holding up the cuff.
 */
private fun CoreService.cuffFlow(start: (CuffListener) -> CuffStream): Flow<CuffEvent> = callbackFlow {
    val listener = object : CuffListener {
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
    val stream = call { start(listener) }
    awaitClose {
        stream.stop()
        stream.destroy()
    }
}.buffer(capacity = 64, onBufferOverflow = BufferOverflow.DROP_OLDEST)
