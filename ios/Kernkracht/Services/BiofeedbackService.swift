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

    /// A reading from the cuff stream; the engine starts the set's clock at the first one and
    /// shows a reading without a pressure as a sensor fault.
    func push(_ reading: CuffReading) -> BiofeedbackScreen {
        engine.pushReading(reading: reading)
    }
}
