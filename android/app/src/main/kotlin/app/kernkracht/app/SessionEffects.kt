package app.kernkracht.app

import android.app.Activity
import android.view.WindowManager
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.SessionPresenter
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.distinctUntilChanged
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.launch

/**
 * What a running session asks of the phone, for as long as its screen is shown: the screen
 * stays on while the core's session screen says so (the phone lies on the floor, out of
 * reach), and every cue is spoken, played and felt.
 */
class SessionEffects(private val activity: Activity, private val core: CoreService) {
    /** Follows [session] until the caller's coroutine is cancelled (the session screen left). */
    suspend fun follow(session: SessionPresenter) {
        val cues = CuePlayer(activity, core.language())
        try {
            coroutineScope {
                launch { session.cues.collect(cues::play) }
                session.state
                    .map { it.screen?.keepScreenOn == true }
                    .distinctUntilChanged()
                    .collect(::keepScreenOn)
            }
        } finally {
            keepScreenOn(false)
            cues.close()
        }
    }

    private fun keepScreenOn(on: Boolean) {
        val flag = WindowManager.LayoutParams.FLAG_KEEP_SCREEN_ON
        if (on) activity.window.addFlags(flag) else activity.window.clearFlags(flag)
    }
}
