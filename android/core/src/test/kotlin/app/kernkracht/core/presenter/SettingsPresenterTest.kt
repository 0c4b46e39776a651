@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.Language
import app.kernkracht.core.SettingsAction
import app.kernkracht.core.Weekday
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.launch
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.UnconfinedTestDispatcher
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class SettingsPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `language, days, backup, delete with confirmation and import`() = runTest(StandardTestDispatcher()) {
        val scheduler = RecordingScheduler()
        val core = openCore(dir, scheduler = scheduler)
        onboard(core, backgroundScope)
        val presenter = SettingsPresenter(core, backgroundScope)
        val backups = mutableListOf<String>()
        backgroundScope.launch(UnconfinedTestDispatcher(testScheduler)) { presenter.backups.collect { backups += it } }
        runCurrent()
        assertTrue(SettingsAction.CHANGE_TRAINING_DAYS in presenter.state.value.screen!!.actions)

        presenter.onEvent(SettingsEvent.ChangeLanguage(Language.NL))
        runCurrent()
        assertEquals(Language.NL, presenter.state.value.screen!!.language)
        assertEquals("Nederlands", presenter.state.value.screen!!.languages.single { it.selected }.label)
        assertEquals("Tijd voor je rugoefeningen", scheduler.last.first().title)

        presenter.onEvent(SettingsEvent.SetTrainingDay(Weekday.SAT, true))
        presenter.onEvent(SettingsEvent.SetTrainingDay(Weekday.MON, false))
        presenter.onEvent(SettingsEvent.SetReminderTime(presenter.state.value.screen!!.time.later))
        runCurrent()
        assertEquals("wo, vr en za om 18:15", presenter.state.value.screen!!.remindersLabel)

        presenter.onEvent(SettingsEvent.ExportBackup)
        runCurrent()
        assertEquals(1, backups.size)
        // The phone could not write the file: the backup section says so, in the core's words.
        presenter.onEvent(SettingsEvent.BackupNotSaved)
        assertEquals(
            "De reservekopie is niet bewaard: het bestand kon niet worden geschreven. " +
                "In de app is niets veranderd; kies een andere plek en probeer het opnieuw.",
            presenter.state.value.backupProblem
        )

        presenter.onEvent(SettingsEvent.RequestDelete)
        assertTrue(presenter.state.value.confirmingDelete)
        presenter.onEvent(SettingsEvent.ConfirmDelete)
        runCurrent()
        assertFalse(presenter.state.value.confirmingDelete)
        assertTrue(presenter.state.value.screen!!.profile.isEmpty())
        assertTrue(scheduler.last.isEmpty())

        // A file that is no backup: the core's reason shows by the backup buttons; nothing changes.
        presenter.onEvent(SettingsEvent.ImportBackup("{}"))
        runCurrent()
        assertNotNull(presenter.state.value.backupProblem)
        assertNull(presenter.state.value.error)

        presenter.onEvent(SettingsEvent.ImportBackup(backups.single()))
        runCurrent()
        assertTrue(presenter.state.value.imported)
        assertNull(presenter.state.value.backupProblem)
        assertEquals(4, presenter.state.value.screen!!.profile.size)
        core.close()
    }
}
