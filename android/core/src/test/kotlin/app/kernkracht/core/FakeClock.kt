package app.kernkracht.core

import java.util.concurrent.atomic.AtomicLong

/** Monday 7 December 2026, 09:00 in Brussels: a training day, before its 18:00 reminder. */
const val MONDAY_9H: Long = 1_796_630_400_000L

const val BRUSSELS: String = "Europe/Brussels"

const val DAY_MS: Long = 24 * 60 * 60 * 1000L

/**
 * The device clock the core reads for every call, session tick and cuff reading. Tests set
 * and advance it, so a 25-minute session or a week of training takes milliseconds and every
 * date a screen shows is known in advance.
 */
class FakeClock(startMs: Long = MONDAY_9H, @Volatile var zone: String = BRUSSELS) : Clock {
    private val now = AtomicLong(startMs)

    override fun nowMs(): Long = now.get()

    override fun timeZone(): String = zone

    fun set(ms: Long) = now.set(ms)

    fun advance(ms: Long) {
        now.addAndGet(ms)
    }
}
