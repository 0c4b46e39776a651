package app.kernkracht.app

import android.media.ToneGenerator
import android.os.VibrationEffect
import app.kernkracht.core.Sound
import app.kernkracht.core.Vibration

/** A tone of the system's tone generator, for [durationMs]. */
internal data class Tone(val type: Int, val durationMs: Int)

/**
 * How this phone plays the sound the core chose for a cue: with the system's tone generator,
 * so the app ships no audio files. Short and light tones count; long and low ones mark the
 * end of a hold or a rest.
 */
internal fun Sound.tone(): Tone? = when (this) {
    Sound.NONE -> null
    Sound.TICK -> Tone(ToneGenerator.TONE_PROP_BEEP, 60)
    Sound.SOFT_BEEP -> Tone(ToneGenerator.TONE_PROP_BEEP, 150)
    Sound.SOFT_CHIME -> Tone(ToneGenerator.TONE_PROP_ACK, 300)
    Sound.DOUBLE_BEEP -> Tone(ToneGenerator.TONE_PROP_BEEP2, 300)
    Sound.LONG_BEEP -> Tone(ToneGenerator.TONE_DTMF_1, 700)
    Sound.LOW_TONE -> Tone(ToneGenerator.TONE_SUP_DIAL, 400)
    Sound.RISING_TWO_TONE -> Tone(ToneGenerator.TONE_PROP_PROMPT, 400)
    Sound.RISING_THREE_TONE -> Tone(ToneGenerator.TONE_CDMA_ALERT_INCALL_LITE, 600)
}

/** The vibration the core chose for a cue, as this phone's vibrator plays it. */
internal fun Vibration.effect(): VibrationEffect? = when (this) {
    Vibration.NONE -> null
    Vibration.SHORT -> VibrationEffect.createOneShot(SHORT_MS, VibrationEffect.DEFAULT_AMPLITUDE)
    Vibration.DOUBLE_SHORT -> VibrationEffect.createWaveform(longArrayOf(0, SHORT_MS, GAP_MS, SHORT_MS), NO_REPEAT)
    Vibration.LONG -> VibrationEffect.createOneShot(LONG_MS, VibrationEffect.DEFAULT_AMPLITUDE)
}

private const val SHORT_MS = 80L
private const val GAP_MS = 120L
private const val LONG_MS = 500L
private const val NO_REPEAT = -1
