package app.kernkracht.app

import app.kernkracht.core.Clock
import app.kernkracht.core.FakeClock
import app.kernkracht.core.presenter.CoreService
import java.util.concurrent.Executor
import kotlinx.coroutines.Dispatchers

/**
 * The application as the tests start it: the real core on a fake clock (Monday 7 December
 * 2026, 09:00 in Brussels), and receivers' work and the presenters' core calls run at once,
 * so a test sees their result.
 */
class TestApplication : KernkrachtApplication() {
    val clock = FakeClock()

    override val background: Executor = Executor { it.run() }

    override val service: CoreService by lazy { CoreService(core, Dispatchers.Unconfined) }

    override fun clock(): Clock = clock

    /** The host's core has no JNI entry point for btleplug: that one is built for Android only. */
    override fun startBluetooth() = Unit

    override fun onTerminate() {
        core.close()
        super.onTerminate()
    }
}
