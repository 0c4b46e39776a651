package app.kernkracht.app

import android.Manifest
import android.bluetooth.BluetoothManager
import android.content.Context
import android.os.Build
import app.kernkracht.core.BluetoothRefusal

/**
 * What the phone says before a search for the cuff: whether it has Bluetooth, whether the
 * user allows the app to use it (asked here, the first time the user searches, as the
 * system's dialog), and whether it is switched on. The answer goes to the core, which words
 * the pairing screen.
 */
class BluetoothAccess(private val context: Context, private val permissions: PermissionRequests) {
    /** Null when a search can start, else the first refusal met. */
    suspend fun check(): BluetoothRefusal? {
        val adapter = context.getSystemService(BluetoothManager::class.java)?.adapter
            ?: return BluetoothRefusal.NO_ADAPTER
        if (!permissions.request(required())) return BluetoothRefusal.PERMISSION_DENIED
        // Granted just above: from Android 12 BLUETOOTH_CONNECT, before it the install-time BLUETOOTH.
        @Suppress("MissingPermission")
        val enabled = adapter.isEnabled
        return if (enabled) null else BluetoothRefusal.ADAPTER_OFF
    }

    /** A scan needs these; up to Android 11 it needed location, which the app never uses otherwise. */
    private fun required(): List<String> = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
        listOf(Manifest.permission.BLUETOOTH_SCAN, Manifest.permission.BLUETOOTH_CONNECT)
    } else {
        listOf(Manifest.permission.ACCESS_FINE_LOCATION)
    }
}
