import AudioToolbox
import AVFoundation
import UIKit

/// Carries out the core's cues: speaks the words in the app's language, plays the tone and
/// vibrates. The audio session is `.ambient`: it mixes with the user's music and obeys the
/// silent switch, which is iOS's "sound off", so then only the cues with a vibration are
/// felt, as the core's cues are designed. Ducking the music would need `.playback`, which
/// ignores the silent switch.
@MainActor
final class CuePlayer {
    private let synthesizer = AVSpeechSynthesizer()
    private let voice: AVSpeechSynthesisVoice?
    private let notice = UINotificationFeedbackGenerator()
    private let tap = UIImpactFeedbackGenerator(style: .medium)
    /// Whether the utterance being spoken may be cut off by the next cue.
    private var speakingDroppable = false

    init(language: Language) {
        voice = AVSpeechSynthesisVoice(language: language.code)
        try? AVAudioSession.sharedInstance().setCategory(.ambient, mode: .voicePrompt)
        notice.prepare()
        tap.prepare()
    }

    func play(_ cue: CueEffect) {
        vibrate(cue.vibration)
        if let tone = Self.tone(cue.sound) {
            AudioServicesPlaySystemSound(tone)
        }
        guard !cue.speech.isEmpty else { return }
        // A repetition number still being spoken is worth less than the cue after it.
        if speakingDroppable && synthesizer.isSpeaking {
            synthesizer.stopSpeaking(at: .word)
        }
        let utterance = AVSpeechUtterance(string: cue.speech)
        utterance.voice = voice
        speakingDroppable = cue.droppable
        synthesizer.speak(utterance)
    }

    /// Lets go of the audio session so other apps' audio returns to full volume.
    func finish() {
        synthesizer.stopSpeaking(at: .immediate)
        try? AVAudioSession.sharedInstance().setActive(false, options: .notifyOthersOnDeactivation)
    }

    private func vibrate(_ vibration: Vibration) {
        switch vibration {
        case .none: break
        case .short: tap.impactOccurred()
        case .doubleShort: notice.notificationOccurred(.warning)
        case .long: AudioServicesPlaySystemSound(kSystemSoundID_Vibrate)
        }
    }

    /// The system sounds closest to the core's tones: short and soft for ticks and chimes,
    /// rising ones for a finished exercise or session.
    private static func tone(_ sound: Sound) -> SystemSoundID? {
        switch sound {
        case .none: return nil
        case .softChime: return 1013
        case .tick: return 1104
        case .longBeep: return 1005
        case .softBeep: return 1103
        case .doubleBeep: return 1111
        case .lowTone: return 1105
        case .risingTwoTone: return 1113
        case .risingThreeTone: return 1025
        }
    }
}
