package app.kernkracht.app

import android.content.Intent
import app.kernkracht.core.DAY_MS
import app.kernkracht.core.onboard
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

/** The system's broadcasts make the core hand over its list again, through the manifest. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class RescheduleReceiverTest {
    private val app = testApp()

    @Before
    fun onboard() {
        app.core.onboard()
    }

    @Test
    fun aRebootSetsTheLostAlarmsAgain() = lostAlarmsComeBackAfter(Intent.ACTION_BOOT_COMPLETED)

    @Test
    fun anAppUpdateSetsTheLostAlarmsAgain() = lostAlarmsComeBackAfter(Intent.ACTION_MY_PACKAGE_REPLACED)

    @Test
    fun aNewClockTimeMovesTheReminders() {
        val before = app.alarmsSet()
        app.clock.advance(8 * DAY_MS)

        app.deliverBroadcast(Intent.ACTION_TIME_CHANGED)

        assertNotEquals(before.first(), app.alarmsSet().first())
        assertEquals(app.coreReminders(), app.alarmsSet())
    }

    @Test
    fun aNewTimeZoneMovesTheReminders() {
        val before = app.alarmsSet()
        app.clock.zone = "America/New_York"

        app.deliverBroadcast(Intent.ACTION_TIMEZONE_CHANGED)

        // 18:00 in New York is six hours after 18:00 in Brussels.
        assertEquals(before.first().first + 6 * HOUR_MS, app.alarmsSet().first().first)
        assertEquals(app.coreReminders(), app.alarmsSet())
    }

    private fun lostAlarmsComeBackAfter(action: String) {
        val before = app.alarmsSet()
        loseAllAlarms(app)
        assertTrue(app.alarmsSet().isEmpty())

        app.deliverBroadcast(action)

        assertEquals(before, app.alarmsSet())
        assertEquals(app.coreReminders(), app.alarmsSet())
    }

    private companion object {
        const val HOUR_MS = 60 * 60 * 1000L
    }
}
