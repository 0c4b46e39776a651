package app.kernkracht.ui.session

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.size
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.unit.dp
import app.kernkracht.core.TimerView
import app.kernkracht.ui.BigNumber

/**
 * The core's countdown as a ring that fills with [TimerView.fraction] around the time left.
 * TalkBack reads the label and the time; it is not a live region, so it does not talk over
 * the spoken cues every second.
 */
@Composable
fun CountdownRing(timer: TimerView, modifier: Modifier = Modifier) {
    val track = MaterialTheme.colorScheme.surfaceVariant
    val fill = MaterialTheme.colorScheme.primary
    Box(
        modifier.size(220.dp).clearAndSetSemantics { contentDescription = "${timer.label} ${timer.remainingLabel}" },
        contentAlignment = Alignment.Center
    ) {
        Canvas(Modifier.size(220.dp)) {
            val stroke = Stroke(width = 18.dp.toPx(), cap = StrokeCap.Round)
            val inset = stroke.width / 2
            val arcSize = Size(size.width - stroke.width, size.height - stroke.width)
            val topLeft = Offset(inset, inset)
            drawArc(track, 0f, 360f, false, topLeft, arcSize, style = stroke)
            drawArc(fill, -90f, 360f * timer.fraction.toFloat(), false, topLeft, arcSize, style = stroke)
        }
        Column(horizontalAlignment = Alignment.CenterHorizontally) {
            Text(timer.remainingLabel, style = BigNumber)
            Text(timer.label, style = MaterialTheme.typography.titleMedium)
        }
    }
}
