package app.kernkracht.core

import java.util.concurrent.CopyOnWriteArrayList

/**
 * The phone's alarm system as a list of hand-overs. The core promises to hand over the
 * complete reminder list after every change, so a test checks what the shell would have
 * scheduled, and when.
 */
class RecordingScheduler : ReminderScheduler {
    private val calls = CopyOnWriteArrayList<List<Reminder>>()

    override fun schedule(reminders: List<Reminder>) {
        calls += reminders
    }

    /** Every list handed over, oldest first. */
    val handOvers: List<List<Reminder>> get() = calls.toList()

    /** What the shell has scheduled now: the last list, or nothing before the first. */
    val scheduled: List<Reminder> get() = calls.lastOrNull().orEmpty()
}
