package app.kernkracht.app

import android.content.pm.PackageManager
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts

/** Runtime permissions as a suspending call: the system's dialog, through [SystemDialog]. */
class PermissionRequests(private val activity: ComponentActivity) {
    private val dialog = SystemDialog(activity, ActivityResultContracts.RequestMultiplePermissions())

    /**
     * Asks for those of [permissions] not granted yet; true when all of them are granted. A
     * dismissed dialog answers nothing, which grants nothing.
     */
    suspend fun request(permissions: List<String>): Boolean {
        val missing = permissions.filter { activity.checkSelfPermission(it) != PackageManager.PERMISSION_GRANTED }
        if (missing.isEmpty()) return true
        val granted = dialog.ask(missing.toTypedArray())
        return missing.all { granted[it] == true }
    }
}
