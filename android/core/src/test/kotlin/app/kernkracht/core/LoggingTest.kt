package app.kernkracht.core

import java.io.File
import java.util.concurrent.CopyOnWriteArrayList
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** The core's log lines reach a sink implemented in Kotlin (logcat's stand-in on the JVM). */
class LoggingTest {
    @TempDir
    lateinit var dir: File

    private class CollectingSink : LogSink {
        val records = CopyOnWriteArrayList<LogRecord>()

        override fun log(record: LogRecord) {
            records.add(record)
        }
    }

    /** Something worth info lines: opening, rescheduling, and a refusal. */
    private fun logSomething() {
        TestApp(dir).use { it.core.rescheduleReminders() }
        Catalogue(Language.EN).use { catalogue -> runCatching { catalogue.exercise("moonwalk") } }
    }

    @Test
    fun `log lines are forwarded to the installed sink`() {
        val sink = CollectingSink()
        installLogSink(sink, LogLevel.DEBUG)
        logSomething()

        val lines = sink.records
        assertTrue(lines.any { it.level == LogLevel.INFO && "0 reminders handed to the scheduler" in it.message }, "$lines")
        assertTrue(lines.any { it.level == LogLevel.INFO && "refused" in it.message && "moonwalk" in it.message }, "$lines")
        assertTrue(lines.all { it.target.startsWith("kernkracht") }, "$lines")
    }

    @Test
    fun `lines below the chosen level are dropped`() {
        val sink = CollectingSink()
        installLogSink(sink, LogLevel.WARN)
        logSomething()
        assertTrue(sink.records.isEmpty(), "${sink.records}")
    }
}
