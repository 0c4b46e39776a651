package app.kernkracht.app

import android.app.Application
import android.util.Log
import app.kernkracht.core.Bluetooth
import app.kernkracht.core.Clock
import app.kernkracht.core.Kernkracht
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.SystemClock
import java.io.File
import java.util.Locale
import java.util.concurrent.Executor
import java.util.concurrent.Executors
import kotlinx.coroutines.Dispatchers

/**
 * Holds the one core of the process, so the activity and the receivers (which the system may
 * start without the activity, after a reboot) share one database connection and one alarm
 * scheduler.
 */
open class KernkrachtApplication : Application() {
    /** The phone's alarms for the core's reminders; the activity listens to its hand-overs. */
    val alarms: ReminderAlarms by lazy { ReminderAlarms(this) }

    /**
     * Opened on first use, because opening reads the database: callers reach it from
     * [background] or another worker thread, never from the main thread.
     */
    val core: Kernkracht by lazy {
        Kernkracht.open(File(filesDir, DATABASE).path, Locale.getDefault().toLanguageTag(), clock(), alarms)
    }

    /** The core for the presenters, whose calls run on the IO dispatcher. */
    open val service: CoreService by lazy { CoreService(core, Dispatchers.IO) }

    /** Where receivers run their blocking core calls; one thread keeps them in order. */
    open val background: Executor by lazy { Executors.newSingleThreadExecutor() }

    override fun onCreate() {
        super.onCreate()
        startBluetooth()
    }

    /** The device's clock; tests put a settable one here. */
    protected open fun clock(): Clock = SystemClock

    /**
     * Hands the JVM to the core's Bluetooth client before any scan. A phone whose Bluetooth
     * stack cannot start keeps a working app without the cuff: its searches then fail with
     * the core's words on the pairing screen.
     */
    protected open fun startBluetooth() {
        try {
            Bluetooth.init()
        } catch (error: RuntimeException) {
            Log.w(TAG, "Bluetooth not started", error)
        }
    }

    private companion object {
        const val TAG = "KernkrachtApplication"
        const val DATABASE = "kernkracht.db"
    }
}
