package app.kernkracht.ui.today

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import app.kernkracht.core.DayKind
import app.kernkracht.core.DayView
import app.kernkracht.core.PlanView
import app.kernkracht.core.SafetyKind
import app.kernkracht.core.SafetyNotice
import app.kernkracht.core.TodayAction
import app.kernkracht.core.presenter.TodayEvent
import app.kernkracht.core.presenter.TodayState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section

/** Today: the safety state first, then what to do, the plan and the week. */
@Composable
fun TodayPage(state: TodayState, onEvent: (TodayEvent) -> Unit) {
    val screen = state.screen
    Page(title = screen?.dateLabel, loading = state.loading && screen == null) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        Text(screen.headline, style = MaterialTheme.typography.headlineSmall)
        screen.safety?.let { SafetyCard(it) }
        screen.actions.forEachIndexed { index, action ->
            ActionButton(LocalChrome.current.today(action), { onEvent(TodayEvent.Act(action)) }, primary = index == 0)
        }
        screen.missed?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        // The week before the long plan, so it is seen without scrolling.
        WeekRow(screen.week)
        screen.plan?.let { PlanCard(it) }
    }
}

@Composable
private fun SafetyCard(notice: SafetyNotice) {
    val colors = MaterialTheme.colorScheme
    val container = when (notice.kind) {
        SafetyKind.SEE_DOCTOR, SafetyKind.WORSENING -> colors.errorContainer
        SafetyKind.ACUTE_PAIN -> colors.tertiaryContainer
        SafetyKind.NO_PROFILE -> colors.secondaryContainer
    }
    Section(title = notice.title, container = container) {
        Text(notice.message, style = MaterialTheme.typography.bodyLarge)
    }
}

@Composable
private fun PlanCard(plan: PlanView) {
    Section(title = plan.title, container = MaterialTheme.colorScheme.primaryContainer) {
        plan.notes.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
        plan.sections.forEach { section ->
            Text(section.title, style = MaterialTheme.typography.labelLarge, modifier = Modifier.padding(top = 6.dp))
            section.exercises.forEach { line ->
                Column(Modifier.fillMaxWidth().padding(start = 8.dp)) {
                    Text(line.name, style = MaterialTheme.typography.bodyLarge, fontWeight = FontWeight.Medium)
                    Text(line.dosage, style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
    }
}

/**
 * The week ahead as seven tiles coloured by what the day holds, with a legend in the core's
 * words: a tile is too narrow for `training` at a readable size. Each tile reads as one
 * sentence for TalkBack.
 */
@Composable
private fun WeekRow(week: List<DayView>) {
    Section(title = LocalChrome.current.weekAhead) {
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            week.forEach { day -> DayTile(day, Modifier.weight(1f)) }
        }
        Row(horizontalArrangement = Arrangement.spacedBy(16.dp)) {
            week.distinctBy { it.kind }.sortedBy { it.kind }.forEach { day ->
                val (background, _) = tileColors(day.kind)
                Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(6.dp)) {
                    Box(
                        Modifier.size(
                            16.dp
                        ).background(
                            background,
                            RoundedCornerShape(4.dp)
                        ).border(1.dp, MaterialTheme.colorScheme.outline, RoundedCornerShape(4.dp))
                    )
                    Text(day.kindLabel, style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
    }
}

@Composable
private fun tileColors(kind: DayKind): Pair<Color, Color> {
    val colors = MaterialTheme.colorScheme
    return when (kind) {
        DayKind.TRAINING -> colors.primary to colors.onPrimary
        DayKind.DONE -> colors.secondary to colors.onSecondary
        DayKind.REST -> Color.Transparent to colors.onSurfaceVariant
    }
}

@Composable
private fun DayTile(day: DayView, modifier: Modifier) {
    val (background, content) = tileColors(day.kind)
    val spoken = "${day.weekdayLabel} ${day.dayOfMonth}: ${day.kindLabel}"
    Column(
        modifier
            .background(background, RoundedCornerShape(10.dp))
            .padding(vertical = 8.dp)
            .clearAndSetSemantics { contentDescription = spoken },
        horizontalAlignment = Alignment.CenterHorizontally
    ) {
        val weight = if (day.isToday) FontWeight.Bold else FontWeight.Normal
        Text(day.weekdayLabel, color = content, fontWeight = weight, textAlign = TextAlign.Center)
        Text("${day.dayOfMonth}", color = content, style = MaterialTheme.typography.titleMedium, fontWeight = weight)
    }
}

/** Whether an action leaves the today page (the shell navigates) rather than asking the core. */
fun TodayAction.navigates(): Boolean = this == TodayAction.START_SESSION || this == TodayAction.COMPLETE_ONBOARDING
