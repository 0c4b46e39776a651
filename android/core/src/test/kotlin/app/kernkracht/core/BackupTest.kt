package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Backups from Kotlin: what one phone exports, another restores whole, with its reminders
 * rescheduled; a bad document changes nothing and says so in the user's language.
 */
class BackupTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `a backup restores profile, history and reminders on another phone`() {
        TestApp(dir, fileName = "old-phone.db").use { old ->
            old.core.onboard(language = Language.EN, height = "190")
            old.runSession(painBefore = 4u, painAfter = 1u)
            val backup = old.core.exportBackup()
            assertTrue(backup.contains("\"format\": \"kernkracht-backup\""), backup.take(200))

            TestApp(dir, locale = "nl-BE", fileName = "new-phone.db").use { new ->
                new.core.importBackup(backup)
                assertEquals(old.core.profile(), new.core.profile())
                assertEquals(Language.EN, new.core.language(), "the restored profile's language wins")
                val history = new.core.historyScreen()
                assertEquals(old.core.historyScreen(), history)
                assertEquals("Pain 4 → 1", history.sessions.single().painLabel)
                assertEquals(old.scheduler.scheduled, new.scheduler.scheduled)
                assertEquals(64, new.scheduler.scheduled.size)
            }
        }
    }

    @Test
    fun `a backup from a newer app changes nothing`() {
        TestApp(dir).use { app ->
            val profile = app.core.onboard()
            val handOvers = app.scheduler.handOvers.size
            val error =
                assertThrows<KernkrachtException.InvalidInput> {
                    app.core.importBackup("{\"format\": \"kernkracht-backup\", \"version\": 99}")
                }
            assertTrue(error.message!!.startsWith("deze back-up kan niet teruggezet worden"), error.message)
            assertEquals(profile, app.core.profile())
            assertEquals(handOvers, app.scheduler.handOvers.size, "nothing was rescheduled")
        }
    }
}
