package app.kernkracht.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import app.kernkracht.core.TodayAction
import app.kernkracht.core.presenter.BiofeedbackPresenter
import app.kernkracht.core.presenter.CoreService
import app.kernkracht.core.presenter.HistoryPresenter
import app.kernkracht.core.presenter.OnboardingPresenter
import app.kernkracht.core.presenter.PairingPresenter
import app.kernkracht.core.presenter.SessionPresenter
import app.kernkracht.core.presenter.SettingsEvent
import app.kernkracht.core.presenter.SettingsPresenter
import app.kernkracht.core.presenter.TodayEvent
import app.kernkracht.core.presenter.TodayPresenter
import app.kernkracht.core.presenter.pairedCuff
import app.kernkracht.core.presenter.simulatedCuff
import app.kernkracht.ui.cuff.BiofeedbackPage
import app.kernkracht.ui.cuff.CuffWatch
import app.kernkracht.ui.cuff.PairingPage
import app.kernkracht.ui.history.HistoryPage
import app.kernkracht.ui.onboarding.OnboardingPage
import app.kernkracht.ui.session.SessionPage
import app.kernkracht.ui.settings.SettingsPage
import app.kernkracht.ui.today.TodayPage
import app.kernkracht.ui.today.navigates
import kotlinx.coroutines.CoroutineScope

@Composable
internal fun TodayRoute(core: CoreService, scope: CoroutineScope, go: (Route) -> Unit) {
    val presenter = remember { TodayPresenter(core, scope) }
    TodayPage(presenter.state.collected()) { event ->
        val action = (event as? TodayEvent.Act)?.action
        when {
            action == TodayAction.START_SESSION -> go(Route.Session)
            action != null && action.navigates() -> go(Route.Onboarding)
            else -> presenter.onEvent(event)
        }
    }
}

@Composable
internal fun OnboardingRoute(core: CoreService, scope: CoroutineScope, go: (Route) -> Unit) {
    val presenter = remember { OnboardingPresenter(core, scope) }
    val state = presenter.state.collected()
    LaunchedEffect(state.finished) { if (state.finished) go(Route.Tab.TODAY) }
    OnboardingPage(state, presenter::onEvent)
}

@Composable
internal fun SessionRoute(core: CoreService, scope: CoroutineScope, go: (Route) -> Unit, onSession: suspend (SessionPresenter) -> Unit) {
    val presenter = remember { SessionPresenter(core, scope) }
    LaunchedEffect(presenter) { onSession(presenter) }
    val state = presenter.state.collected()
    LaunchedEffect(state.closed) { if (state.closed) go(Route.Tab.TODAY) }
    SessionPage(state, presenter::onEvent)
}

@Composable
internal fun HistoryRoute(core: CoreService, scope: CoroutineScope) {
    val presenter = remember { HistoryPresenter(core, scope) }
    HistoryPage(presenter.state.collected())
}

@Composable
internal fun PairingRoute(core: CoreService, scope: CoroutineScope, go: (Route) -> Unit, platform: Platform) {
    val presenter = remember { PairingPresenter(core, scope, access = platform.bluetoothAccess) }
    PairingPage(
        presenter.state.collected(),
        presenter::onEvent,
        onWatch = { source, exerciseId -> go(Route.Watch(source, exerciseId)) },
        onOpenAppSettings = platform.onOpenAppSettings
    )
}

@Composable
internal fun WatchRoute(core: CoreService, scope: CoroutineScope, watch: Route.Watch, go: (Route) -> Unit) {
    val presenter = remember {
        val readings = when (watch.source) {
            CuffWatch.PAIRED -> core.pairedCuff()
            CuffWatch.SIMULATED -> core.simulatedCuff(watch.exerciseId, System.nanoTime().toULong())
        }
        BiofeedbackPresenter(core, scope, watch.exerciseId, readings)
    }
    BiofeedbackPage(presenter.state.collected(), presenter::onEvent) { go(Route.Tab.CUFF) }
}

@Composable
internal fun SettingsRoute(
    core: CoreService,
    scope: CoroutineScope,
    go: (Route) -> Unit,
    onBackup: BackupSave,
    onImportRequest: BackupOpen
) {
    val presenter = remember { SettingsPresenter(core, scope) }
    LaunchedEffect(presenter) {
        presenter.backups.collect { json -> onBackup(json) { presenter.onEvent(SettingsEvent.BackupNotSaved) } }
    }
    SettingsPage(
        presenter.state.collected(),
        presenter::onEvent,
        onManageCuff = { go(Route.Tab.CUFF) },
        onImport = {
            onImportRequest(
                { json -> presenter.onEvent(SettingsEvent.ImportBackup(json)) },
                { presenter.onEvent(SettingsEvent.BackupNotRead) }
            )
        }
    )
}
