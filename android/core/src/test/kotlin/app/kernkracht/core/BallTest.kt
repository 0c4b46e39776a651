package app.kernkracht.core

import java.io.File
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.CsvSource

/**
 * Ball sizing as the user meets it: the height typed on onboarding's height step, and the
 * ball the step shows. The boundaries are leaflet 000's (under 1,68 m: 55 cm; up to and
 * including 1,88 m: 65 cm; taller: 75 cm).
 */
class BallTest {
    @TempDir
    lateinit var dir: File

    private lateinit var app: TestApp
    private lateinit var flow: OnboardingFlow

    @BeforeEach
    fun openHeightStep() {
        app = TestApp(dir)
        flow = app.core.startOnboarding()
        flow.nextTo(OnboardingStep.HEIGHT)
    }

    @AfterEach
    fun close() {
        flow.close()
        app.close()
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} cm ball")
    @CsvSource(
        "167.9, 55",
        "'167,9', 55",
        "168, 65",
        "188, 65",
        "188 cm, 65",
        "188.1, 75"
    )
    fun `the ball follows leaflet 000 at the band boundaries`(typed: String, diameterCm: Int) {
        val screen = flow.enterHeight(typed)
        assertEquals(diameterCm.toUInt(), screen.height.ball?.diameterCm, "$typed cm")
        assertEquals("Bal van $diameterCm cm", screen.height.ball?.label)
        assertNull(screen.height.error)
        assertTrue(screen.canGoNext)
    }

    @Test
    fun `the reason names the band in Dutch metres`() {
        val ball = requireNotNull(flow.enterHeight("180").height.ball)
        assertEquals("Bij een lengte van 1,68 m tot en met 1,88 m past een bal van 65 cm.", ball.reason)
    }

    @Test
    fun `a height in metres is refused with a hint in Dutch and the step stays`() {
        val screen = flow.enterHeight("1,80")
        assertEquals("1,8 lijkt een lengte in meter: vul je lengte in centimeter in, bv. 180", screen.height.error)
        assertEquals("1,80", screen.height.text, "the wrong entry stays visible")
        assertNull(screen.height.ball)
        assertFalse(screen.canGoNext)
        assertEquals(OnboardingStep.HEIGHT, flow.next().step)
    }

    @Test
    fun `the same hint follows the language chosen in the flow`() {
        flow.chooseLanguage(Language.EN)
        val screen = flow.enterHeight("1,80")
        assertEquals("1.8 looks like a height in metres: enter it in centimetres, e.g. 180", screen.height.error)
    }

    @Test
    fun `nothing typed yet is incomplete but not an error`() {
        val screen = flow.screen()
        assertNull(screen.height.error)
        assertFalse(screen.canGoNext)
        assertTrue(screen.problem!!.isNotBlank())
    }
}
