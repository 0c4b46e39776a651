import Foundation
import KernkrachtCore

/// The app's one open core and the calls the screens make on it. Every call may touch the
/// database and block, so each one runs through `offMain`; the view-models await them from
/// the main actor. The objects the core hands out (an onboarding flow, a session, a pairing)
/// come back wrapped in their own services.
final class CoreService: Sendable {
    private let app: Kernkracht

    private init(app: Kernkracht) {
        self.app = app
    }

    /// Opens (or creates) the database in Application Support, with the device's clock and
    /// the notification-backed reminder scheduler.
    static func open(databasePath: String, locale: String, scheduler: ReminderNotifications) async throws -> CoreService {
        let clock = SystemClock()
        let app: Kernkracht = try await offMain {
            try Kernkracht.open(databasePath: databasePath, locale: locale, clock: clock, scheduler: scheduler)
        }
        return CoreService(app: app)
    }

    /// The language every content text is in; the chrome strings follow it.
    func language() async throws -> Language {
        try await offMain { self.app.language() }
    }

    /// Hands the complete reminder list to the scheduler again (launch, clock or zone change).
    func rescheduleReminders() async throws {
        try await offMain { try self.app.rescheduleReminders() }
    }

    func todayScreen() async throws -> TodayScreen {
        try await offMain { try self.app.todayScreen() }
    }

    func confirmDoctorCleared() async throws {
        try await offMain { try self.app.confirmDoctorCleared() }
    }

    func confirmPainSettled() async throws {
        try await offMain { try self.app.confirmPainSettled() }
    }

    func historyScreen() async throws -> HistoryScreen {
        try await offMain { try self.app.historyScreen() }
    }

    func settingsScreen() async throws -> SettingsScreen {
        try await offMain { try self.app.settingsScreen() }
    }

    func changeLanguage(_ language: Language) async throws -> SettingsScreen {
        try await offMain { try self.app.changeLanguage(language: language) }
    }

    /// Switches one training day (the core keeps the rest and reschedules the reminders).
    func setTrainingDay(_ day: Weekday, on: Bool) async throws -> SettingsScreen {
        try await offMain { try self.app.setTrainingDay(day: day, on: on) }
    }

    /// Moves the reminder time (the core keeps the days and reschedules the reminders).
    func setReminderTime(_ time: LocalTime) async throws -> SettingsScreen {
        try await offMain { try self.app.setReminderTime(time: time) }
    }

    func exportBackup() async throws -> String {
        try await offMain { try self.app.exportBackup() }
    }

    func importBackup(_ json: String) async throws -> SettingsScreen {
        try await offMain {
            try self.app.importBackup(json: json)
            return try self.app.settingsScreen()
        }
    }

    func deleteAllData() async throws -> SettingsScreen {
        try await offMain {
            try self.app.deleteAllData()
            return try self.app.settingsScreen()
        }
    }

    func startOnboarding() async throws -> OnboardingService {
        let flow: OnboardingFlow = try await offMain { try self.app.startOnboarding() }
        return OnboardingService(flow: flow)
    }

    func startGuidedSession() async throws -> SessionService {
        let session: GuidedSession = try await offMain { try self.app.startGuidedSession() }
        return SessionService(session: session)
    }

    func cuffPairing() -> PairingService {
        PairingService(pairing: app.cuffPairing())
    }

    /// The live gauge's engine for an exercise, in the app's language.
    func biofeedback(exerciseId: String) async throws -> BiofeedbackService {
        let engine: BiofeedbackEngine = try await offMain {
            try BiofeedbackEngine.forExercise(exerciseId: exerciseId, language: self.app.language())
        }
        return BiofeedbackService(engine: engine)
    }

    /// The paired cuff's readings; ends when the link ends for good or the reader stops.
    func pairedCuff() -> AsyncStream<CuffEvent> {
        cuffEvents { listener in try self.app.streamCuff(listener: listener, session: nil) }
    }

    /// The simulated cuff doing one set of an exercise in real time, as a real cuff would.
    func simulatedCuff(exerciseId: String, seed: UInt64) -> AsyncStream<CuffEvent> {
        cuffEvents { listener in
            try self.app.streamSimulatedCuff(exerciseId: exerciseId, seed: seed, listener: listener, session: nil)
        }
    }
}
