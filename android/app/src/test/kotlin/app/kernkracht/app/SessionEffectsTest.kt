package app.kernkracht.app

import android.view.WindowManager
import app.kernkracht.core.SessionAction
import app.kernkracht.core.onboard
import app.kernkracht.core.presenter.SessionEvent
import app.kernkracht.core.presenter.SessionPresenter
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import org.junit.After
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowTextToSpeech

/** A real session on the activity: the screen stays on as the core says, and its cues are spoken. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class SessionEffectsTest {
    private val app = testApp()
    private val scope = MainScope()

    @After
    fun endScope() = scope.cancel()

    @Test
    fun theScreenStaysOnWhileTheSessionRunsButNotWhilePaused() {
        app.core.onboard()
        val activity = launchMainActivity()
        val session = SessionPresenter(app.service, scope)
        val following = scope.launch { activity.session.follow(session) }
        idleMainThread()
        assertTrue("on from the first question", activity.keepsScreenOn())

        session.onEvent(SessionEvent.ReportPain(3))
        idleMainThread()
        assertTrue(SessionAction.PAUSE in session.state.value.screen!!.actions)
        session.onEvent(SessionEvent.Act(SessionAction.PAUSE))
        idleMainThread()
        assertFalse("a paused session lets the screen sleep", activity.keepsScreenOn())

        session.onEvent(SessionEvent.Act(SessionAction.RESUME))
        idleMainThread()
        assertTrue(activity.keepsScreenOn())

        following.cancel()
        idleMainThread()
        assertFalse("leaving the session screen lets it sleep", activity.keepsScreenOn())
    }

    @Test
    fun theSessionsCuesAreSpokenUntilItsScreenIsLeft() {
        app.core.onboard()
        val activity = launchMainActivity()
        val session = SessionPresenter(app.service, scope)
        val following = scope.launch { activity.session.follow(session) }
        idleMainThread()

        session.onEvent(SessionEvent.ReportPain(3))
        idleMainThread()

        val speech = shadowOf(ShadowTextToSpeech.getLastTextToSpeechInstance())
        assertTrue("the core's first cues were spoken", speech.spokenTextList.isNotEmpty())
        following.cancel()
        idleMainThread()
        assertTrue(speech.isShutdown)
    }

    private fun MainActivity.keepsScreenOn(): Boolean = window.attributes.flags and WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON != 0
}
