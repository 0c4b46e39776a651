package app.kernkracht.app

import android.app.Application
import app.kernkracht.core.Clock
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.presenter.SystemClock
import java.io.File
import java.util.Locale
import java.util.concurrent.Executor
import java.util.concurrent.Executors

/**
 * Holds the one core of the process, so the activity and the receivers (which the system may
 * start without the activity, after a reboot) share one database connection and one alarm
 * scheduler.
 */
open class KernkrachtApplication : Application() {
    /**
     * Opened on first use, because opening reads the database: callers reach it from
     * [background] or another worker thread, never from the main thread.
     */
    val core: Kernkracht by lazy {
        Kernkracht.open(
            File(filesDir, DATABASE).path,
            Locale.getDefault().toLanguageTag(),
            clock(),
            ReminderAlarms(this),
        )
    }

    /** Where receivers run their blocking core calls; one thread keeps them in order. */
    open val background: Executor by lazy { Executors.newSingleThreadExecutor() }

    /** The device's clock; tests put a settable one here. */
    protected open fun clock(): Clock = SystemClock

    private companion object {
        const val DATABASE = "kernkracht.db"
    }
}
