package app.kernkracht.core.presenter

import app.kernkracht.core.Clock
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.KernkrachtException
import app.kernkracht.core.Language
import app.kernkracht.core.ReminderScheduler
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/**
 * The open core for the presenters. Every call into the core may touch the database or
 * Bluetooth and block, so each one runs on [io], never on the caller's (main) thread;
 * tests pass their test dispatcher to run the same code deterministically.
 */
class CoreService(internal val app: Kernkracht, internal val io: CoroutineDispatcher) : AutoCloseable {
    /** Runs [block] against the core on the IO dispatcher. */
    internal suspend fun <T> call(block: suspend (Kernkracht) -> T): T = withContext(io) { block(app) }

    /** The language every content text is in; the shell picks its chrome strings by it. */
    suspend fun language(): Language = call { it.language() }

    /** Hands the complete reminder list to the scheduler again (after a reboot, a zone change). */
    suspend fun rescheduleReminders() = call { it.rescheduleReminders() }

    /** Releases the native app object now instead of when the garbage collector gets to it. */
    override fun close() = app.destroy()

    companion object {
        /**
         * Opens (or creates) the database at [databasePath]. The app module passes its
         * [clock] (usually [SystemClock]) and its alarm-backed [scheduler].
         */
        suspend fun open(
            databasePath: String,
            locale: String,
            clock: Clock,
            scheduler: ReminderScheduler,
            io: CoroutineDispatcher = Dispatchers.IO
        ): CoreService = withContext(io) {
            CoreService(Kernkracht.open(databasePath, locale, clock, scheduler), io)
        }
    }
}

/**
 * A core call that may fail with a message already worded in the user's language: the
 * presenters show that message as it is.
 */
internal suspend fun <T> CoreService.attempt(block: suspend (Kernkracht) -> T): Outcome<T> = try {
    Outcome.Ok(call(block))
} catch (error: KernkrachtException) {
    Outcome.Failed(error.message ?: error.toString())
}

/** The result of [attempt]: a value, or the core's message. */
internal sealed interface Outcome<out T> {
    data class Ok<T>(val value: T) : Outcome<T>

    data class Failed(val message: String) : Outcome<Nothing>
}
