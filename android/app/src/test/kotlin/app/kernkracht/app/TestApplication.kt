package app.kernkracht.app

import app.kernkracht.core.Clock
import app.kernkracht.core.FakeClock
import java.util.concurrent.Executor

/**
 * The application as the tests start it: the real core on a fake clock (Monday 7 December
 * 2026, 09:00 in Brussels), and receivers' work run at once so a test sees its result.
 */
class TestApplication : KernkrachtApplication() {
    val clock = FakeClock()

    override val background: Executor = Executor { it.run() }

    override fun clock(): Clock = clock

    override fun onTerminate() {
        core.close()
        super.onTerminate()
    }
}
