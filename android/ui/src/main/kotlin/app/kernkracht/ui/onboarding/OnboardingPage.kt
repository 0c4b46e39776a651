package app.kernkracht.ui.onboarding

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.kernkracht.core.OnboardingScreen
import app.kernkracht.core.OnboardingStep
import app.kernkracht.core.presenter.OnboardingEvent
import app.kernkracht.core.presenter.OnboardingState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem

/** Onboarding, one step at a time; the core says which step, what is missing and what works. */
@Composable
fun OnboardingPage(state: OnboardingState, onEvent: (OnboardingEvent) -> Unit) {
    val screen = state.screen
    Page(title = screen?.title, loading = state.loading && screen == null) {
        if (screen == null) {
            state.error?.let { Problem(it) }
            return@Page
        }
        val chrome = LocalChrome.current
        Text(chrome.step(screen.stepNumber.toInt(), screen.stepCount.toInt()), style = MaterialTheme.typography.labelLarge)
        LinearProgressIndicator(
            progress = { screen.stepNumber.toFloat() / screen.stepCount.toFloat() },
            modifier = Modifier.fillMaxWidth()
        )
        Text(screen.intro, style = MaterialTheme.typography.bodyLarge)
        StepContent(screen, onEvent)
        state.error?.let { Problem(it) }
        screen.problem?.let { Problem(it) }
        Navigation(screen, onEvent)
    }
}

@Composable
private fun StepContent(screen: OnboardingScreen, onEvent: (OnboardingEvent) -> Unit) {
    when (screen.step) {
        OnboardingStep.LANGUAGE -> LanguageStep(screen, onEvent)
        OnboardingStep.HEIGHT -> HeightStep(screen.height, onEvent)
        OnboardingStep.SAFETY -> SafetyStep(screen.safety, onEvent)
        OnboardingStep.GOAL -> GoalStep(screen.goals, onEvent)
        OnboardingStep.EQUIPMENT -> EquipmentStep(screen.equipment, onEvent)
        OnboardingStep.SCHEDULE -> ScheduleStep(screen.schedule, onEvent)
        OnboardingStep.SUMMARY -> SummaryStep(screen.summary, screen.permissions)
    }
}

@Composable
private fun Navigation(screen: OnboardingScreen, onEvent: (OnboardingEvent) -> Unit) {
    val chrome = LocalChrome.current
    if (screen.step == OnboardingStep.SUMMARY) {
        ActionButton(chrome.finish, { onEvent(OnboardingEvent.Finish) }, primary = true, enabled = screen.canFinish)
    }
    Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        if (screen.canGoBack) {
            ActionButton(chrome.back, { onEvent(OnboardingEvent.Back) }, Modifier.weight(1f))
        }
        if (screen.step != OnboardingStep.SUMMARY) {
            ActionButton(chrome.next, { onEvent(OnboardingEvent.Next) }, Modifier.weight(1f), primary = true, enabled = screen.canGoNext)
        }
    }
}
