package app.kernkracht.app

import android.Manifest
import android.app.Activity
import android.bluetooth.BluetoothAdapter
import android.bluetooth.BluetoothManager
import app.kernkracht.core.PairingState
import app.kernkracht.core.presenter.PairingEvent
import app.kernkracht.core.presenter.PairingPresenter
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/**
 * A search for the cuff on a phone that refuses Bluetooth: the refusal reaches the real core,
 * and the pairing screen shows the core's state and words (Dutch, the device's language).
 */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class, qualifiers = "nl")
class BluetoothAccessTest {
    private val app = testApp()
    private val scope = MainScope()
    private val adapter = app.getSystemService(BluetoothManager::class.java).adapter
    private lateinit var activity: MainActivity
    private lateinit var pairing: PairingPresenter

    @Before
    fun openThePairingScreen() {
        activity = launchMainActivity()
        pairing = PairingPresenter(app.service, scope, searchMs = 300u, access = activity.bluetooth::check)
        idleMainThread()
    }

    @After
    fun endScope() = scope.cancel()

    @Test
    fun aDeniedPermissionShowsTheCoresPermissionState() {
        shadowOf(adapter).setEnabled(true)

        pairing.onEvent(PairingEvent.Search)
        idleMainThread()
        val asked = shadowOf(activity).lastRequestedPermission
        assertEquals(
            listOf(Manifest.permission.BLUETOOTH_SCAN, Manifest.permission.BLUETOOTH_CONNECT),
            asked.requestedPermissions.toList()
        )
        activity.answerPermissions(granted = false)

        val screen = pairing.state.value.screen!!
        assertEquals(PairingState.PERMISSION_DENIED, screen.state)
        assertEquals("De app mag Bluetooth niet gebruiken: geef toestemming in de instellingen.", screen.status)
    }

    @Test
    fun aDismissedDialogCountsAsDenied() {
        pairing.onEvent(PairingEvent.Search)
        idleMainThread()
        activity.dismissPermissions()

        assertEquals(PairingState.PERMISSION_DENIED, pairing.state.value.screen!!.state)
    }

    @Test
    fun bluetoothLeftOffShowsTheCoresOffState() {
        allowBluetooth()
        shadowOf(adapter).setEnabled(false)

        pairing.onEvent(PairingEvent.Search)
        idleMainThread()
        assertNull("allowed already: no permission dialog", shadowOf(activity).lastRequestedPermission)
        val offer = shadowOf(activity).nextStartedActivityForResult.intent
        assertEquals("the system offers to switch it on", BluetoothAdapter.ACTION_REQUEST_ENABLE, offer.action)
        shadowOf(activity).receiveResult(offer, Activity.RESULT_CANCELED, null)
        idleMainThread()

        val screen = pairing.state.value.screen!!
        assertEquals(PairingState.BLUETOOTH_OFF, screen.state)
        assertEquals("Bluetooth staat uit: zet het aan en probeer opnieuw.", screen.status)
    }

    @Test
    fun bluetoothSwitchedOnFromTheOfferGoesOnToTheSearch() {
        allowBluetooth()
        shadowOf(adapter).setEnabled(false)

        pairing.onEvent(PairingEvent.Search)
        idleMainThread()
        shadowOf(activity).receiveResult(shadowOf(activity).nextStartedActivityForResult.intent, Activity.RESULT_OK, null)
        idleMainThread()

        // The scan runs on the core's own runtime in real time; whatever it finds here, it ran.
        val deadline = System.currentTimeMillis() + 20_000
        while (pairing.state.value.loading && System.currentTimeMillis() < deadline) {
            Thread.sleep(20)
            idleMainThread()
        }
        val searched = pairing.state.value.screen!!.state
        assertTrue("searched, not refused: $searched", searched !in setOf(PairingState.IDLE, PairingState.BLUETOOTH_OFF))
    }

    private fun allowBluetooth() = shadowOf(app).grantPermissions(Manifest.permission.BLUETOOTH_SCAN, Manifest.permission.BLUETOOTH_CONNECT)
}
