package app.kernkracht.app

import android.Manifest
import app.kernkracht.core.LocalTime
import app.kernkracht.core.Weekday
import app.kernkracht.core.onboard
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/** The notification permission is asked when the core plans reminders, and only then. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class NotificationPermissionTest {
    private val app = testApp()

    @Test
    fun finishingOnboardingAsksToShowNotifications() {
        val activity = launchMainActivity()

        app.core.onboard()
        idleMainThread()

        val asked = shadowOf(activity).lastRequestedPermission
        assertEquals(listOf(Manifest.permission.POST_NOTIFICATIONS), asked.requestedPermissions.toList())
    }

    @Test
    fun newTrainingDaysAskAgainWhileNotAllowed() {
        app.core.onboard()
        val activity = launchMainActivity()

        app.core.setTrainingDays(listOf(Weekday.TUE, Weekday.THU), LocalTime(7u, 30u))
        idleMainThread()

        assertEquals(Manifest.permission.POST_NOTIFICATIONS, shadowOf(activity).lastRequestedPermission.requestedPermissions.single())
    }

    @Test
    fun withAWarningSignThereAreNoRemindersAndNoQuestion() {
        val activity = launchMainActivity()

        app.core.onboard(redFlags = true)
        idleMainThread()

        assertNull(shadowOf(activity).lastRequestedPermission)
    }

    @Test
    fun onceAllowedItIsNotAskedAgain() {
        shadowOf(app).grantPermissions(Manifest.permission.POST_NOTIFICATIONS)
        val activity = launchMainActivity()

        app.core.onboard()
        idleMainThread()

        assertNull(shadowOf(activity).lastRequestedPermission)
    }
}
