import Observation

/// Today's plan, week, missed days and safety state, as the core builds them.
@MainActor
@Observable
final class TodayModel {
    struct ViewState: ScreenState {
        var screen: TodayScreen?
        var loading = true
        /// The core's message, in the user's language.
        var error: String?
    }

    enum Action {
        /// Build the screen again (back from a session, the day changed).
        case refresh
        /// One of the screen's actions that the core answers; starting a session and
        /// onboarding are navigation, which the root view handles.
        case confirm(TodayAction)
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
            self.state = await .after(self.state) {
                if case .confirm(let confirmed) = action {
                    switch confirmed {
                    case .confirmDoctorCleared: try await core.confirmDoctorCleared()
                    case .confirmPainSettled: try await core.confirmPainSettled()
                    case .startSession, .completeOnboarding: break
                    }
                }
                return try await core.todayScreen()
            }
        }
    }
}
