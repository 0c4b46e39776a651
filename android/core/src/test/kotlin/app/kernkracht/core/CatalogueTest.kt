package app.kernkracht.core

import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * The catalogue from Kotlin: every exercise comes with its labels already worded in the
 * reader's language, so the shell never maps an enum to text itself.
 */
class CatalogueTest {
    private val dutch = Catalogue(Language.NL)
    private val english = Catalogue(Language.EN)

    @AfterEach
    fun close() {
        dutch.close()
        english.close()
    }

    @Test
    fun `every exercise has its labels and dosage summary`() {
        val all = dutch.exercises(ExerciseFilter())
        assertEquals(96, all.size)
        for (e in all) {
            val labels = listOf(e.name, e.categoryLabel, e.positionLabel, e.levelLabel, e.painRuleText, e.dosageSummary)
            assertTrue(labels.all { it.isNotBlank() }, "${e.id}: $labels")
            assertTrue(e.equipment.all { it.label.isNotBlank() }, e.id)
            assertTrue(e.steps.isNotEmpty(), e.id)
        }
    }

    @Test
    fun `the same exercise reads in Dutch and in English`() {
        val nl = dutch.exercise("abdominal-plank-two-legs")
        val en = english.exercise("abdominal-plank-two-legs")
        assertEquals("Buikplank op twee benen", nl.name)
        assertEquals("000_2ed1d70e49eff7ef.txt", nl.source)
        assertEquals(nl.dosage, en.dosage, "the numbers do not depend on the language")
        assertEquals(Category.STABILISATION, nl.category)
        assertEquals("stabilisatie", nl.categoryLabel)
        assertEquals("stabilisation", en.categoryLabel)
        assertNotEquals(nl.name, en.name)
        assertNotEquals(nl.positionLabel, en.positionLabel)
        assertNotEquals(nl.dosageSummary, en.dosageSummary)
        assertTrue(nl.dosageSummary.startsWith("3 × "), nl.dosageSummary)
    }

    @Test
    fun `cuff exercises carry their pressure target`() {
        val cuff = english.exercises(ExerciseFilter(needsCuff = true))
        assertEquals(10, cuff.size)
        assertTrue(cuff.all { it.category == Category.PRESSURE_BIOFEEDBACK && it.pbu != null })
        val pbu = requireNotNull(dutch.exercise("pbu-prone-draw-in").pbu)
        assertEquals(70u, pbu.startMmhg)
        assertEquals(PbuGoal.Drop(dropMmhg = 10u, bandMinMmhg = 6u, bandMaxMmhg = 12u), pbu.goal)
        assertTrue(pbu.placement.isNotBlank())
        val labels = dutch.exercise("pbu-prone-draw-in").equipment.map { it.label }
        assertTrue(labels.any { "manchet" in it }, "$labels")
    }

    @Test
    fun `filters leave out what the user may not do yet`() {
        val stretches = english.exercises(ExerciseFilter(category = Category.STRETCH, acutePhase = true))
        assertTrue(stretches.isNotEmpty())
        assertTrue(stretches.all { it.category == Category.STRETCH && !it.afterAcuteOnly })
    }

    @Test
    fun `an unknown id is NotFound, worded in the catalogue's language`() {
        val nl = assertThrows<KernkrachtException.NotFound> { dutch.exercise("moonwalk") }
        assertEquals("Er bestaat geen oefening met de code 'moonwalk'.", nl.message)
        val en = assertThrows<KernkrachtException.NotFound> { english.exercise("moonwalk") }
        assertEquals("no exercise has the id 'moonwalk'", en.message)
    }

    @Test
    fun `advice and leaflets are in the reader's language`() {
        val ball = english.advice(AdviceTopic.BALL)
        assertTrue(ball.any { it.id == "ball-size" && it.points.any { p -> "65 cm" in p } })
        assertEquals(5, dutch.leaflets().size)
        assertNotEquals(dutch.leaflets().map { it.title }, english.leaflets().map { it.title })
    }
}
