package app.kernkracht.core

import java.io.File
import java.io.RandomAccessFile
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Failures as the shell receives them: one exception class per thing the caller can do, with
 * a message already in the user's language. Files that are not ours are refused untouched.
 */
class ErrorsTest {
    @TempDir
    lateinit var dir: File

    private val database get() = File(dir, "kernkracht.db")

    private fun open(locale: String = "nl-BE") = TestApp(dir, locale = locale)

    @Test
    fun `a pain score of 11 is refused as InvalidInput, not clamped`() {
        open().use { app ->
            app.core.onboard()
            app.core.startGuidedSession().use { session ->
                val error = assertThrows<KernkrachtException.InvalidInput> { session.reportPain(11u) }
                assertEquals("Geef als pijnscore een geheel getal van 0 tot 10; 11 kan niet.", error.message)
                assertEquals(Stage.PAIN_BEFORE, session.screen().stage, "nothing happened")
                assertThrows<KernkrachtException.InvalidInput> { session.reportEffort(11u) }
                assertEquals(Stage.GET_READY, session.reportPain(10u).screen.stage, "10 is the top of the scale")
            }
        }
    }

    @Test
    fun `the message follows the app's language`() {
        open(locale = "en-GB").use { app ->
            app.core.onboard(language = Language.EN)
            app.core.startGuidedSession().use { session ->
                val error = assertThrows<KernkrachtException.InvalidInput> { session.reportPain(11u) }
                assertEquals("a pain score must be a whole number from 0 to 10; 11 is not", error.message)
            }
        }
    }

    @Test
    fun `a file that is not a database is refused untouched and can be moved aside`() {
        database.writeText("definitely not SQLite")
        val error = assertThrows<KernkrachtException.CorruptData> { open() }
        assertEquals("${database.path} bevat geen Kernkracht-database; het bestand bleef onaangeroerd", error.message)
        assertEquals("definitely not SQLite", database.readText())

        val aside = moveDamagedDatabaseAside(database.path, Language.NL)
        assertEquals("definitely not SQLite", File(aside).readText())
        open().use { app -> assertNull(app.core.profile()) }
    }

    /**
     * Another program's SQLite database (a notes app's, made with `sqlite3 another-app.db
     * "PRAGMA page_size=512; CREATE TABLE note (…); INSERT INTO note …"`): a valid SQLite
     * file, but not ours, so it must not get Kernkracht's tables written into it.
     */
    @Test
    fun `another program's SQLite database is refused untouched`() {
        val foreign = requireNotNull(javaClass.getResourceAsStream("/another-app.db")).use { it.readBytes() }
        database.writeBytes(foreign)
        assertThrows<KernkrachtException.CorruptData> { open() }
        assertArrayEquals(foreign, database.readBytes())
    }

    @Test
    fun `a database from a newer app is refused with its own kind`() {
        open().use { it.core.onboard() }
        // PRAGMA user_version lives at byte 60 of the header, big-endian.
        RandomAccessFile(database, "rw").use { file ->
            file.seek(60)
            file.writeInt(99)
        }
        val error = assertThrows<KernkrachtException.NewerVersion> { open() }
        assertTrue(error.message!!.endsWith("werk de app bij"), error.message)
    }
}
