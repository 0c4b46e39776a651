package app.kernkracht.app

import android.Manifest
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.compose.foundation.isSystemInDarkTheme
import app.kernkracht.ui.KernkrachtApp
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.filter
import kotlinx.coroutines.launch

/**
 * The app's one activity: it shows the Compose screens ([KernkrachtApp]) over the one core,
 * and is the platform behind them: the permission dialogs, the backup file pickers, the
 * session's speech and keep-screen-on, and the Bluetooth checks before a search, which the
 * screens reach through [KernkrachtApp]'s parameters.
 */
class MainActivity : ComponentActivity() {
    private val app get() = application as KernkrachtApplication
    private val scope = MainScope()

    // The system dialogs register with the activity as it is made, as the Activity Result
    // API asks; the backups' file work runs on the app's background executor.
    internal val permissions = PermissionRequests(this)
    internal val backups = BackupDocuments(this, { work -> app.background.execute(work) }) { app.core.exportBackup() }
    internal val bluetooth = BluetoothAccess(this, permissions)
    internal val session by lazy { SessionEffects(this, app.service) }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContent {
            KernkrachtApp(
                app.service,
                dark = isSystemInDarkTheme(),
                onBackup = backups::save,
                onImportRequest = backups::open,
                onSession = session::follow,
                bluetoothAccess = bluetooth::check,
                onOpenAppSettings = { startActivity(appSettingsIntent(this)) }
            )
        }
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

        /** The app's page in the phone's settings, where a refused permission can be allowed. */
        fun appSettingsIntent(context: Context): Intent =
            Intent(Settings.ACTION_APPLICATION_DETAILS_SETTINGS, Uri.fromParts("package", context.packageName, null))
    }
}
