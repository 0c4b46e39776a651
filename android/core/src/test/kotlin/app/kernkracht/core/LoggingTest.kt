package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.util.concurrent.CopyOnWriteArrayList

/** The core's log lines reach a sink implemented in Kotlin (logcat's stand-in on the JVM). */
class LoggingTest {
    private class CollectingSink : LogSink {
        val records = CopyOnWriteArrayList<LogRecord>()
        override fun log(record: LogRecord) {
            records.add(record)
        }
    }

    @Test
    fun `log lines are forwarded to the installed sink`() {
        val sink = CollectingSink()
        installLogSink(sink, LogLevel.DEBUG)
        recommendBall(180.0)
        runCatching { recommendBall(Double.NaN) }

        assertTrue(sink.records.any { it.level == LogLevel.DEBUG && it.message.contains("65 cm") }, "${sink.records}")
        assertTrue(sink.records.any { it.level == LogLevel.INFO && it.message.contains("not a number") }, "${sink.records}")
        assertTrue(sink.records.all { it.target.startsWith("kernkracht") })
    }

    @Test
    fun `lines below the chosen level are dropped`() {
        val sink = CollectingSink()
        installLogSink(sink, LogLevel.WARN)
        recommendBall(180.0)
        runCatching { recommendBall(Double.NaN) }
        assertTrue(sink.records.isEmpty(), "${sink.records}")
    }
}
