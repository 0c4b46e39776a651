package app.kernkracht.ui.cuff

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.kernkracht.core.presenter.BiofeedbackEvent
import app.kernkracht.core.presenter.BiofeedbackState
import app.kernkracht.ui.BigNumber
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section

/** Live biofeedback: the gauge, the pressure, the hold and the one most urgent hint. */
@Composable
fun BiofeedbackPage(state: BiofeedbackState, onEvent: (BiofeedbackEvent) -> Unit, onClose: () -> Unit) {
    val screen = state.screen
    val chrome = LocalChrome.current
    Page(title = screen?.phaseLabel ?: chrome.cuff, loading = screen == null && state.error == null) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        PressureGauge(screen)
        Text(screen.pressureLabel, style = BigNumber)
        Text(screen.targetLabel, style = MaterialTheme.typography.titleMedium)
        Section(title = "${chrome.hold}: ${screen.holdLabel}") {
            LinearProgressIndicator(
                progress = { screen.holdFraction.toFloat() },
                modifier = Modifier.fillMaxWidth().height(14.dp)
            )
            Text(screen.repsLabel, style = MaterialTheme.typography.bodyLarge)
        }
        screen.hintText?.let { hint ->
            // A polite live region: TalkBack reads a new hint when the user is not busy.
            Section(title = null, container = MaterialTheme.colorScheme.tertiaryContainer) {
                Text(
                    hint,
                    style = MaterialTheme.typography.titleMedium,
                    modifier = Modifier.semantics {
                        liveRegion = LiveRegionMode.Polite
                    }
                )
            }
        }
        ActionButton(chrome.stop, {
            onEvent(BiofeedbackEvent.Stop)
            onClose()
        }, primary = true)
    }
}
