package app.kernkracht.app

import android.content.Intent
import android.provider.Settings
import app.kernkracht.core.SettingsAction
import app.kernkracht.core.TodayAction
import app.kernkracht.core.onboard
import app.kernkracht.ui.EnglishChrome
import app.kernkracht.ui.chromeFor
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/** The activity hosts the Compose screens over the app's core, wired to the phone's platform code. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class MainActivityTest {
    private val app = testApp()

    @Test
    fun theAppOpensOnTheCoresTodayScreenWithItsTabs() {
        val activity = launchMainActivity()
        settleFrames()

        assertNotNull(activity.composeView())
        val shown = activity.shownTexts()
        // Before onboarding the core's today screen offers only to start it.
        assertTrue(shown.toString(), EnglishChrome.today(TodayAction.COMPLETE_ONBOARDING) in shown)
        val tabs = listOf(EnglishChrome.today, EnglishChrome.history, EnglishChrome.cuff, EnglishChrome.settings)
        assertTrue(shown.toString(), shown.containsAll(tabs))
    }

    @Test
    fun theBackupButtonOfTheSettingsScreenOpensTheSaveDialog() {
        app.core.onboard()
        val chrome = chromeFor(app.core.language())
        val activity = launchMainActivity()
        settleFrames()

        activity.tap(chrome.settings)
        activity.tap(chrome.settings(SettingsAction.EXPORT_BACKUP))

        val picker = shadowOf(activity).nextStartedActivityForResult
        assertNotNull("no save dialog", picker)
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, picker.intent.action)
    }

    @Test
    fun aRefusedPermissionLeadsToTheAppsOwnSettingsPage() {
        val intent = MainActivity.appSettingsIntent(app)
        assertEquals(Settings.ACTION_APPLICATION_DETAILS_SETTINGS, intent.action)
        assertEquals("package:${app.packageName}", intent.data.toString())
    }
}
