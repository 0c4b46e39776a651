package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Browsing the catalogue from Kotlin through the generated bindings. */
class CatalogueTest {
    private val english = Catalogue("en-GB")
    private val dutch = Catalogue("nl-BE")

    @Test
    fun `lists every exercise in the chosen language`() {
        assertEquals(Language.EN, english.language())
        assertEquals(Language.NL, dutch.language())
        val all = dutch.exercises(ExerciseFilter())
        assertEquals(95, all.size)
        val plank = all.first { it.id == "abdominal-plank-two-legs" }
        assertEquals("Buikplank op twee benen", plank.name)
        assertEquals("000_2ed1d70e49eff7ef.txt", plank.source)
        assertEquals(3u, plank.dosage.sets)
        assertEquals(30u, plank.dosage.holdSeconds?.min)
    }

    @Test
    fun `filters by category and cuff`() {
        val cuff = english.exercises(ExerciseFilter(needsCuff = true))
        assertEquals(10, cuff.size)
        assertTrue(cuff.all { it.category == Category.PRESSURE_BIOFEEDBACK && it.pbu != null })
        val stretches = english.exercises(ExerciseFilter(category = Category.STRETCH, acutePhase = true))
        assertTrue(stretches.isNotEmpty())
        assertTrue(stretches.all { it.category == Category.STRETCH && !it.afterAcuteOnly })
    }

    @Test
    fun `fetches one exercise with its pressure targets`() {
        val proneDrawIn = english.exercise("pbu-prone-draw-in")
        val pbu = proneDrawIn.pbu!!
        assertEquals(70u, pbu.startMmhg)
        val goal = pbu.goal as PbuGoal.Drop
        assertEquals(10u, goal.dropMmhg)
        assertEquals(6u, goal.bandMinMmhg)
        assertEquals(12u, goal.bandMaxMmhg)
        assertTrue(proneDrawIn.steps.isNotEmpty())
    }

    @Test
    fun `an unknown id is a NotFound error`() {
        val error = assertThrows<KernkrachtException.NotFound> { english.exercise("moonwalk") }
        assertEquals("no exercise has the id 'moonwalk'", error.message)
    }

    @Test
    fun `advice by topic`() {
        val ball = english.advice(AdviceTopic.BALL)
        assertTrue(ball.any { it.id == "ball-size" && it.points.any { p -> p.contains("65 cm") } })
    }
}
