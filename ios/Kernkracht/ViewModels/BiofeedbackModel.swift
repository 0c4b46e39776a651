import Observation

/// Where the live gauge's readings come from.
enum CuffSource: Hashable {
    case paired
    case simulated
}

/// What the live gauge watches: the source, and the exercise the core names for practising
/// (the pairing screen's `practiceExerciseId`).
struct CuffWatch: Hashable {
    let source: CuffSource
    let exerciseId: String
}

/// Live biofeedback: each reading of the paired or the simulated cuff goes through the
/// core's engine, whose screen is the state. Readings are stamped on the app's clock; the
/// engine counts from the first one. Leaving the screen ends the stream, which stops the
/// cuff and releases its native handle.
@MainActor
@Observable
final class BiofeedbackModel {
    struct ViewState {
        var screen: BiofeedbackScreen?
        /// The cuff link's state.
        var link: LinkState?
        var error: String?
        /// The stream ended (the simulated set is over, or the cuff went away).
        var ended = false
    }

    enum Action {
        /// Start watching; the view runs it in its `.task`, which cancels it on leaving.
        case watch
    }

    private(set) var state = ViewState()
    private let core: CoreService
    private let watch: CuffWatch

    init(core: CoreService, watch: CuffWatch) {
        self.core = core
        self.watch = watch
    }

    /// Runs until the stream ends or the calling task is cancelled.
    func process(_ action: Action) async {
        defer { state.ended = true }
        let engine: BiofeedbackService
        do {
            engine = try await core.biofeedback(exerciseId: watch.exerciseId)
        } catch {
            state.error = error.coreMessage
            return
        }
        state.screen = engine.state()
        for await event in readings() {
            switch event {
            case .reading(let reading):
                state.screen = engine.push(reading)
            case .state(let link):
                state.link = link
            case .refused:
                break
            case .failed(let message):
                state.error = message
            }
        }
    }

    private func readings() -> AsyncStream<CuffEvent> {
        switch watch.source {
        case .paired: return core.pairedCuff()
        case .simulated: return core.simulatedCuff(exerciseId: watch.exerciseId, seed: UInt64.random(in: 0...UInt64.max))
        }
    }
}
