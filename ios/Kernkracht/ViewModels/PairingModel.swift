import Observation

/// Search, pair and forget through the core's pairing object. Bluetooth that is off or not
/// allowed comes back as the screen's own state, which the view shows as the core words it.
/// Watching the pressure is navigation, which the root view handles.
@MainActor
@Observable
final class PairingModel {
    struct ViewState: ScreenState {
        var screen: PairingScreen?
        var loading = true
        var error: String?
    }

    enum Action {
        case search
        case pair(identifier: String)
        case forget
    }

    /// How long one search listens for the cuff.
    private static let searchMs: UInt32 = 8_000

    private(set) var state = ViewState()
    private let pairing: PairingService
    private let serial = SerialTasks()

    init(core: CoreService) {
        pairing = core.cuffPairing()
        serial.enqueue { [pairing] in await self.show { try await pairing.screen() } }
    }

    func process(_ action: Action) {
        serial.enqueue { [pairing] in
            switch action {
            case .search:
                self.state.loading = true
                await self.show { try await pairing.search(timeoutMs: Self.searchMs) }
            case .pair(let identifier):
                await self.show { try await pairing.pair(identifier) }
            case .forget:
                await self.show { try await pairing.forget() }
            }
        }
    }

    private func show(_ call: () async throws -> PairingScreen) async {
        state = await .after(state, call)
    }
}
