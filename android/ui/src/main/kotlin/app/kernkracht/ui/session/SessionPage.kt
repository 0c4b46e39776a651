package app.kernkracht.ui.session

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.kernkracht.core.SessionAction
import app.kernkracht.core.SessionScreen
import app.kernkracht.core.presenter.SessionEvent
import app.kernkracht.core.presenter.SessionState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section

/** The guided session: what to do now on top, large enough to read from the mat. */
@Composable
fun SessionPage(state: SessionState, onEvent: (SessionEvent) -> Unit) {
    val screen = state.screen
    Page(title = null, loading = state.loading && screen == null) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        LinearProgressIndicator(progress = { screen.progress.toFloat() }, modifier = Modifier.fillMaxWidth())
        Text(screen.stageLabel, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
        screen.exerciseLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        Text(screen.title, style = MaterialTheme.typography.headlineSmall)
        Counters(screen)
        screen.timer?.let { Box(Modifier.fillMaxWidth(), contentAlignment = Alignment.Center) { CountdownRing(it) } }
        Text(screen.instruction, style = MaterialTheme.typography.bodyLarge)
        screen.painPrompt?.let { prompt ->
            PainScale(prompt, showQuestion = prompt.question != screen.title) { onEvent(SessionEvent.ReportPain(it)) }
        }
        if (SessionAction.ENTER_COUNT in screen.actions) CountEntry(onEvent)
        val buttons = screen.actions.filter { it != SessionAction.REPORT_PAIN && it != SessionAction.ENTER_COUNT }
        Actions(buttons, onEvent, primary = buttons.firstOrNull() == screen.actions.first())
        Details(screen)
        screen.nextLabel?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
    }
}

@Composable
private fun Counters(screen: SessionScreen) {
    val labels = listOfNotNull(screen.setLabel, screen.repLabel, screen.sideLabel)
    if (labels.isEmpty()) return
    Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(16.dp)) {
        labels.forEach { Text(it, style = MaterialTheme.typography.titleMedium) }
    }
}

/**
 * Buttons for the core's actions, in its order, right under the instruction: the first is the
 * main one, full width; the others (it hurts, skip, pause, stop) two to a row beneath it, so
 * a user lying on the floor reaches them without scrolling past how to do the exercise. Pain
 * and count answers have their own controls.
 */
@Composable
private fun Actions(actions: List<SessionAction>, onEvent: (SessionEvent) -> Unit, primary: Boolean) {
    val chrome = LocalChrome.current
    val act = { action: SessionAction -> { onEvent(SessionEvent.Act(action)) } }
    actions.firstOrNull()?.let { ActionButton(chrome.session(it), act(it), primary = primary) }
    actions.drop(1).chunked(2).forEach { pair ->
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            pair.forEach { ActionButton(chrome.session(it), act(it), Modifier.weight(1f)) }
            if (pair.size == 1) Spacer(Modifier.weight(1f))
        }
    }
}

@Composable
private fun CountEntry(onEvent: (SessionEvent) -> Unit) {
    val chrome = LocalChrome.current
    var text by remember { mutableStateOf("") }
    OutlinedTextField(
        value = text,
        onValueChange = { typed -> text = typed.filter(Char::isDigit).take(3) },
        label = { Text(chrome.countHint) },
        singleLine = true,
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number),
        modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)
    )
    ActionButton(chrome.session(SessionAction.ENTER_COUNT), {
        text.toIntOrNull()?.let { onEvent(SessionEvent.ReportCount(it)) }
    }, primary = true, enabled = text.isNotEmpty())
}

@Composable
private fun Details(screen: SessionScreen) {
    val chrome = LocalChrome.current
    if (screen.howTo.isNotEmpty()) {
        Section(title = chrome.howTo) {
            screen.howTo.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
        }
    }
    if (screen.attention.isNotEmpty()) {
        Section(title = chrome.attention, container = MaterialTheme.colorScheme.tertiaryContainer) {
            screen.attention.forEach { Text("• $it", style = MaterialTheme.typography.bodyLarge) }
        }
    }
    screen.outcomes.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
}
