package app.kernkracht.app

import android.content.Intent
import android.provider.Settings
import app.kernkracht.core.PairingAction
import app.kernkracht.core.SettingsAction
import app.kernkracht.core.TodayAction
import app.kernkracht.core.onboard
import app.kernkracht.ui.Chrome
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
        val (activity, chrome) = launchOnboarded()

        activity.tap(chrome.settings)
        activity.tap(chrome.settings(SettingsAction.EXPORT_BACKUP))

        val picker = shadowOf(activity).nextStartedActivityForResult
        assertNotNull("no save dialog", picker)
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, picker.intent.action)
    }

    /** The app after onboarding, on its first screen, with the words of the core's language. */
    private fun launchOnboarded(): Pair<MainActivity, Chrome> {
        app.core.onboard()
        val chrome = chromeFor(app.core.language())
        val activity = launchMainActivity()
        settleFrames()
        return activity to chrome
    }

    /** From the cuff tab: a search, Bluetooth refused, and the button the core then offers. */
    @Test
    fun aRefusedPermissionLeadsToTheAppsOwnSettingsPage() {
        val (activity, chrome) = launchOnboarded()

        activity.tap(chrome.cuff)
        activity.tap(chrome.pairing(PairingAction.SEARCH))
        activity.answerPermissions(granted = false)
        settleFrames()
        activity.tap(chrome.pairing(PairingAction.OPEN_APP_SETTINGS))

        val opened = shadowOf(activity).nextStartedActivity
        assertNotNull("nothing was opened", opened)
        assertEquals(Settings.ACTION_APPLICATION_DETAILS_SETTINGS, opened.action)
        assertEquals("package:${app.packageName}", opened.data.toString())
    }
}
