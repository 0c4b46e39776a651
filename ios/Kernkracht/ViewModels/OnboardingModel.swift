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
                try await self.apply(action, to: flow)
                self.state.error = nil
            } catch {
                self.state.error = error.coreMessage
            }
        }
    }

    /// Sends one intent: each answer brings back the whole step; finishing saves the profile.
    private func apply(_ action: Action, to flow: OnboardingService) async throws {
        switch action {
        case .chooseLanguage(let language): state.screen = try await flow.chooseLanguage(language)
        case .enterHeight(let text): state.screen = try await flow.enterHeight(text)
        case .answerRedFlags(let yes): state.screen = try await flow.answerRedFlags(yes)
        case .answerAcutePain(let yes): state.screen = try await flow.answerAcutePain(yes)
        case .chooseGoal(let goal): state.screen = try await flow.chooseGoal(goal)
        case .setEquipment(let item, let owned): state.screen = try await flow.setEquipment(item, owned: owned)
        case .setTrainingDay(let day, let on): state.screen = try await flow.setTrainingDay(day, on: on)
        case .setTime(let hour, let minute): state.screen = try await flow.setTime(hour: hour, minute: minute)
        case .next: state.screen = try await flow.next()
        case .back: state.screen = try await flow.back()
        case .finish:
            try await flow.finish()
            state.finished = true
        }
    }
}
