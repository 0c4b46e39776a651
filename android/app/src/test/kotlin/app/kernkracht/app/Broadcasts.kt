package app.kernkracht.app

import android.content.Context
import android.content.Intent
import android.os.Looper
import org.robolectric.Shadows.shadowOf

/** Sends a system broadcast to the app's manifest receivers and delivers it now. */
fun Context.deliverBroadcast(action: String) {
    sendBroadcast(Intent(action).setPackage(packageName))
    shadowOf(Looper.getMainLooper()).idle()
}
