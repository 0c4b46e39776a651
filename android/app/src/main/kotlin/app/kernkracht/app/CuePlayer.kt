package app.kernkracht.app

import android.content.Context
import android.media.AudioManager
import android.media.ToneGenerator
import android.os.Vibrator
import android.speech.tts.TextToSpeech
import android.speech.tts.UtteranceProgressListener
import app.kernkracht.core.CueEffect
import app.kernkracht.core.Language
import java.util.Locale

/**
 * Carries out the core's cues during a session, as the patient lies on the floor away from
 * the screen: speaks the core's words with the phone's text-to-speech in the app's
 * [language], plays the cue's tone and vibrates. What is said, and when, is the core's.
 *
 * A cue the core marks droppable (a repetition number, a breathing reminder) is cut short
 * when the next cue comes before it was spoken, so speech never falls behind the exercise;
 * any other cue waits its turn.
 */
class CuePlayer(context: Context, private val language: Language) : AutoCloseable {
    private val tones = ToneGenerator(AudioManager.STREAM_MUSIC, TONE_VOLUME)
    private val vibrator = context.getSystemService(Vibrator::class.java)

    /** Utterances queued and not yet spoken, each with whether it may be dropped. */
    private val queued = mutableMapOf<String, Boolean>()
    private var nextId = 0
    private val speech = TextToSpeech(context.applicationContext) { status ->
        if (status == TextToSpeech.SUCCESS) useLanguage()
    }.apply { setOnUtteranceProgressListener(Progress()) }

    fun play(cue: CueEffect) {
        cue.sound.tone()?.let { tones.startTone(it.type, it.durationMs) }
        cue.vibration.effect()?.let { vibrator?.vibrate(it) }
        if (cue.speech.isNotBlank()) speak(cue)
    }

    private fun speak(cue: CueEffect) {
        val (utterance, mode) = synchronized(queued) {
            // Only droppable words (or none) still waiting: the new cue may cut them.
            val mode = if (queued.values.all { it }) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD
            if (mode == TextToSpeech.QUEUE_FLUSH) queued.clear()
            val utterance = "cue-${nextId++}"
            queued[utterance] = cue.droppable
            utterance to mode
        }
        speech.speak(cue.speech, mode, null, utterance)
    }

    private fun useLanguage() {
        speech.language = when (language) {
            Language.NL -> Locale.forLanguageTag("nl")
            Language.EN -> Locale.forLanguageTag("en")
        }
    }

    override fun close() {
        speech.shutdown()
        tones.release()
        vibrator?.cancel()
    }

    /** Called on the speech engine's thread as each utterance ends. */
    private inner class Progress : UtteranceProgressListener() {
        override fun onStart(utteranceId: String) = Unit

        override fun onDone(utteranceId: String) {
            synchronized(queued) { queued.remove(utteranceId) }
        }

        @Deprecated("Deprecated in Java")
        override fun onError(utteranceId: String) {
            onDone(utteranceId)
        }
    }

    private companion object {
        /** Loud enough to hear from the floor, below the spoken words. */
        const val TONE_VOLUME = 80
    }
}
