package app.kernkracht.core.presenter

import app.kernkracht.core.Clock
import java.util.TimeZone

/**
 * The device's real clock and time zone. The core never reads the wall clock itself, so
 * this is the one place real time enters; tests pass a fake [Clock] instead.
 */
object SystemClock : Clock {
    override fun nowMs(): Long = System.currentTimeMillis()

    override fun timeZone(): String = TimeZone.getDefault().id
}
