package app.kernkracht.core

/** Everything a session showed and asked the phone to say, in order. */
class SessionRun(val first: SessionScreen, val updates: List<SessionUpdate>) {
    val last: SessionScreen get() = updates.lastOrNull()?.screen ?: first
    val screens: List<SessionScreen> get() = listOf(first) + updates.map { it.screen }
    val cues: List<CueEffect> get() = updates.flatMap { it.cues }
}

/** A session ends long before this many steps; more means it hangs. */
private const val MAX_STEPS = 20_000

/** How long the user takes over a set that has no countdown, before tapping Done. */
private const val UNTIMED_SET_MS = 20_000L

/**
 * Runs [session] to its end the way a user would: answers both pain questions, taps Done on
 * a set without a countdown and gives the count a maximum test asks for, and otherwise lets
 * the timers run, moving the [clock] on by [stepMs] before each tick, as the shell's frame
 * timer would.
 */
fun GuidedSession.runToEnd(
    clock: FakeClock,
    painBefore: UInt = 3u,
    painAfter: UInt = 2u,
    count: UInt = 9u,
    stepMs: Long = 1_000
): SessionRun {
    val first = screen()
    val updates = mutableListOf<SessionUpdate>()
    var screen = first
    while (screen.stage != Stage.FINISHED && screen.stage != Stage.ENDED) {
        check(updates.size < MAX_STEPS) { "the session does not end (${screen.stage})" }
        val update =
            when (screen.stage) {
                Stage.PAIN_BEFORE -> reportPain(painBefore)
                Stage.PAIN_AFTER -> reportPain(painAfter)
                Stage.AWAITING_COUNT -> reportCount(count)
                Stage.WORKING -> if (screen.timer == null) doneAfter(clock, UNTIMED_SET_MS) else tickAfter(clock, stepMs)
                else -> tickAfter(clock, stepMs)
            }
        updates += update
        screen = update.screen
    }
    return SessionRun(first, updates)
}

private fun GuidedSession.tickAfter(clock: FakeClock, ms: Long): SessionUpdate {
    clock.advance(ms)
    return tick()
}

/** A set without a countdown (a maximum test) ends when the user taps Done. */
private fun GuidedSession.doneAfter(clock: FakeClock, ms: Long): SessionUpdate {
    clock.advance(ms)
    return done()
}

/** Starts today's session and runs it to its end; the session is closed afterwards. */
fun TestApp.runSession(painBefore: UInt = 3u, painAfter: UInt = 2u, stepMs: Long = 1_000): SessionRun =
    core.startGuidedSession().use { it.runToEnd(clock, painBefore, painAfter, stepMs = stepMs) }
