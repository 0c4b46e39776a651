import Foundation
import Observation

/// Today's guided session. While it runs, a task ticks the core every 200 ms so countdowns
/// move and cues come on time; every cue the core returns goes out on `cues` for the
/// platform to speak, play and vibrate. Closing the screen releases the native session,
/// which the core ends as stopped with what was done kept.
@MainActor
@Observable
final class SessionModel {
    struct ViewState {
        var screen: SessionScreen?
        var loading = true
        var error: String?
        /// The session was closed (or never started): the root view goes back to today.
        var closed = false
    }

    enum Action {
        /// One of the screen's actions that needs no number.
        case act(SessionAction)
        /// The answer to the pain prompt, within its min and max.
        case reportPain(Int)
        /// The repetitions of a maximum test.
        case reportCount(Int)
    }

    private static let tick: Duration = .milliseconds(200)

    private(set) var state = ViewState()
    /// The cues to play, in order; a slow speaker may drop the droppable ones.
    let cues: AsyncStream<CueEffect>
    private let cueSink: AsyncStream<CueEffect>.Continuation
    private let serial = SerialTasks()
    private var session: SessionService?
    private var ticker: Task<Void, Never>?

    init(core: CoreService) {
        (cues, cueSink) = AsyncStream.makeStream(of: CueEffect.self, bufferingPolicy: .bufferingNewest(64))
        serial.enqueue {
            do {
                let session = try await core.startGuidedSession()
                self.session = session
                self.state = ViewState(screen: try await session.screen(), loading: false)
                self.startTicking()
            } catch {
                self.state = ViewState(loading: false, error: error.coreMessage)
            }
        }
    }

    func process(_ action: Action) {
        if case .act(.close) = action {
            close()
            return
        }
        serial.enqueue {
            guard let session = self.session else { return }
            await self.apply { try await Self.send(action, to: session) }
        }
    }

    /// Stops ticking and lets the native session go; the screen calls it when it disappears.
    func close() {
        ticker?.cancel()
        ticker = nil
        serial.cancelAll()
        session = nil
        cueSink.finish()
        state.closed = true
    }

    private static func send(_ action: Action, to session: SessionService) async throws -> SessionChange? {
        switch action {
        case .reportPain(let score): return try await session.reportPain(UInt32(clamping: score))
        case .reportCount(let reps): return try await session.reportCount(UInt32(clamping: reps))
        case .act(let act):
            switch act {
            case .skipQuestion, .startNow, .skipRest: return try await session.next()
            case .done: return try await session.done()
            case .hurts: return try await session.hurts()
            case .skipExercise: return try await session.skipExercise()
            case .pause: return try await session.pause()
            case .resume: return try await session.resume()
            case .stop: return try await session.stop()
            // These carry a number or leave the screen: their own actions handle them.
            case .reportPain, .enterCount, .close: return nil
            }
        }
    }

    private func startTicking() {
        ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.tick)
                guard let self, let session = self.session, self.state.screen?.ticking != false else { return }
                await self.serial.enqueue { await self.apply { try await session.tick() } }.value
            }
        }
    }

    private func apply(_ call: () async throws -> SessionChange?) async {
        do {
            guard let change = try await call() else { return }
            state.screen = change.screen
            state.error = nil
            change.cues.forEach { cueSink.yield($0) }
        } catch {
            state.error = error.coreMessage
        }
    }
}
