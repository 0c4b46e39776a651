import Observation

/// The last twelve weeks: sessions, adherence and the trends, charted as the core gives them.
@MainActor
@Observable
final class HistoryModel {
    struct ViewState: ScreenState {
        var screen: HistoryScreen?
        var loading = true
        var error: String?
    }

    enum Action {
        case refresh
    }

    private(set) var state = ViewState()
    private let core: CoreService
    private let serial = SerialTasks()

    init(core: CoreService) {
        self.core = core
        process(.refresh)
    }

    func process(_ action: Action) {
        serial.enqueue { [core] in
            self.state = await .after(self.state) { try await core.historyScreen() }
        }
    }
}
