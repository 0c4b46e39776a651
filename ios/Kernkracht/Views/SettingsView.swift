import SwiftUI
import UniformTypeIdentifiers

/// Settings; sections appear for the actions the core offers. Backups leave and enter
/// through the system's file exporter and importer.
struct SettingsView: View {
    let core: CoreService
    let onManageCuff: () -> Void
    /// The language may have changed: the chrome follows it.
    let onLanguage: () -> Void
    /// A backup was restored or everything deleted: the other tabs read the core again.
    let onDataReplaced: () -> Void

    var body: some View {
        Hosted(make: { SettingsModel(core: core) }) { (model: SettingsModel) in
            SettingsPage(state: model.state, process: { model.process($0) }, onManageCuff: onManageCuff)
                .onChange(of: model.state.screen?.language) { _, _ in onLanguage() }
                .onChange(of: model.state.dataReplaced) { _, replaced in if replaced { onDataReplaced() } }
        }
    }
}

private struct SettingsPage: View {
    let state: SettingsModel.ViewState
    let process: @MainActor (SettingsModel.Action) -> Void
    let onManageCuff: () -> Void
    @State private var importing = false
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: chrome.text("tab.settings"), loading: state.loading, error: state.error) {
            if let screen = state.screen {
                Card(title: chrome.caption(.changeLanguage)) {
                    ForEach(screen.languages, id: \.self) { choice in
                        ChoiceRow(label: choice.label, selected: choice.selected) { process(.changeLanguage(choice.language)) }
                    }
                }
                if screen.actions.contains(.changeTrainingDays) {
                    TrainingDays(screen: screen, process: process)
                }
                if screen.actions.contains(.manageCuff) {
                    Card(title: chrome.text("tab.cuff")) {
                        Text(screen.cuffLabel)
                        ActionButton(title: chrome.caption(.manageCuff), action: onManageCuff)
                    }
                }
                if !screen.profile.isEmpty {
                    Card(title: chrome.text("settings.profile")) {
                        ForEach(screen.profile, id: \.self) { line in
                            Text(line.label + ": " + line.value)
                        }
                    }
                }
                Card(title: chrome.text("settings.backup")) {
                    Text(screen.backupNote)
                    ActionButton(title: chrome.caption(.exportBackup)) { process(.exportBackup) }
                    // The importer sits on its own button: two file dialogs on one view clash.
                    ActionButton(title: chrome.caption(.importBackup)) { importing = true }
                        .fileImporter(isPresented: $importing, allowedContentTypes: [.json]) { result in
                            switch result.flatMap({ url in Result { try BackupDocument.read(url) } }) {
                            case .success(let json): process(.importBackup(json))
                            case .failure(let error): if !error.isCancellation { process(.backupNotRead) }
                            }
                        }
                    if let problem = state.backupProblem {
                        ProblemText(problem)
                    }
                }
                DeleteAll(warning: screen.deleteWarning, confirming: state.confirmingDelete, process: process)
            }
        }
        .fileExporter(
            isPresented: Binding(get: { state.backup != nil }, set: { if !$0 { process(.backupHandled) } }),
            document: state.backup.map { BackupDocument(json: $0) },
            contentType: .json,
            defaultFilename: "kernkracht-backup"
        ) { result in
            if case .failure(let error) = result, !error.isCancellation { process(.backupNotSaved) }
            process(.backupHandled)
        }
    }
}

/// Each tap on a day or the time applies at once: the core saves it and reschedules.
private struct TrainingDays: View {
    let screen: SettingsScreen
    let process: @MainActor (SettingsModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Card(title: chrome.text("schedule.days")) {
            Text(screen.remindersLabel)
            Text(screen.nextReminderLabel).font(.subheadline).foregroundStyle(.secondary)
            DayToggles(days: screen.days) { weekday, on in process(.setTrainingDay(weekday, on: on)) }
            TimeStepper(field: screen.time) { process(.setReminderTime($0)) }
        }
    }
}

/// Deleting everything, behind a confirmation that shows the core's warning.
private struct DeleteAll: View {
    let warning: String
    let confirming: Bool
    let process: @MainActor (SettingsModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        if confirming {
            Card(title: chrome.text("settings.deleteTitle"), tint: .red.opacity(0.15)) {
                Text(warning)
                ActionButton(title: chrome.text("settings.deleteConfirm"), role: .destructive) { process(.confirmDelete) }
                ActionButton(title: chrome.text("settings.cancel")) { process(.cancelDelete) }
            }
        } else {
            ActionButton(title: chrome.caption(.deleteAllData), role: .destructive) { process(.requestDelete) }
        }
    }
}
