package app.kernkracht.ui.settings

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.kernkracht.core.SettingsAction
import app.kernkracht.core.SettingsScreen
import app.kernkracht.core.presenter.SettingsEvent
import app.kernkracht.core.presenter.SettingsState
import app.kernkracht.ui.LocalChrome
import app.kernkracht.ui.components.ActionButton
import app.kernkracht.ui.components.ChoiceRow
import app.kernkracht.ui.components.DangerButton
import app.kernkracht.ui.components.Page
import app.kernkracht.ui.components.Problem
import app.kernkracht.ui.components.Section
import app.kernkracht.ui.onboarding.DayChips
import app.kernkracht.ui.onboarding.TimeStepper

/**
 * Settings; sections appear for the actions the core offers. Backups leave and enter through
 * [onExport] and [onImport], which the platform backs with its file picker.
 */
@Composable
fun SettingsPage(state: SettingsState, onEvent: (SettingsEvent) -> Unit, onManageCuff: () -> Unit, onImport: () -> Unit) {
    val screen = state.screen
    val chrome = LocalChrome.current
    Page(title = chrome.settings, loading = state.loading && screen == null) {
        state.error?.let { Problem(it) }
        if (screen == null) return@Page
        Section(title = chrome.language) {
            screen.languages.forEach { choice ->
                ChoiceRow(choice.label, choice.selected, { onEvent(SettingsEvent.ChangeLanguage(choice.language)) })
            }
        }
        if (SettingsAction.CHANGE_TRAINING_DAYS in screen.actions) TrainingDays(screen, onEvent)
        if (SettingsAction.MANAGE_CUFF in screen.actions) {
            Section(title = chrome.cuff) {
                Text(screen.cuffLabel, style = MaterialTheme.typography.bodyLarge)
                ActionButton(chrome.settings(SettingsAction.MANAGE_CUFF), onManageCuff)
            }
        }
        if (screen.profile.isNotEmpty()) {
            Section(title = chrome.profile) {
                screen.profile.forEach { Text("${it.label}: ${it.value}", style = MaterialTheme.typography.bodyLarge) }
            }
        }
        Section(title = chrome.backup) {
            Text(screen.backupNote, style = MaterialTheme.typography.bodyLarge)
            ActionButton(chrome.settings(SettingsAction.EXPORT_BACKUP), { onEvent(SettingsEvent.ExportBackup) })
            ActionButton(chrome.settings(SettingsAction.IMPORT_BACKUP), onImport)
        }
        state.backupProblem?.let { Problem(it) }
        DeleteAll(screen, state.confirmingDelete, onEvent)
    }
}

/** Each tap on a day or the time applies at once: the core saves it and reschedules. */
@Composable
private fun TrainingDays(screen: SettingsScreen, onEvent: (SettingsEvent) -> Unit) {
    val chrome = LocalChrome.current
    Section(title = chrome.trainingDays) {
        Text(screen.remindersLabel, style = MaterialTheme.typography.bodyLarge)
        Text(screen.nextReminderLabel, style = MaterialTheme.typography.bodyMedium)
        DayChips(screen.days) { day, on -> onEvent(SettingsEvent.SetTrainingDay(day.weekday, on)) }
        TimeStepper(screen.time) { onEvent(SettingsEvent.SetReminderTime(it)) }
    }
}

@Composable
private fun DeleteAll(screen: SettingsScreen, confirming: Boolean, onEvent: (SettingsEvent) -> Unit) {
    val chrome = LocalChrome.current
    if (!confirming) {
        DangerButton(chrome.settings(SettingsAction.DELETE_ALL_DATA), { onEvent(SettingsEvent.RequestDelete) })
        return
    }
    Section(title = chrome.deleteTitle, container = MaterialTheme.colorScheme.errorContainer) {
        Text(screen.deleteWarning, style = MaterialTheme.typography.bodyLarge)
        DangerButton(chrome.deleteConfirm, { onEvent(SettingsEvent.ConfirmDelete) })
        ActionButton(chrome.cancel, { onEvent(SettingsEvent.CancelDelete) })
    }
}
