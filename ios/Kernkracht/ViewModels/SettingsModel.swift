import Observation

/// Language, training days, backups and deleting everything, through the core.
@MainActor
@Observable
final class SettingsModel {
    struct ViewState: ScreenState {
        var screen: SettingsScreen?
        var loading = true
        var error: String?
        /// The delete confirmation is open, showing the screen's `deleteWarning`.
        var confirmingDelete = false
        /// A backup's JSON waiting for the file exporter to save it.
        var backup: String?
        /// All data was replaced: a backup restored, or everything deleted.
        var dataReplaced = false
        /// Why a backup could not be made, saved, read or restored: shown by the backup
        /// buttons, where the user acted, not at the top of a page scrolled away from.
        var backupProblem: String?
    }

    enum Action {
        case changeLanguage(Language)
        /// One day tapped on or off; the core keeps the other days and the time.
        case setTrainingDay(Weekday, on: Bool)
        /// The earlier or later time the screen offered; the core keeps the days.
        case setReminderTime(LocalTime)
        /// Make a backup; its JSON lands in `backup` for the file exporter.
        case exportBackup
        /// The exporter saved (or dropped) the backup.
        case backupHandled
        /// A backup the file importer read.
        case importBackup(String)
        /// The exporter could not write the file: the page says so in the core's words.
        case backupNotSaved
        /// The importer could not read the picked file.
        case backupNotRead
        case requestDelete
        case cancelDelete
        case confirmDelete
    }

    private(set) var state = ViewState()
    private let core: CoreService
    private let serial = SerialTasks()

    init(core: CoreService) {
        self.core = core
        serial.enqueue { [core] in await self.show { try await core.settingsScreen() } }
    }

    func process(_ action: Action) {
        switch action {
        case .requestDelete: state.confirmingDelete = true
        case .cancelDelete: state.confirmingDelete = false
        case .backupHandled: state.backup = nil
        case .backupNotSaved: state.backupProblem = state.screen?.backupNotSaved
        case .backupNotRead: state.backupProblem = state.screen?.backupNotRead
        default: serial.enqueue { await self.handle(action) }
        }
    }

    private func handle(_ action: Action) async {
        switch action {
        case .changeLanguage(let language):
            await show { try await core.changeLanguage(language) }
        case .setTrainingDay(let day, let on):
            await show { try await core.setTrainingDay(day, on: on) }
        case .setReminderTime(let time):
            await show { try await core.setReminderTime(time) }
        case .exportBackup:
            do {
                state.backup = try await core.exportBackup()
                state.backupProblem = nil
            } catch {
                state.backupProblem = error.coreMessage
            }
        case .importBackup(let json):
            do {
                state = ViewState(screen: try await core.importBackup(json), loading: false, dataReplaced: true)
            } catch {
                state.backupProblem = error.coreMessage
            }
        case .confirmDelete:
            await show { try await core.deleteAllData() }
            state.dataReplaced = state.error == nil
        case .requestDelete, .cancelDelete, .backupHandled, .backupNotSaved, .backupNotRead:
            break
        }
    }

    /// Shows the screen a call returns; a failed delete closes its confirmation.
    private func show(_ call: () async throws -> SettingsScreen) async {
        state = await .after(state, call)
        if state.error != nil {
            state.confirmingDelete = false
        }
    }
}
