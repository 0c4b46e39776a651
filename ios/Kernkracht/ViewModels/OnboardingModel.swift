import Observation

/// Onboarding over the core's flow: every answer goes to the core, which returns the whole
/// step (what is missing, whether Next works); this class only forwards.
@MainActor
@Observable
final class OnboardingModel {
    struct ViewState {
        var screen: OnboardingScreen?
        var loading = true
        var error: String?
        /// The profile was saved: the root view moves on to today.
        var finished = false
    }

    /// The user's intents, one per core call.
    enum Action {
        case chooseLanguage(Language)
        case enterHeight(String)
        case answerRedFlags(Bool)
        case answerAcutePain(Bool)
        case chooseGoal(Goal)
        case setEquipment(Equipment, owned: Bool)
        case setTrainingDay(Weekday, on: Bool)
        case setTime(hour: UInt8, minute: UInt8)
        case next
        case back
        case finish
    }

    private(set) var state = ViewState()
    private let serial = SerialTasks()
    private var flow: OnboardingService?

    init(core: CoreService) {
        serial.enqueue {
            do {
                let flow = try await core.startOnboarding()
                self.flow = flow
                self.state = ViewState(screen: try await flow.screen(), loading: false)
            } catch {
                self.state = ViewState(loading: false, error: error.coreMessage)
            }
        }
    }

    func process(_ action: Action) {
        serial.enqueue {
            guard let flow = self.flow else { return }
            do {
                if case .finish = action {
                    try await flow.finish()
                    self.state.finished = true
                } else {
                    self.state.screen = try await Self.send(action, to: flow)
                }
                self.state.error = nil
            } catch {
                self.state.error = error.coreMessage
            }
        }
    }

    private static func send(_ action: Action, to flow: OnboardingService) async throws -> OnboardingScreen {
        switch action {
        case .chooseLanguage(let language): return try await flow.chooseLanguage(language)
        case .enterHeight(let text): return try await flow.enterHeight(text)
        case .answerRedFlags(let yes): return try await flow.answerRedFlags(yes)
        case .answerAcutePain(let yes): return try await flow.answerAcutePain(yes)
        case .chooseGoal(let goal): return try await flow.chooseGoal(goal)
        case .setEquipment(let item, let owned): return try await flow.setEquipment(item, owned: owned)
        case .setTrainingDay(let day, let on): return try await flow.setTrainingDay(day, on: on)
        case .setTime(let hour, let minute): return try await flow.setTime(hour: hour, minute: minute)
        case .next: return try await flow.next()
        case .back: return try await flow.back()
        case .finish: return try await flow.screen()
        }
    }
}
