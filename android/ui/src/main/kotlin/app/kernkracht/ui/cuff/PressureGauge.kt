package app.kernkracht.ui.cuff

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.unit.dp
import app.kernkracht.core.BiofeedbackScreen
import kotlin.math.cos
import kotlin.math.sin

/** The gauge's sweep: a half circle, low pressure on the left. */
private const val START_DEGREES = 180f
private const val SWEEP_DEGREES = 180f

/**
 * The cuff pressure on a half-circle gauge: the core's scale, its target band shaded, a needle
 * at the pressure. Only drawing happens here: every number comes from [BiofeedbackScreen].
 */
@Composable
fun PressureGauge(screen: BiofeedbackScreen, modifier: Modifier = Modifier) {
    val colors = MaterialTheme.colorScheme
    val needleColor = if (screen.inBand) colors.primary else colors.tertiary
    val bandColor = colors.primary.copy(alpha = 0.45f)
    val spoken = listOfNotNull(screen.pressureLabel, screen.targetLabel).joinToString(", ")
    Canvas(modifier.fillMaxWidth().height(180.dp).clearAndSetSemantics { contentDescription = spoken }) {
        val span = (screen.scaleMaxMmhg - screen.scaleMinMmhg).takeIf { it > 0 } ?: 1.0
        fun angle(mmhg: Double): Float {
            val share = ((mmhg - screen.scaleMinMmhg) / span).coerceIn(0.0, 1.0)
            return START_DEGREES + SWEEP_DEGREES * share.toFloat()
        }
        val stroke = 28.dp.toPx()
        val radius = minOf(size.width / 2, size.height) - stroke / 2
        val center = Offset(size.width / 2, size.height - 4.dp.toPx())
        val topLeft = Offset(center.x - radius, center.y - radius)
        val arc = Size(radius * 2, radius * 2)
        drawArc(colors.surfaceVariant, START_DEGREES, SWEEP_DEGREES, false, topLeft, arc, style = Stroke(stroke))
        screen.band?.let { band ->
            // The band in a strong colour with edges, so it stands out from the track in
            // both themes and for colour-blind users (the edges, not only the hue).
            val from = angle(band.lowMmhg)
            val to = angle(band.highMmhg)
            drawArc(bandColor, from, to - from, false, topLeft, arc, style = Stroke(stroke))
            listOf(from, to).forEach { edge ->
                val radians = Math.toRadians(edge.toDouble())
                val inner = radius - stroke / 2 - 6.dp.toPx()
                val outer = radius + stroke / 2
                drawLine(
                    colors.onSurface,
                    Offset(center.x + (inner * cos(radians)).toFloat(), center.y + (inner * sin(radians)).toFloat()),
                    Offset(center.x + (outer * cos(radians)).toFloat(), center.y + (outer * sin(radians)).toFloat()),
                    strokeWidth = 3.dp.toPx()
                )
            }
        }
        screen.pressureMmhg?.let { mmhg ->
            val radians = Math.toRadians(angle(mmhg).toDouble())
            val tip = Offset(center.x + (radius * cos(radians)).toFloat(), center.y + (radius * sin(radians)).toFloat())
            drawLine(needleColor, center, tip, strokeWidth = 6.dp.toPx(), cap = StrokeCap.Round)
            drawCircle(needleColor, 10.dp.toPx(), center)
        }
    }
}
