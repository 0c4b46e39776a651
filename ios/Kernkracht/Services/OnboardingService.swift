import KernkrachtCore

/// The core's onboarding flow. Each answer returns the whole next screen: what is missing,
/// whether Next works. The flow only touches memory until `finish`, which saves the profile;
/// all go through `offMain` all the same, so none of them can ever stall the main actor.
final class OnboardingService: Sendable {
    private let flow: OnboardingFlow

    init(flow: OnboardingFlow) {
        self.flow = flow
    }

    func screen() async throws -> OnboardingScreen {
        try await offMain { self.flow.screen() }
    }

    func chooseLanguage(_ language: Language) async throws -> OnboardingScreen {
        try await offMain { self.flow.chooseLanguage(language: language) }
    }

    func enterHeight(_ text: String) async throws -> OnboardingScreen {
        try await offMain { self.flow.enterHeight(text: text) }
    }

    func answerRedFlags(_ yes: Bool) async throws -> OnboardingScreen {
        try await offMain { self.flow.answerRedFlags(yes: yes) }
    }

    func answerAcutePain(_ yes: Bool) async throws -> OnboardingScreen {
        try await offMain { self.flow.answerAcutePain(yes: yes) }
    }

    func chooseGoal(_ goal: Goal) async throws -> OnboardingScreen {
        try await offMain { self.flow.chooseGoal(goal: goal) }
    }

    func setEquipment(_ item: Equipment, owned: Bool) async throws -> OnboardingScreen {
        try await offMain { self.flow.setEquipment(item: item, owned: owned) }
    }

    func setTrainingDay(_ day: Weekday, on: Bool) async throws -> OnboardingScreen {
        try await offMain { self.flow.setTrainingDay(day: day, on: on) }
    }

    func setTime(hour: UInt8, minute: UInt8) async throws -> OnboardingScreen {
        try await offMain { try self.flow.setTime(hour: hour, minute: minute) }
    }

    func next() async throws -> OnboardingScreen {
        try await offMain { self.flow.next() }
    }

    func back() async throws -> OnboardingScreen {
        try await offMain { self.flow.back() }
    }

    /// Saves the profile; the core schedules the first reminders.
    func finish() async throws {
        _ = try await offMain { try self.flow.finish() }
    }
}
