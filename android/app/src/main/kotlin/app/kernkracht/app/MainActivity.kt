package app.kernkracht.app

import android.Manifest
import android.app.Activity
import android.content.Context
import android.content.Intent
import android.os.Build
import android.os.Bundle
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.filter
import kotlinx.coroutines.launch

/**
 * The app's one activity and the platform behind its screens: the permission dialogs, the
 * backup file pickers, the session's speech and keep-screen-on, and the Bluetooth checks
 * before a search. The screens reach these through `KernkrachtApp`'s parameters
 * (`onSession`, `bluetoothAccess`, `onBackup`, `onImportRequest`).
 *
 * The Compose screens themselves join with the Gradle build (`setContent` of activity-compose
 * on a `ComponentActivity`), which this Maven build cannot compile for Android; everything
 * else here is compiled against the Android framework and tested with Robolectric.
 */
class MainActivity : Activity() {
    private val app get() = application as KernkrachtApplication
    private val scope = MainScope()

    internal val permissions = PermissionRequests(this)
    internal val backups by lazy { BackupDocuments(this, app.background) }
    internal val bluetooth by lazy { BluetoothAccess(this, permissions) }
    internal val session by lazy { SessionEffects(this, app.service) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        scope.launch { app.alarms.handedOver.filter { it }.collect { askForNotifications() } }
    }

    /**
     * Reminders are notifications, which from Android 13 need the user's consent: asked when
     * the core first plans reminders (the end of onboarding) or plans them anew (new training
     * days), so the dialog comes right after the user chose when to train.
     */
    private suspend fun askForNotifications() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            permissions.request(listOf(Manifest.permission.POST_NOTIFICATIONS))
        }
    }

    override fun onRequestPermissionsResult(requestCode: Int, permissions: Array<out String>, grantResults: IntArray) {
        super.onRequestPermissionsResult(requestCode, permissions, grantResults)
        this.permissions.onResult(requestCode, grantResults)
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        val handled = backups.onResult(requestCode, resultCode, data) || bluetooth.onResult(requestCode, resultCode)
        if (!handled) super.onActivityResult(requestCode, resultCode, data)
    }

    override fun onDestroy() {
        scope.cancel()
        super.onDestroy()
    }

    companion object {
        /** Set on the intent of a reminder's tap: open today's session. */
        const val EXTRA_TODAY_SESSION = "app.kernkracht.extra.TODAY_SESSION"

        /** Opens the app on today's session, over any screen it already shows. */
        fun todaySessionIntent(context: Context): Intent = Intent(context, MainActivity::class.java)
            .putExtra(EXTRA_TODAY_SESSION, true)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
    }
}
