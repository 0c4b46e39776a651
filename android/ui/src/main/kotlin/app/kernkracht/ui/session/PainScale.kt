package app.kernkracht.ui.session

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.kernkracht.core.PainPrompt
import app.kernkracht.ui.components.Section
import app.kernkracht.ui.components.TouchTarget

/**
 * The pain question as one large button per score, from the prompt's min to its max: a tap
 * answers, no slider to drag with a sore back. Each button says what its end means. The
 * question is left out when the page's title already asks it.
 */
@Composable
fun PainScale(prompt: PainPrompt, showQuestion: Boolean, onScore: (Int) -> Unit) {
    val scores = (prompt.min.toInt()..prompt.max.toInt()).toList()
    Section(title = prompt.question.takeIf { showQuestion }) {
        scores.chunked(6).forEach { row ->
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(6.dp)) {
                row.forEach { score ->
                    val meaning = when (score) {
                        prompt.min.toInt() -> "$score, ${prompt.minLabel}"
                        prompt.max.toInt() -> "$score, ${prompt.maxLabel}"
                        else -> "$score"
                    }
                    FilledTonalButton(
                        onClick = { onScore(score) },
                        modifier = Modifier.weight(1f).heightIn(min = TouchTarget).semantics { contentDescription = meaning },
                        contentPadding = PaddingValues(0.dp)
                    ) { Text("$score", style = MaterialTheme.typography.titleMedium, maxLines = 1, softWrap = false) }
                }
                repeat(6 - row.size) { Column(Modifier.weight(1f)) {} }
            }
        }
        Row(Modifier.fillMaxWidth().padding(top = 4.dp), horizontalArrangement = Arrangement.SpaceBetween) {
            Text("${prompt.min} = ${prompt.minLabel}", style = MaterialTheme.typography.bodyMedium)
            Text("${prompt.max} = ${prompt.maxLabel}", style = MaterialTheme.typography.bodyMedium)
        }
    }
}
