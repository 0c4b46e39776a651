import Foundation

/// The app's chrome: tab titles, button captions, section titles. Content and messages come
/// from the core in the user's language; these few words are the app's own, in
/// Localizable.strings, looked up in the core's language rather than the device's, so a
/// Dutch profile on an English phone shows no English. Captions are keyed by the core's
/// action enums, and the switches are exhaustive, so a new action cannot go without one.
struct Chrome {
    /// The core's language, which speech follows too.
    let language: Language
    private let bundle: Bundle

    init(language: Language) {
        self.language = language
        bundle = Bundle.main.path(forResource: language.code, ofType: "lproj").flatMap(Bundle.init(path:)) ?? .main
    }

    /// The chrome string for `key`, in the core's language.
    func text(_ key: String) -> String {
        bundle.localizedString(forKey: key, value: nil, table: nil)
    }

    /// A chrome string with numbers filled in (`Stap 2 van 7`).
    func text(_ key: String, _ arguments: CVarArg...) -> String {
        String(format: text(key), arguments: arguments)
    }

    func caption(_ action: TodayAction) -> String {
        switch action {
        case .startSession: return text("today.startSession")
        case .completeOnboarding: return text("today.completeOnboarding")
        case .confirmDoctorCleared: return text("today.confirmDoctorCleared")
        case .confirmPainSettled: return text("today.confirmPainSettled")
        }
    }

    func caption(_ action: SessionAction) -> String {
        switch action {
        case .reportPain: return text("session.reportPain")
        case .skipQuestion: return text("session.skipQuestion")
        case .startNow: return text("session.startNow")
        case .done: return text("session.done")
        case .enterCount: return text("session.enterCount")
        case .hurts: return text("session.hurts")
        case .skipRest: return text("session.skipRest")
        case .skipExercise: return text("session.skipExercise")
        case .pause: return text("session.pause")
        case .resume: return text("session.resume")
        case .stop: return text("session.stop")
        case .close: return text("session.close")
        }
    }

    func caption(_ action: PairingAction) -> String {
        switch action {
        case .search: return text("pairing.search")
        case .pair: return text("pairing.pair")
        case .forget: return text("pairing.forget")
        case .monitor: return text("pairing.monitor")
        case .trySimulation: return text("pairing.trySimulation")
        case .openAppSettings: return text("pairing.openAppSettings")
        }
    }

    func caption(_ action: SettingsAction) -> String {
        switch action {
        case .changeLanguage: return text("settings.changeLanguage")
        case .changeTrainingDays: return text("settings.changeTrainingDays")
        case .manageCuff: return text("settings.manageCuff")
        case .exportBackup: return text("settings.exportBackup")
        case .importBackup: return text("settings.importBackup")
        case .deleteAllData: return text("settings.deleteAllData")
        }
    }
}
