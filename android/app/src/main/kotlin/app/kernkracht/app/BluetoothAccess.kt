package app.kernkracht.app

import android.Manifest
import android.app.Activity
import android.bluetooth.BluetoothAdapter
import android.bluetooth.BluetoothManager
import android.content.Intent
import android.os.Build
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import app.kernkracht.core.BluetoothRefusal

/**
 * What the phone says before a search for the cuff: whether it has Bluetooth, whether the
 * user allows the app to use it (asked here, the first time the user searches, as the
 * system's dialog), and whether it is switched on (if not, the system's dialog offers to
 * switch it on). A refusal goes to the core, which words the pairing screen.
 */
class BluetoothAccess(private val activity: ComponentActivity, private val permissions: PermissionRequests) {
    private val switchOn = SystemDialog(activity, ActivityResultContracts.StartActivityForResult())

    /** Null when a search can start, else the first refusal met. */
    suspend fun check(): BluetoothRefusal? {
        val adapter = activity.getSystemService(BluetoothManager::class.java)?.adapter
            ?: return BluetoothRefusal.NO_ADAPTER
        if (!permissions.request(required())) return BluetoothRefusal.PERMISSION_DENIED
        return if (isOn(adapter) || askToSwitchOn()) null else BluetoothRefusal.ADAPTER_OFF
    }

    // Both need BLUETOOTH_CONNECT from Android 12, granted just before in check(); before
    // Android 12 the install-time BLUETOOTH permission.
    @Suppress("MissingPermission")
    private fun isOn(adapter: BluetoothAdapter): Boolean = adapter.isEnabled

    @Suppress("MissingPermission")
    private suspend fun askToSwitchOn(): Boolean =
        switchOn.ask(Intent(BluetoothAdapter.ACTION_REQUEST_ENABLE)).resultCode == Activity.RESULT_OK

    /** A scan needs these; up to Android 11 it needed location, which the app never uses otherwise. */
    private fun required(): List<String> = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
        listOf(Manifest.permission.BLUETOOTH_SCAN, Manifest.permission.BLUETOOTH_CONNECT)
    } else {
        listOf(Manifest.permission.ACCESS_FINE_LOCATION)
    }
}
