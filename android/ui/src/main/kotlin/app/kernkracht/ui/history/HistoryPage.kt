package app.kernkracht.ui.history

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxHeight
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.unit.dp
import app.kernkracht.core.HistoryRow
import app.kernkracht.core.WeekBar
import app.kernkracht.core.presenter.HistoryState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section

/** The last weeks: adherence, the trends, then every session, newest first. */
@Composable
fun HistoryPage(state: HistoryState) {
    val screen = state.screen
    val chrome = LocalChrome.current
    Page(title = screen?.periodLabel ?: chrome.history, loading = state.loading && screen == null) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        Section(title = chrome.adherence) {
            Text(screen.adherenceLabel, style = MaterialTheme.typography.bodyLarge)
            AdherenceBars(screen.adherence)
        }
        if (screen.pain.isNotEmpty()) Section(title = chrome.painTrend) { LineChart(screen.pain) }
        if (screen.cuff.isNotEmpty()) Section(title = chrome.cuffTrend) { LineChart(screen.cuff) }
        Section(title = chrome.sessions) {
            screen.emptyMessage?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            screen.sessions.forEach { SessionRow(it) }
        }
    }
}

/** One bar a week, filled to the share of the target done; a met week in the main colour. */
@Composable
private fun AdherenceBars(weeks: List<WeekBar>) {
    val colors = MaterialTheme.colorScheme
    Row(Modifier.fillMaxWidth().height(96.dp), horizontalArrangement = Arrangement.spacedBy(4.dp), verticalAlignment = Alignment.Bottom) {
        weeks.forEach { week ->
            Column(
                Modifier.weight(1f).fillMaxHeight().clearAndSetSemantics {
                    contentDescription =
                        "${week.label}: ${week.completed}/${week.target}"
                },
                verticalArrangement = Arrangement.Bottom
            ) {
                // No track behind the bar: an empty week must not look like a full one.
                Box(Modifier.fillMaxWidth().weight(1f), contentAlignment = Alignment.BottomCenter) {
                    if (week.completed > 0u) {
                        val fill = week.fraction.toFloat().coerceIn(0.05f, 1f)
                        Box(
                            Modifier.fillMaxWidth().fillMaxHeight(
                                fill
                            ).background(if (week.met) colors.primary else colors.outline, RoundedCornerShape(4.dp))
                        )
                    }
                }
                Box(Modifier.fillMaxWidth().height(2.dp).background(colors.onSurfaceVariant))
            }
        }
    }
    Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
        weeks.firstOrNull()?.let { Text(it.label, style = MaterialTheme.typography.bodyMedium) }
        weeks.lastOrNull()?.let { Text(it.label, style = MaterialTheme.typography.bodyMedium) }
    }
}

@Composable
private fun SessionRow(row: HistoryRow) {
    Column(Modifier.fillMaxWidth()) {
        Text("${row.dateLabel} · ${row.statusLabel}", style = MaterialTheme.typography.titleMedium)
        Text(row.setsLabel, style = MaterialTheme.typography.bodyLarge)
        row.painLabel?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
    }
}
