import Observation

/// Where the live gauge's readings come from.
enum CuffSource: Hashable {
    case paired
    case simulated
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

    /// The exercise practised outside a session: the basic prone draw-in, as on Android.
    static let practiceExercise = "pbu-prone-draw-in"

    private(set) var state = ViewState()
    private let core: CoreService
    private let source: CuffSource

    init(core: CoreService, source: CuffSource) {
        self.core = core
        self.source = source
    }

    /// Runs until the stream ends or the calling task is cancelled.
    func process(_ action: Action) async {
        defer { state.ended = true }
        let engine: BiofeedbackService
        do {
            engine = try await core.biofeedback(exerciseId: Self.practiceExercise)
        } catch {
            state.error = error.coreMessage
            return
        }
        state.screen = engine.state()
        var firstMs: Int64?
        for await event in readings() {
            switch event {
            case .reading(let reading):
                let first = firstMs ?? reading.atMs
                firstMs = first
                state.screen = engine.push(tMs: UInt32(clamping: max(0, reading.atMs - first)), mmhg: reading.mmhg)
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
        switch source {
        case .paired: return core.pairedCuff()
        case .simulated: return core.simulatedCuff(exerciseId: Self.practiceExercise, seed: UInt64.random(in: 0...UInt64.max))
        }
    }
}
