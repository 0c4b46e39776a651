package app.kernkracht.app

import android.app.Activity
import android.content.pm.PackageManager
import kotlinx.coroutines.CompletableDeferred

/**
 * Runtime permissions as suspending calls: the system's dialog answers through the activity's
 * `onRequestPermissionsResult`, which hands the answer to [onResult].
 */
class PermissionRequests(private val activity: Activity) {
    private val waiting = mutableMapOf<Int, CompletableDeferred<Boolean>>()
    private var nextCode = FIRST_CODE

    /** Asks for those of [permissions] not granted yet; true when all of them are granted. */
    suspend fun request(permissions: List<String>): Boolean {
        val missing = permissions.filter { activity.checkSelfPermission(it) != PackageManager.PERMISSION_GRANTED }
        if (missing.isEmpty()) return true
        val answer = CompletableDeferred<Boolean>()
        val code = nextCode++
        waiting[code] = answer
        activity.requestPermissions(missing.toTypedArray(), code)
        return answer.await()
    }

    /** The system's answer; an empty one means the dialog was dismissed, which grants nothing. */
    fun onResult(requestCode: Int, grantResults: IntArray) {
        val granted = grantResults.isNotEmpty() && grantResults.all { it == PackageManager.PERMISSION_GRANTED }
        waiting.remove(requestCode)?.complete(granted)
    }

    private companion object {
        /** Request codes of this class; other requests of the activity use lower ones. */
        const val FIRST_CODE = 0x4B00
    }
}
