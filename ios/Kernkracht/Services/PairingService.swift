import KernkrachtCore

/// Searching for, pairing and forgetting the cuff. Bluetooth that is off or not allowed
/// comes back as the screen's own `PairingState`, not as an error.
final class PairingService: Sendable {
    private let pairing: CuffPairing

    init(pairing: CuffPairing) {
        self.pairing = pairing
    }

    func screen() async throws -> PairingScreen {
        try await offMain { try self.pairing.screen() }
    }

    /// Scans for the cuff; the core's async call runs on its own runtime, not the main actor.
    func search(timeoutMs: UInt32) async throws -> PairingScreen {
        try await failingWithCoreMessage { try await pairing.search(timeoutMs: timeoutMs) }
    }

    func pair(_ identifier: String) async throws -> PairingScreen {
        try await offMain { try self.pairing.pair(identifier: identifier) }
    }

    func forget() async throws -> PairingScreen {
        try await offMain { try self.pairing.forget() }
    }
}
