package app.kernkracht.core.presenter

import app.kernkracht.core.CuffEvent
import app.kernkracht.core.cuffEvents
import app.kernkracht.core.simulatedCuffEvents
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flowOn

/**
 * The paired cuff's readings. The flow completes when the link ends for good; cancelling
 * its collector stops the stream and releases its native handle at once. Connecting runs on
 * the service's IO dispatcher, never on the main thread.
 */
fun CoreService.pairedCuff(): Flow<CuffEvent> = app.cuffEvents().flowOn(io)

/** The simulated cuff doing one set of [exerciseId], in real time, deterministic by [seed]. */
fun CoreService.simulatedCuff(exerciseId: String, seed: ULong): Flow<CuffEvent> = app.simulatedCuffEvents(exerciseId, seed).flowOn(io)
