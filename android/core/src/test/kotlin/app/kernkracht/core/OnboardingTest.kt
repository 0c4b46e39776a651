package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.io.File

/** Onboarding, the stored profile and refused database files, from Kotlin. */
class OnboardingTest {
    @TempDir
    lateinit var dir: File

    private fun dutchOnboarding(heightCm: Double) =
        onboarding(heightCm = heightCm, language = Language.NL, equipment = listOf(Equipment.BALL, Equipment.MAT), acutePain = true)

    @Test
    fun `onboarding is stored and read back after reopening`() {
        val path = File(dir, "kernkracht.db").path
        Kernkracht.open(path, "nl-NL").use { app ->
            assertNull(app.profile())
            val profile = app.completeOnboarding(dutchOnboarding(190.0))
            assertEquals(75u, profile.ballDiameterCm)
        }
        Kernkracht.open(path, "nl-NL").use { app ->
            val profile = app.profile()!!
            assertEquals(190.0, profile.heightCm)
            assertEquals(75u, profile.ballDiameterCm)
            assertEquals(listOf(Equipment.MAT, Equipment.BALL), profile.equipment)
            assertTrue(app.screening()!!.acutePain)
            assertEquals("Europe/Amsterdam", app.reminderSettings()!!.timeZone)
            val settled = app.updateScreening(redFlags = false, acutePain = false)
            assertEquals(settled, app.screening())
            app.checkIntegrity()
        }
    }

    @Test
    fun `invalid onboarding answers are refused and nothing is stored`() {
        Kernkracht.open(File(dir, "k.db").path, "en").use { app ->
            val error = assertThrows<KernkrachtException.InvalidInput> { app.completeOnboarding(dutchOnboarding(Double.NaN)) }
            assertEquals("the height is not a number", error.message)
            val zone = dutchOnboarding(170.0).copy(reminders = dutchOnboarding(170.0).reminders.copy(timeZone = "Mars/Olympus"))
            assertThrows<KernkrachtException.InvalidInput> { app.completeOnboarding(zone) }
            assertNull(app.profile())
        }
    }

    @Test
    fun `a corrupt file is refused untouched and can be moved aside`() {
        val file = File(dir, "kernkracht.db")
        file.writeText("definitely not SQLite")
        val error = assertThrows<KernkrachtException.CorruptData> { Kernkracht.open(file.path, "en") }
        assertTrue(error.message!!.contains("left untouched"), error.message)
        assertEquals("definitely not SQLite", file.readText())

        val aside = moveDamagedDatabaseAside(file.path)
        assertEquals("definitely not SQLite", File(aside).readText())
        Kernkracht.open(file.path, "en").use { app -> assertNull(app.profile()) }
    }

    @Test
    fun `a backup round-trips and a bad one changes nothing`() {
        Kernkracht.open(File(dir, "a.db").path, "en").use { source ->
            source.completeOnboarding(dutchOnboarding(176.0))
            val backup = source.exportBackup()
            Kernkracht.open(File(dir, "b.db").path, "en").use { target ->
                target.importBackup(backup)
                assertEquals(source.profile(), target.profile())
                assertThrows<KernkrachtException.InvalidInput> { target.importBackup("{\"format\": \"kernkracht-backup\", \"version\": 99}") }
                assertEquals(source.profile(), target.profile())
            }
        }
    }
}
