import SwiftUI

/// Pairing the cuff: the core's status sentence, the cuffs found, the paired one, and only
/// the actions the core offers. Bluetooth off or not allowed shows as the core words it.
struct PairingView: View {
    let core: CoreService
    /// Opens the live gauge: navigation, which the root view handles.
    let watch: (CuffWatch) -> Void

    var body: some View {
        Hosted(make: { PairingModel(core: core) }) { (model: PairingModel) in
            PairingPage(state: model.state, process: { model.process($0) }, watch: watch)
        }
    }
}

private struct PairingPage: View {
    let state: PairingModel.ViewState
    let process: @MainActor (PairingModel.Action) -> Void
    let watch: (CuffWatch) -> Void
    @Environment(\.chrome) private var chrome
    @Environment(\.openURL) private var openURL

    var body: some View {
        Page(title: chrome.text("tab.cuff"), loading: false, error: state.error) {
            if let screen = state.screen {
                Status(screen: screen, searching: state.loading)
                if let paired = screen.paired {
                    Card(title: chrome.text("pairing.paired"), tint: Color.accentColor.opacity(0.12)) {
                        Text(paired.name)
                    }
                }
                if !screen.candidates.isEmpty {
                    Card(title: chrome.text("pairing.found")) {
                        ForEach(screen.candidates, id: \.identifier) { candidate in
                            CandidateRow(candidate: candidate) { process(.pair(identifier: candidate.identifier)) }
                        }
                    }
                }
                let buttons = screen.actions.filter { $0 != .pair }
                ForEach(Array(buttons.enumerated()), id: \.offset) { index, action in
                    ActionButton(title: chrome.caption(action), prominent: index == 0) { run(action, on: screen) }
                        .disabled(state.loading)
                }
            } else if state.loading {
                ProgressView()
            }
        }
    }

    private func run(_ action: PairingAction, on screen: PairingScreen) {
        switch action {
        case .search: process(.search)
        case .forget: process(.forget)
        case .monitor: watch(CuffWatch(source: .paired, exerciseId: screen.practiceExerciseId))
        case .trySimulation: watch(CuffWatch(source: .simulated, exerciseId: screen.practiceExerciseId))
        case .openAppSettings:
            if let settings = URL(string: UIApplication.openSettingsURLString) { openURL(settings) }
        case .pair: break
        }
    }
}

/// The core's status sentence: as a problem when the core says it is one, with a spinner
/// while searching.
private struct Status: View {
    let screen: PairingScreen
    let searching: Bool

    var body: some View {
        if screen.problem {
            ProblemText(screen.status)
        } else {
            HStack(spacing: 12) {
                if searching || screen.state == .searching {
                    ProgressView()
                }
                Text(screen.status)
            }
        }
    }
}

private struct CandidateRow: View {
    let candidate: CandidateView
    let pair: () -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        HStack(spacing: 12) {
            VStack(alignment: .leading) {
                Text(candidate.name)
                Text(candidate.signalLabel).font(.subheadline).foregroundStyle(.secondary)
            }
            .accessibilityElement(children: .combine)
            Spacer()
            Button(chrome.text("pairing.pair"), action: pair).buttonStyle(.borderedProminent)
        }
    }
}
