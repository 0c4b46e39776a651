package app.kernkracht.app

import android.os.Vibrator
import android.speech.tts.TextToSpeech
import app.kernkracht.core.CueEffect
import app.kernkracht.core.Language
import app.kernkracht.core.Sound
import app.kernkracht.core.Vibration
import app.kernkracht.core.onboard
import app.kernkracht.core.runToEnd
import java.util.Locale
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowTextToSpeech
import org.robolectric.shadows.ShadowToneGenerator

/** The cues of a real session, as the core gives them, spoken, played and felt. */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class CuePlayerTest {
    private val app = testApp()

    /** Every cue of today's whole session, in Dutch (the onboarding's language). */
    private val cues: List<CueEffect> by lazy {
        app.core.onboard()
        app.core.startGuidedSession().use { it.runToEnd(app.clock).cues }
    }

    /** The player's speech engine, started as the system would start it. */
    private fun startedSpeech(): ShadowTextToSpeech {
        val speech = shadowOf(ShadowTextToSpeech.getLastTextToSpeechInstance())
        speech.onInitListener.onInit(TextToSpeech.SUCCESS)
        return speech
    }

    @Test
    fun everyCueIsSpokenInTheAppsLanguage() {
        val player = CuePlayer(app, Language.NL)
        val speech = startedSpeech()

        cues.forEach(player::play)

        assertEquals(Locale.forLanguageTag("nl"), speech.currentLanguage)
        assertTrue("the session has cues to speak", cues.size > 10)
        assertEquals(cues.map { it.speech }.filter { it.isNotBlank() }, speech.spokenTextList)
    }

    @Test
    fun everyCueWithASoundPlaysATone() {
        val player = CuePlayer(app, Language.NL)

        cues.forEach(player::play)

        val withSound = cues.filter { it.sound != Sound.NONE }
        assertTrue("the session has sounds", withSound.isNotEmpty())
        assertEquals(withSound.map { it.sound.tone()!!.type }, ShadowToneGenerator.getPlayedTones().map { it.type() })
    }

    @Test
    fun aCueWithAVibrationIsFelt() {
        val player = CuePlayer(app, Language.NL)
        val vibrating = cues.first { it.vibration != Vibration.NONE }

        player.play(vibrating)

        assertTrue(shadowOf(app.getSystemService(Vibrator::class.java)).isVibrating)
    }

    @Test
    fun aDroppableCueIsCutByTheNextOneButOthersWaitTheirTurn() {
        val player = CuePlayer(app, Language.NL)
        val speech = startedSpeech()
        val droppable = cues.first { it.droppable && it.speech.isNotBlank() }
        val kept = cues.first { !it.droppable && it.speech.isNotBlank() }

        player.play(droppable)
        player.play(kept)
        assertEquals("a droppable cue waiting is cut", TextToSpeech.QUEUE_FLUSH, speech.queueMode)

        player.play(droppable)
        assertEquals("a cue that is not droppable is never cut", TextToSpeech.QUEUE_ADD, speech.queueMode)
    }

    @Test
    fun closingThePlayerStopsTheSpeechEngine() {
        val player = CuePlayer(app, Language.EN)
        val speech = startedSpeech()

        player.close()

        assertTrue(speech.isShutdown)
    }
}
