package app.kernkracht.ui.onboarding

import androidx.compose.foundation.background
import androidx.compose.foundation.border
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.text.KeyboardOptions
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
import androidx.compose.ui.draw.clip
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import app.kernkracht.core.DayChoice
import app.kernkracht.core.EquipmentChoice
import app.kernkracht.core.GoalChoice
import app.kernkracht.core.HeightField
import app.kernkracht.core.LocalTime
import app.kernkracht.core.OnboardingScreen
import app.kernkracht.core.SafetyQuestion
import app.kernkracht.core.SafetyTopic
import app.kernkracht.core.ScheduleField
import app.kernkracht.core.SummaryLine
import app.kernkracht.core.TimeField
import app.kernkracht.core.presenter.OnboardingEvent
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.CheckRow
import app.kernkracht.ui.components.ChoiceRow
import app.kernkracht.ui.components.Section
import app.kernkracht.ui.components.TouchTarget

@Composable
internal fun LanguageStep(screen: OnboardingScreen, onEvent: (OnboardingEvent) -> Unit) {
    Section(title = null) {
        screen.languages.forEach { choice ->
            ChoiceRow(choice.label, choice.selected, { onEvent(OnboardingEvent.ChooseLanguage(choice.language)) })
        }
    }
}

/** The text stays local while typing so no keystroke waits for the core's answer. */
@Composable
internal fun HeightStep(height: HeightField, onEvent: (OnboardingEvent) -> Unit) {
    var text by remember { mutableStateOf(height.text) }
    OutlinedTextField(
        value = text,
        onValueChange = {
            text = it
            onEvent(OnboardingEvent.EnterHeight(it))
        },
        label = { Text(LocalChrome.current.heightHint) },
        isError = height.error != null,
        supportingText = height.error?.let { { Text(it) } },
        singleLine = true,
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Decimal),
        modifier = Modifier.fillMaxWidth()
    )
    height.ball?.let { ball ->
        Section(title = ball.label, container = MaterialTheme.colorScheme.primaryContainer) {
            Text(ball.reason, style = MaterialTheme.typography.bodyLarge)
        }
    }
}

/** Neither answer is chosen until the user chooses: the core gives no default. */
@Composable
internal fun SafetyStep(questions: List<SafetyQuestion>, onEvent: (OnboardingEvent) -> Unit) {
    val chrome = LocalChrome.current
    questions.forEach { question ->
        Section(title = question.question) {
            question.details.forEach { Text("• $it", style = MaterialTheme.typography.bodyLarge) }
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                listOf(true to chrome.yes, false to chrome.no).forEach { (yes, label) ->
                    val answer = { onEvent(question.answerEvent(yes)) }
                    ActionButton(label, answer, Modifier.weight(1f), primary = question.answer == yes)
                }
            }
        }
    }
}

private fun SafetyQuestion.answerEvent(yes: Boolean): OnboardingEvent = when (topic) {
    SafetyTopic.RED_FLAGS -> OnboardingEvent.AnswerRedFlags(yes)
    SafetyTopic.ACUTE_PAIN -> OnboardingEvent.AnswerAcutePain(yes)
}

@Composable
internal fun GoalStep(goals: List<GoalChoice>, onEvent: (OnboardingEvent) -> Unit) {
    Section(title = null) {
        goals.forEach { goal ->
            ChoiceRow(goal.label, goal.selected, { onEvent(OnboardingEvent.ChooseGoal(goal.goal)) }, goal.detail)
        }
    }
}

@Composable
internal fun EquipmentStep(items: List<EquipmentChoice>, onEvent: (OnboardingEvent) -> Unit) {
    Section(title = null) {
        items.forEach { item ->
            CheckRow(item.label, item.selected) { onEvent(OnboardingEvent.SetEquipment(item.item, it)) }
        }
    }
}

@Composable
internal fun ScheduleStep(schedule: ScheduleField, onEvent: (OnboardingEvent) -> Unit) {
    val chrome = LocalChrome.current
    Section(title = chrome.trainingDays) {
        DayChips(schedule.days) { day, on -> onEvent(OnboardingEvent.SetTrainingDay(day.weekday, on)) }
    }
    Section(title = chrome.time) {
        TimeStepper(schedule.time) { time ->
            onEvent(OnboardingEvent.SetTime(time.hour.toInt(), time.minute.toInt()))
        }
    }
    Text(schedule.advice, style = MaterialTheme.typography.bodyLarge)
}

@Composable
internal fun SummaryStep(lines: List<SummaryLine>, permissions: List<String>) {
    Section(title = null) {
        lines.forEach { line ->
            Text(line.label, style = MaterialTheme.typography.labelLarge)
            Text(line.value, style = MaterialTheme.typography.bodyLarge)
        }
    }
    Section(title = LocalChrome.current.permissions) {
        permissions.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
    }
}

/**
 * The seven days as large toggles: a chosen day is filled in the main colour, so the choice
 * shows at a glance, and TalkBack reads each as a checkbox with its state.
 */
@Composable
fun DayChips(days: List<DayChoice>, onToggle: (DayChoice, Boolean) -> Unit) {
    val colors = MaterialTheme.colorScheme
    Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(4.dp)) {
        days.forEach { day ->
            val shape = RoundedCornerShape(12.dp)
            Box(
                Modifier.weight(1f).heightIn(min = TouchTarget)
                    .clip(shape)
                    .background(if (day.selected) colors.primary else colors.surface, shape)
                    .border(1.dp, colors.outline, shape)
                    .toggleable(value = day.selected, role = Role.Checkbox) { onToggle(day, it) },
                contentAlignment = Alignment.Center
            ) {
                Text(
                    day.label,
                    color = if (day.selected) colors.onPrimary else colors.onSurface,
                    style = MaterialTheme.typography.labelLarge,
                    maxLines = 1,
                    softWrap = false
                )
            }
        }
    }
}

/**
 * The reminder time in the core's steps: two large buttons are easier than a clock dial for
 * stiff fingers. The core works out the earlier and later times and checks the one it gets.
 */
@Composable
fun TimeStepper(field: TimeField, onChange: (LocalTime) -> Unit) {
    val chrome = LocalChrome.current
    Text(
        field.label,
        style = MaterialTheme.typography.headlineMedium,
        textAlign = TextAlign.Center,
        modifier = Modifier.fillMaxWidth().semantics { contentDescription = "${chrome.time} ${field.label}" }
    )
    Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        ActionButton(chrome.earlier, { onChange(field.earlier) }, Modifier.weight(1f))
        ActionButton(chrome.later, { onChange(field.later) }, Modifier.weight(1f))
    }
}
