package app.kernkracht.core

import java.io.File
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Pairing from Kotlin on a machine without a usable Bluetooth adapter (the build machines):
 * every step reports a state the screen can show instead of crashing, a cuff that was not
 * found cannot be paired, and nothing streams before a cuff is paired.
 */
class BluetoothTest {
    @TempDir
    lateinit var dir: File

    private lateinit var app: TestApp
    private lateinit var pairing: CuffPairing

    @BeforeEach
    fun open() {
        app = TestApp(dir)
        pairing = app.core.cuffPairing()
    }

    @AfterEach
    fun close() {
        pairing.close()
        app.close()
    }

    @Test
    fun `the pairing screen starts idle, offering a search and the simulation`() {
        val screen = pairing.screen()
        assertEquals(PairingState.IDLE, screen.state)
        assertEquals("Zet je drukmanchet aan, leg hem naast je telefoon en zoek.", screen.status)
        assertTrue(screen.candidates.isEmpty())
        assertNull(screen.paired)
        assertEquals(listOf(PairingAction.SEARCH, PairingAction.TRY_SIMULATION), screen.actions)
    }

    @Test
    fun `a search without an adapter ends in a state the screen can show`() {
        val screen = runBlocking { withTimeout(30_000) { pairing.search(500u) } }
        assertNotEquals(PairingState.SEARCHING, screen.state, "the search ended")
        assertTrue(screen.status.isNotBlank())
        assertTrue(PairingAction.TRY_SIMULATION in screen.actions, "the simulation is always on offer")
        if (screen.state != PairingState.FOUND) assertTrue(screen.candidates.isEmpty(), "$screen")
        assertEquals(screen, pairing.screen(), "the screen remembers the outcome")
    }

    @Test
    fun `a cuff that was not found cannot be paired`() {
        val id = "hci0/dev_00_11_22_33_44_01"
        val error = assertThrows<KernkrachtException.NotFound> { pairing.pair(id) }
        assertEquals("Manchet '$id' zat niet bij de gevonden manchetten: zoek opnieuw.", error.message)
        assertNull(pairing.forget().paired, "forgetting nothing is harmless")
        assertEquals("Geen manchet gekoppeld", app.core.settingsScreen().cuffLabel)
    }

    @Test
    fun `nothing streams before a cuff is paired`() {
        val error = assertThrows<KernkrachtException.NotFound> { runBlocking { app.core.cuffEvents().first() } }
        assertEquals("Nog geen manchet gekoppeld: zoek er een en koppel hem eerst.", error.message)
    }
}
