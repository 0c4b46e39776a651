package app.kernkracht.app

import android.app.Activity
import android.content.Context
import android.content.Intent

/**
 * The app's one activity. It hosts no screen yet: the Compose screens (android/ui) join it
 * with the Gradle build, which this Maven build cannot compile for Android. What it already
 * defines is how a reminder opens it.
 */
class MainActivity : Activity() {
    companion object {
        /** Set on the intent of a reminder's tap: open today's session. */
        const val EXTRA_TODAY_SESSION = "app.kernkracht.extra.TODAY_SESSION"

        /** Opens the app on today's session, over any screen it already shows. */
        fun todaySessionIntent(context: Context): Intent =
            Intent(context, MainActivity::class.java)
                .putExtra(EXTRA_TODAY_SESSION, true)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
    }
}
