package app.kernkracht.app

import android.Manifest
import android.app.Activity
import android.bluetooth.BluetoothAdapter
import android.bluetooth.BluetoothManager
import android.content.Intent
import android.os.Build
import app.kernkracht.core.BluetoothRefusal
import kotlinx.coroutines.CompletableDeferred

/**
 * What the phone says before a search for the cuff: whether it has Bluetooth, whether the
 * user allows the app to use it (asked here, the first time the user searches, as the
 * system's dialog), and whether it is switched on (if not, the system's dialog offers to
 * switch it on). A refusal goes to the core, which words the pairing screen.
 */
class BluetoothAccess(private val activity: Activity, private val permissions: PermissionRequests) {
    private var switchingOn: CompletableDeferred<Boolean>? = null

    /** Null when a search can start, else the first refusal met. */
    suspend fun check(): BluetoothRefusal? {
        val adapter = activity.getSystemService(BluetoothManager::class.java)?.adapter
            ?: return BluetoothRefusal.NO_ADAPTER
        if (!permissions.request(required())) return BluetoothRefusal.PERMISSION_DENIED
        return if (isOn(adapter) || askToSwitchOn()) null else BluetoothRefusal.ADAPTER_OFF
    }

    /** The answer of the system's switch-on dialog; false when the request was not this one. */
    fun onResult(requestCode: Int, resultCode: Int): Boolean {
        if (requestCode != SWITCH_ON) return false
        switchingOn?.complete(resultCode == Activity.RESULT_OK)
        switchingOn = null
        return true
    }

    // Both need BLUETOOTH_CONNECT from Android 12, granted just before in check(); before
    // Android 12 the install-time BLUETOOTH permission.
    @Suppress("MissingPermission")
    private fun isOn(adapter: BluetoothAdapter): Boolean = adapter.isEnabled

    @Suppress("MissingPermission")
    private suspend fun askToSwitchOn(): Boolean {
        val answer = CompletableDeferred<Boolean>()
        switchingOn = answer
        activity.startActivityForResult(Intent(BluetoothAdapter.ACTION_REQUEST_ENABLE), SWITCH_ON)
        return answer.await()
    }

    /** A scan needs these; up to Android 11 it needed location, which the app never uses otherwise. */
    private fun required(): List<String> = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
        listOf(Manifest.permission.BLUETOOTH_SCAN, Manifest.permission.BLUETOOTH_CONNECT)
    } else {
        listOf(Manifest.permission.ACCESS_FINE_LOCATION)
    }

    private companion object {
        /** Apart from BackupDocuments' request codes. */
        const val SWITCH_ON = 0x4B20
    }
}
