package app.kernkracht.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.size
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.kernkracht.core.BluetoothRefusal
import app.kernkracht.core.Language
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.PairingPresenter
import app.kernkracht.core.presenter.SessionPresenter
import app.kernkracht.ui.cuff.CuffWatch

/** What only the platform (Android, the desktop) can do for the screens; see [KernkrachtApp]. */
internal class Platform(
    val onBackup: BackupSave,
    val onImportRequest: BackupOpen,
    val onSession: suspend (SessionPresenter) -> Unit,
    val bluetoothAccess: suspend () -> BluetoothRefusal?,
    val onOpenAppSettings: () -> Unit
)

/** Saves the core's backup (the JSON) where the user picks; calls `failed` if it could not be written. */
typealias BackupSave = (json: String, failed: () -> Unit) -> Unit

/** Asks for a backup file and hands its text to `read`; calls `failed` if it could not be read. */
typealias BackupOpen = (read: (String) -> Unit, failed: () -> Unit) -> Unit

/** Where the app is: a tab, or a full-screen flow on top of the tabs. */
sealed interface Route {
    enum class Tab : Route { TODAY, HISTORY, CUFF, SETTINGS }

    data object Onboarding : Route

    data object Session : Route

    data class Watch(val source: CuffWatch, val exerciseId: String) : Route
}

/**
 * The whole app over one open core: tabs for today, history, the cuff and settings, and the
 * onboarding, session and live-cuff flows. Each route makes its presenter in a scope that
 * ends when the route leaves the screen, which releases the native objects it held.
 *
 * [onImportRequest] asks the platform for a backup file and [onBackup] saves one; desktop and
 * Android back them with their own file pickers, and report a file they could not write or
 * read, which the settings page then explains. [onSession] runs while a session is shown,
 * to speak its cues and keep the screen on; [bluetoothAccess] asks the platform, before each
 * search for a cuff, for what the phone refuses (see [PairingPresenter]).
 */
@Composable
fun KernkrachtApp(
    core: CoreService,
    dark: Boolean = false,
    onBackup: BackupSave = { _, _ -> },
    onImportRequest: BackupOpen = { _, _ -> },
    onSession: suspend (SessionPresenter) -> Unit = {},
    bluetoothAccess: suspend () -> BluetoothRefusal? = { null },
    onOpenAppSettings: () -> Unit = {}
) {
    val platform = Platform(onBackup, onImportRequest, onSession, bluetoothAccess, onOpenAppSettings)
    var language by remember { mutableStateOf(Language.EN) }
    var route by remember { mutableStateOf<Route>(Route.Tab.TODAY) }
    LaunchedEffect(route) { language = core.language() }
    KernkrachtTheme(dark) {
        CompositionLocalProvider(LocalChrome provides chromeFor(language)) {
            Column(Modifier.fillMaxSize()) {
                Box(Modifier.weight(1f)) {
                    key(route) { RouteContent(core, route, { route = it }, platform) }
                }
                if (route is Route.Tab) TabBar(route as Route.Tab) { route = it }
            }
        }
    }
}

@Composable
private fun RouteContent(core: CoreService, route: Route, go: (Route) -> Unit, platform: Platform) {
    val scope = rememberCoroutineScope()
    when (route) {
        Route.Tab.TODAY -> TodayRoute(core, scope, go)
        Route.Tab.HISTORY -> HistoryRoute(core, scope)
        Route.Tab.CUFF -> PairingRoute(core, scope, go, platform)
        Route.Tab.SETTINGS -> SettingsRoute(core, scope, go, platform.onBackup, platform.onImportRequest)
        Route.Onboarding -> OnboardingRoute(core, scope, go)
        Route.Session -> SessionRoute(core, scope, go, platform.onSession)
        is Route.Watch -> WatchRoute(core, scope, route, go)
    }
}

@Composable
private fun TabBar(current: Route.Tab, select: (Route.Tab) -> Unit) {
    val chrome = LocalChrome.current
    NavigationBar {
        Route.Tab.entries.forEach { tab ->
            val label = when (tab) {
                Route.Tab.TODAY -> chrome.today
                Route.Tab.HISTORY -> chrome.history
                Route.Tab.CUFF -> chrome.cuff
                Route.Tab.SETTINGS -> chrome.settings
            }
            NavigationBarItem(
                selected = tab == current,
                onClick = { select(tab) },
                icon = { TabMark(tab == current) },
                label = { Text(label) }
            )
        }
    }
}

/** A plain marker instead of an icon font: the label carries the meaning. */
@Composable
private fun TabMark(selected: Boolean) {
    val color = if (selected) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.outline
    androidx.compose.foundation.Canvas(Modifier.size(if (selected) 12.dp else 8.dp)) { drawCircle(color) }
}

/** Collects a presenter's state for a stateless page. */
@Composable
internal fun <S> kotlinx.coroutines.flow.StateFlow<S>.collected(): S = collectAsState().value
