package app.kernkracht.app

import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContract
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * A system dialog (a permission request, the offer to switch Bluetooth on) as a suspending
 * call, through the Activity Result API. Made with the activity, before it starts, as the API
 * asks; one dialog of a kind at a time: a second call waits for the first one's answer. An
 * answer that reaches an activity made anew (the phone was turned meanwhile) finds no caller:
 * the screen that asked went with the old activity, and the user asks again.
 */
class SystemDialog<I, O>(activity: ComponentActivity, contract: ActivityResultContract<I, O>) {
    private val turn = Mutex()
    private var answer: CompletableDeferred<O>? = null
    private val launcher = activity.registerForActivityResult(contract) { result -> answer?.complete(result) }

    /** Shows the dialog for [input] and returns the user's answer. */
    suspend fun ask(input: I): O = turn.withLock {
        val waiting = CompletableDeferred<O>()
        answer = waiting
        launcher.launch(input)
        waiting.await()
    }
}
