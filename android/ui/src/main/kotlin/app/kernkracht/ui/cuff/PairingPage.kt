package app.kernkracht.ui.cuff

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.width
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.kernkracht.core.CandidateView
import app.kernkracht.core.PairingAction
import app.kernkracht.core.PairingState as SearchState
import app.kernkracht.core.presenter.PairingEvent
import app.kernkracht.core.presenter.PairingState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section

/** Where the live gauge reads from: the paired cuff or the core's simulator. */
enum class CuffWatch { PAIRED, SIMULATED }

/**
 * Pairing the cuff: the core's status sentence, the cuffs found, the paired one, and only the
 * actions the core offers. Bluetooth off or not allowed shows as the core's own state.
 */
@Composable
fun PairingPage(state: PairingState, onEvent: (PairingEvent) -> Unit, onWatch: (CuffWatch, String) -> Unit, onOpenAppSettings: () -> Unit) {
    val screen = state.screen
    val chrome = LocalChrome.current
    Page(title = chrome.cuff, loading = screen == null && state.loading) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        if (screen.problem) {
            Problem(screen.status)
        } else {
            Status(
                screen.status,
                searching =
                    state.loading || screen.state == SearchState.SEARCHING
            )
        }
        screen.paired?.let { paired ->
            Section(title = chrome.paired, container = MaterialTheme.colorScheme.primaryContainer) {
                Text(paired.name, style = MaterialTheme.typography.bodyLarge)
            }
        }
        if (screen.candidates.isNotEmpty()) {
            Section(title = chrome.found) {
                screen.candidates.forEach { candidate -> CandidateRow(candidate) { onEvent(PairingEvent.Pair(candidate.identifier)) } }
            }
        }
        screen.actions.filter { it != PairingAction.PAIR }.forEachIndexed { index, action ->
            val run = {
                when (action) {
                    PairingAction.SEARCH -> onEvent(PairingEvent.Search)
                    PairingAction.FORGET -> onEvent(PairingEvent.Forget)
                    PairingAction.MONITOR -> onWatch(CuffWatch.PAIRED, screen.practiceExerciseId)
                    PairingAction.TRY_SIMULATION -> onWatch(CuffWatch.SIMULATED, screen.practiceExerciseId)
                    PairingAction.OPEN_APP_SETTINGS -> onOpenAppSettings()
                    PairingAction.PAIR -> Unit
                }
            }
            ActionButton(chrome.pairing(action), run, primary = index == 0, enabled = !state.loading)
        }
    }
}

@Composable
private fun Status(text: String, searching: Boolean) {
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        if (searching) CircularProgressIndicator(Modifier.width(28.dp))
        Text(text, style = MaterialTheme.typography.bodyLarge)
    }
}

@Composable
private fun CandidateRow(candidate: CandidateView, onPair: () -> Unit) {
    Row(Modifier.fillMaxWidth(), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        Column(Modifier.weight(1f)) {
            Text(candidate.name, style = MaterialTheme.typography.bodyLarge)
            Text(candidate.signalLabel, style = MaterialTheme.typography.bodyMedium)
        }
        ActionButton(LocalChrome.current.pair, onPair, Modifier.width(120.dp), primary = true)
    }
}
