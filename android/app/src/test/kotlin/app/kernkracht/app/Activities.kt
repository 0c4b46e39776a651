package app.kernkracht.app

import android.content.pm.PackageManager
import android.os.Looper
import android.view.ViewGroup
import androidx.compose.ui.platform.ComposeView
import androidx.compose.ui.platform.ViewRootForTest
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import java.time.Duration
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf

/** The app's activity, created, started and resumed as the launcher would. */
fun launchMainActivity(): MainActivity {
    val activity = Robolectric.buildActivity(MainActivity::class.java).setup().get()
    idleMainThread()
    return activity
}

/**
 * Answers the permission dialog the activity showed last, as the system does: through the
 * framework's callback, which hands the answer to the Activity Result API.
 */
@Suppress("DEPRECATION")
fun MainActivity.answerPermissions(granted: Boolean) {
    val asked = shadowOf(this).lastRequestedPermission
    val answers = IntArray(asked.requestedPermissions.size) {
        if (granted) PackageManager.PERMISSION_GRANTED else PackageManager.PERMISSION_DENIED
    }
    onRequestPermissionsResult(asked.requestCode, asked.requestedPermissions, answers)
    idleMainThread()
}

/** Dismisses the permission dialog the activity showed last: no answer at all. */
@Suppress("DEPRECATION")
fun MainActivity.dismissPermissions() {
    onRequestPermissionsResult(shadowOf(this).lastRequestedPermission.requestCode, emptyArray(), IntArray(0))
    idleMainThread()
}

/** Runs everything posted to the main thread so far, as the looper would between frames. */
fun idleMainThread() = shadowOf(Looper.getMainLooper()).idle()

/** Lets a few frames pass, so Compose recomposes, lays out and draws what changed. */
fun settleFrames() = shadowOf(Looper.getMainLooper()).idleFor(Duration.ofMillis(FRAMES_MS))

/** The Compose view that is the activity's content, if it shows one. */
fun MainActivity.composeView(): ComposeView? = findViewById<ViewGroup>(android.R.id.content).getChildAt(0) as? ComposeView

/**
 * Every text on the screen, read from Compose's semantics tree as accessibility services and
 * Compose's own test rules read it (their `ui-test-junit4` is not on Maven Central).
 */
fun MainActivity.shownTexts(): List<String> = screenNodes().flatMap { node ->
    node.config.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }
}

/** Taps the clickable element that shows [text], as a finger would. */
fun MainActivity.tap(text: String) {
    val target = screenNodes().firstOrNull { node ->
        node.config.getOrNull(SemanticsActions.OnClick) != null &&
            node.config.getOrNull(SemanticsProperties.Text).orEmpty().any { it.text == text }
    } ?: throw AssertionError("nothing to tap shows \"$text\"; the screen shows ${shownTexts()}")
    checkNotNull(target.config[SemanticsActions.OnClick].action).invoke()
    settleFrames()
}

/** The screen's elements, with the texts of each clickable element merged into it. */
private fun MainActivity.screenNodes(): List<SemanticsNode> {
    val root = checkNotNull(composeView()).getChildAt(0) as ViewRootForTest
    return generateSequence(listOf(root.semanticsOwner.rootSemanticsNode)) { level -> level.flatMap { it.children }.ifEmpty { null } }
        .flatten()
        .toList()
}

private const val FRAMES_MS = 200L
