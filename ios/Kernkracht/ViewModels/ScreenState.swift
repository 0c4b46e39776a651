/// What every screen's state holds: the core's record for the screen, whether the first one
/// is still on its way, and the core's message when a call failed.
protocol ScreenState {
    associatedtype Screen
    init()
    var screen: Screen? { get set }
    var loading: Bool { get set }
    var error: String? { get set }
}

extension ScreenState {
    /// The state a core call that returns the screen leaves behind: a fresh state with the
    /// new screen, or `current` with the core's message and the old screen still shown.
    static func after(_ current: Self, _ call: () async throws -> Screen) async -> Self {
        do {
            var next = Self()
            next.screen = try await call()
            next.loading = false
            return next
        } catch {
            var kept = current
            kept.loading = false
            kept.error = error.coreMessage
            return kept
        }
    }
}
