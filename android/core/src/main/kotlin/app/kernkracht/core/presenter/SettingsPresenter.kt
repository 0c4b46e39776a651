package app.kernkracht.core.presenter

import app.kernkracht.core.Language
import app.kernkracht.core.LocalTime
import app.kernkracht.core.SettingsScreen
import app.kernkracht.core.Weekday
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.flow.MutableSharedFlow
import kotlinx.coroutines.flow.SharedFlow
import kotlinx.coroutines.flow.asSharedFlow

/** What the settings screen shows. */
data class SettingsState(
    val screen: SettingsScreen? = null,
    val loading: Boolean = true,
    val error: String? = null,
    /** The delete confirmation is open, showing [SettingsScreen.deleteWarning]. */
    val confirmingDelete: Boolean = false,
    /** A backup was read back in. */
    val imported: Boolean = false,
    /**
     * Why a backup could not be made, saved, read or restored: shown by the backup buttons,
     * where the user acted, not at the top of a page scrolled away from.
     */
    val backupProblem: String? = null
)

sealed interface SettingsEvent {
    data class ChangeLanguage(val language: Language) : SettingsEvent

    /** One day tapped on or off; the core keeps the other days and the time. */
    data class SetTrainingDay(val day: Weekday, val on: Boolean) : SettingsEvent

    /** The earlier or later time the screen offered; the core keeps the days. */
    data class SetReminderTime(val time: LocalTime) : SettingsEvent

    /** Make a backup; the JSON comes out on [SettingsPresenter.backups] for the platform to save. */
    data object ExportBackup : SettingsEvent

    /** A backup the platform read (Storage Access Framework on Android). */
    data class ImportBackup(val json: String) : SettingsEvent

    /** The platform could not write the backup file; the page says so in the core's words. */
    data object BackupNotSaved : SettingsEvent

    /** The platform could not read the file the user picked. */
    data object BackupNotRead : SettingsEvent

    data object RequestDelete : SettingsEvent

    data object CancelDelete : SettingsEvent

    data object ConfirmDelete : SettingsEvent
}

/** Language, training days, backups and deleting everything, through the core. */
class SettingsPresenter(private val core: CoreService, scope: CoroutineScope) :
    Presenter<SettingsState, SettingsEvent>(SettingsState(), scope) {
    private val backupFlow = MutableSharedFlow<String>(extraBufferCapacity = 1)

    /** Each exported backup's JSON, for the platform's file picker. */
    val backups: SharedFlow<String> = backupFlow.asSharedFlow()

    init {
        serially { show(core.attempt { it.settingsScreen() }) }
    }

    override fun onEvent(event: SettingsEvent) {
        when (event) {
            SettingsEvent.RequestDelete -> update { it.copy(confirmingDelete = true) }
            SettingsEvent.CancelDelete -> update { it.copy(confirmingDelete = false) }
            SettingsEvent.BackupNotSaved -> update { it.copy(backupProblem = it.screen?.backupNotSaved) }
            SettingsEvent.BackupNotRead -> update { it.copy(backupProblem = it.screen?.backupNotRead) }
            else -> serially { handle(event) }
        }
    }

    private suspend fun handle(event: SettingsEvent) {
        val outcome = core.attempt { app ->
            when (event) {
                is SettingsEvent.ChangeLanguage -> app.changeLanguage(event.language)

                is SettingsEvent.SetTrainingDay -> app.setTrainingDay(event.day, event.on)

                is SettingsEvent.SetReminderTime -> app.setReminderTime(event.time)

                SettingsEvent.ExportBackup -> {
                    backupFlow.emit(app.exportBackup())
                    app.settingsScreen()
                }

                is SettingsEvent.ImportBackup -> {
                    app.importBackup(event.json)
                    app.settingsScreen()
                }

                SettingsEvent.ConfirmDelete -> {
                    app.deleteAllData()
                    app.settingsScreen()
                }

                else -> app.settingsScreen()
            }
        }
        val backup = event is SettingsEvent.ExportBackup || event is SettingsEvent.ImportBackup
        show(outcome, imported = event is SettingsEvent.ImportBackup, backup = backup)
    }

    private fun show(outcome: Outcome<SettingsScreen>, imported: Boolean = false, backup: Boolean = false) = update {
        when (outcome) {
            is Outcome.Ok -> SettingsState(screen = outcome.value, loading = false, imported = imported)

            is Outcome.Failed -> if (backup) {
                it.copy(loading = false, backupProblem = outcome.message)
            } else {
                it.copy(loading = false, error = outcome.message, confirmingDelete = false)
            }
        }
    }
}
