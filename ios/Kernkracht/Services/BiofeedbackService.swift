import KernkrachtCore

/// The live gauge's engine. Pushing a reading works in memory only (no database, no
/// radio) and takes microseconds, so it runs on the caller's actor, in the readings' order.
final class BiofeedbackService: Sendable {
    private let engine: BiofeedbackEngine

    init(engine: BiofeedbackEngine) {
        self.engine = engine
    }

    func state() -> BiofeedbackScreen {
        engine.state()
    }

    /// A reading `tMs` after the first one; a reading without a pressure is passed as NaN,
    /// which the engine treats as a gap.
    func push(tMs: UInt32, mmhg: Double?) -> BiofeedbackScreen {
        engine.pushSample(tMs: tMs, mmhg: mmhg ?? .nan)
    }
}
