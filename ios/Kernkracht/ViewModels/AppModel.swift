import Foundation
import Observation

/// The tabs of the app (named apart from SwiftUI's own `Tab` of iOS 18).
enum AppTab: Hashable {
    case today, history, cuff, settings
}

/// A full-screen flow on top of the tabs.
enum Flow: Hashable, Identifiable {
    case onboarding
    case session
    case watch(CuffWatch)

    var id: Self { self }
}

/// The whole app over one open core: which tab and flow show, and the language the chrome
/// follows. Opening the core reads the database, so it happens off the main actor while a
/// loading screen shows.
@MainActor
@Observable
final class AppModel {
    struct ViewState {
        var core: CoreService?
        /// The core's language; the chrome strings follow it, not the device's.
        var language: Language = .en
        var tab: AppTab = .today
        var flow: Flow?
        /// Moves when what the tabs show may have changed (a flow ended, the language or all
        /// data changed), so the tabs are made again and read the core afresh.
        var generation = 0
        /// Why the core could not be opened, in the user's language.
        var error: String?
    }

    enum Action {
        case open(databasePath: String, locale: String)
        case select(AppTab)
        case start(Flow)
        /// A flow ended: back to a tab, which reads the core again.
        case finishFlow(then: AppTab)
        /// The language may have changed in settings.
        case refreshLanguage
        /// A backup was restored or everything deleted.
        case dataReplaced
        /// A reminder was tapped: today's session, over whatever shows.
        case openTodaySession
    }

    private(set) var state = ViewState()
    let reminders = ReminderNotifications()

    func process(_ action: Action) {
        switch action {
        case .open(let path, let locale):
            guard state.core == nil else { return }
            Task {
                do {
                    let core = try await CoreService.open(databasePath: path, locale: locale, scheduler: reminders)
                    state.core = core
                    state.language = try await core.language()
                    try await core.rescheduleReminders()
                } catch {
                    state.error = error.coreMessage
                }
            }
        case .select(let tab):
            state.tab = tab
        case .start(let flow):
            state.flow = flow
        case .finishFlow(let tab):
            state.flow = nil
            state.tab = tab
            remakeTabs(always: true)
        case .refreshLanguage:
            remakeTabs(always: false)
        case .dataReplaced:
            remakeTabs(always: true)
        case .openTodaySession:
            state.tab = .today
            state.flow = .session
        }
    }

    /// Makes the tabs again once: at once after a flow or new data; after settings only when
    /// the core's language changed. The chrome follows the core's language either way.
    private func remakeTabs(always: Bool) {
        if always {
            state.generation += 1
        }
        guard let core = state.core else { return }
        Task {
            let language = (try? await core.language()) ?? state.language
            guard language != state.language else { return }
            state.language = language
            if !always { state.generation += 1 }
        }
    }
}
