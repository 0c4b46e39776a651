package app.kernkracht.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.CsvSource
import org.junit.jupiter.params.provider.ValueSource

/** Ball sizing through the generated bindings and the real Rust library. */
class BallTest {
    @ParameterizedTest(name = "{0} cm -> {1} cm ball")
    @CsvSource("100.0, 55", "167.9, 55", "168.0, 65", "180.0, 65", "188.0, 65", "188.1, 75", "250.0, 75")
    fun `sizes follow leaflet 000 at the boundaries`(heightCm: Double, diameterCm: Int) {
        assertEquals(diameterCm.toUInt(), recommendBall(heightCm).diameterCm)
    }

    @Test
    fun `the band explains the choice`() {
        val middle = recommendBall(180.0)
        assertEquals(HeightBand.FROM168_TO188, middle.band)
        assertEquals(168.0, middle.bandFromCm)
        assertEquals(188.0, middle.bandToCm)
        assertEquals(180.0, middle.heightCm)

        val short = recommendBall(150.0)
        assertEquals(HeightBand.UNDER168, short.band)
        assertNull(short.bandFromCm)

        val tall = recommendBall(195.0)
        assertEquals(HeightBand.OVER188, tall.band)
        assertNull(tall.bandToCm)
    }

    @Test
    fun `NaN is refused with a message a UI can show`() {
        val error = assertThrows<KernkrachtException.InvalidInput> { recommendBall(Double.NaN) }
        assertEquals("the height is not a number", error.message)
    }

    @Test
    fun `a height in metres is recognised`() {
        val error = assertThrows<KernkrachtException.InvalidInput> { recommendBall(1.8) }
        assertEquals("1.8 looks like a height in metres: enter it in centimetres, e.g. 180", error.message)
    }

    @ParameterizedTest
    @ValueSource(doubles = [Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -170.0, 0.0, 99.9, 250.1, 1.0e300])
    fun `implausible heights are errors, never crashes`(heightCm: Double) {
        assertThrows<KernkrachtException.InvalidInput> { recommendBall(heightCm) }
    }
}
