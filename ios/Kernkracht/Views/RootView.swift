import SwiftUI

/// The whole app: a loading screen until the core is open, then tabs for today, history,
/// the cuff and settings, with onboarding, the session and the live gauge as full-screen
/// flows over them. Chrome follows the core's language.
struct RootView: View {
    let model: AppModel

    var body: some View {
        let state = model.state
        let chrome = Chrome(language: state.language)
        Group {
            if let core = state.core {
                tabs(core, state)
                    .fullScreenCover(item: Binding(get: { state.flow }, set: { _ in })) { flow in
                        FlowView(core: core, flow: flow, app: model).environment(\.chrome, chrome)
                    }
            } else if let error = state.error {
                Page(title: chrome.text("app.name"), loading: false, error: error) {}
            } else {
                ProgressView()
            }
        }
        .environment(\.chrome, chrome)
    }

    private func tabs(_ core: CoreService, _ state: AppModel.ViewState) -> some View {
        let chrome = Chrome(language: state.language)
        // Each tab's view-model is made again when the generation moves, so it shows the
        // core's newest screen in the current words.
        let generation = state.generation
        return TabView(selection: Binding(get: { state.tab }, set: { model.process(.select($0)) })) {
            TodayView(core: core) { model.process(.start($0)) }
                .id(generation)
                .tabItem { Label(chrome.text("tab.today"), systemImage: "figure.core.training") }
                .tag(AppTab.today)
            HistoryView(core: core)
                .id(generation)
                .tabItem { Label(chrome.text("tab.history"), systemImage: "chart.xyaxis.line") }
                .tag(AppTab.history)
            PairingView(core: core) { model.process(.start(.watch($0))) }
                .id(generation)
                .tabItem { Label(chrome.text("tab.cuff"), systemImage: "gauge.with.needle") }
                .tag(AppTab.cuff)
            SettingsView(
                core: core,
                onManageCuff: { model.process(.select(.cuff)) },
                onLanguage: { model.process(.refreshLanguage) },
                onDataReplaced: { model.process(.dataReplaced) }
            )
                .id(generation)
                .tabItem { Label(chrome.text("tab.settings"), systemImage: "gearshape") }
                .tag(AppTab.settings)
        }
    }
}

/// The full-screen flows; each ends back on a tab.
private struct FlowView: View {
    let core: CoreService
    let flow: Flow
    let app: AppModel

    var body: some View {
        switch flow {
        case .onboarding:
            OnboardingView(core: core) { app.process(.finishFlow(then: .today)) }
        case .session:
            SessionView(core: core) { app.process(.finishFlow(then: .today)) }
        case .watch(let watch):
            BiofeedbackView(core: core, watch: watch) { app.process(.finishFlow(then: .cuff)) }
        }
    }
}
