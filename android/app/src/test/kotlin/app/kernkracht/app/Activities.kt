package app.kernkracht.app

import android.os.Looper
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf

/** The app's activity, created, started and resumed as the launcher would. */
fun launchMainActivity(): MainActivity {
    val activity = Robolectric.buildActivity(MainActivity::class.java).setup().get()
    idleMainThread()
    return activity
}

/** Runs everything posted to the main thread so far, as the looper would between frames. */
fun idleMainThread() = shadowOf(Looper.getMainLooper()).idle()
