package app.kernkracht.ui.history

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.size
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.unit.dp
import app.kernkracht.core.ChartSeries

/**
 * Series drawn as the core gives them: x is the point's position, y within the series' own
 * range. TalkBack reads each series' points as "label: value" instead of the picture.
 */
@Composable
fun LineChart(series: List<ChartSeries>, modifier: Modifier = Modifier) {
    if (series.isEmpty()) return
    val palette = listOf(MaterialTheme.colorScheme.primary, MaterialTheme.colorScheme.tertiary)
    val grid = MaterialTheme.colorScheme.outline
    val spoken = series.joinToString(". ") { s -> s.name + ": " + s.points.joinToString(", ") { "${it.xLabel} ${it.yLabel}" } }
    val maxX = series.flatMap { it.points }.maxOfOrNull { it.x }?.coerceAtLeast(1.0) ?: 1.0
    Column(modifier.fillMaxWidth().clearAndSetSemantics { contentDescription = spoken }) {
        Canvas(Modifier.fillMaxWidth().height(160.dp)) {
            drawLine(grid, Offset(0f, size.height), Offset(size.width, size.height), 2f)
            drawLine(grid, Offset(0f, 0f), Offset(0f, size.height), 2f)
            series.forEachIndexed { index, s ->
                val color = palette[index % palette.size]
                val span = (s.yMax - s.yMin).takeIf { it > 0 } ?: 1.0
                // Room at both ends, so a lone first point does not sit on the axis.
                val pad = 16.dp.toPx()
                val points = s.points.map {
                    Offset(pad + (it.x / maxX).toFloat() * (size.width - 2 * pad), size.height * (1 - ((it.y - s.yMin) / span).toFloat()))
                }
                val path = Path()
                points.forEachIndexed { i, p -> if (i == 0) path.moveTo(p.x, p.y) else path.lineTo(p.x, p.y) }
                drawPath(path, color, style = Stroke(width = 4.dp.toPx()))
                points.forEach { drawCircle(color, 6.dp.toPx(), it) }
            }
        }
        // One legend line a series, with its latest value: the number is what people look for.
        series.forEachIndexed { index, s ->
            val latest = s.points.lastOrNull()?.let { " · ${it.xLabel}: ${it.yLabel}" } ?: ""
            Legend("${s.name} (${s.unit})$latest", palette[index % palette.size])
        }
    }
}

@Composable
private fun Legend(label: String, color: Color) {
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(6.dp)) {
        Box(Modifier.size(14.dp).background(color))
        Text(label, style = MaterialTheme.typography.bodyMedium)
    }
}
