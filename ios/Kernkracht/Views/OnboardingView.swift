import SwiftUI

/// Onboarding, one step at a time; the core says which step, what is missing and what works.
struct OnboardingView: View {
    let core: CoreService
    let finished: () -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Hosted(make: { OnboardingModel(core: core) }) { (model: OnboardingModel) in
            OnboardingPage(state: model.state, process: { model.process($0) })
                // The language step changes the language at once, before anything is saved.
                .environment(\.chrome, Chrome(language: model.state.screen?.language ?? chrome.language))
                .onChange(of: model.state.finished) { _, done in
                    if done { finished() }
                }
        }
    }
}

private struct OnboardingPage: View {
    let state: OnboardingModel.ViewState
    let process: @MainActor (OnboardingModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: state.screen?.title, loading: state.loading, error: state.error) {
            if let screen = state.screen {
                Text(chrome.text("onboarding.step", Int(screen.stepNumber), Int(screen.stepCount)))
                    .font(.subheadline)
                ProgressView(value: Double(screen.stepNumber), total: Double(screen.stepCount))
                    .accessibilityHidden(true)
                Text(screen.intro)
                OnboardingStepView(screen: screen, process: process)
                if let problem = screen.problem {
                    ProblemText(problem)
                }
                OnboardingNavigation(screen: screen, process: process)
            }
        }
    }
}

/// Back, Next, and on the summary Finish, enabled as the core says.
private struct OnboardingNavigation: View {
    let screen: OnboardingScreen
    let process: @MainActor (OnboardingModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        if screen.step == .summary {
            ActionButton(title: chrome.text("onboarding.finish"), prominent: true) { process(.finish) }
                .disabled(!screen.canFinish)
        }
        HStack(spacing: 12) {
            if screen.canGoBack {
                ActionButton(title: chrome.text("onboarding.back")) { process(.back) }
            }
            if screen.step != .summary {
                ActionButton(title: chrome.text("onboarding.next"), prominent: true) { process(.next) }
                    .disabled(!screen.canGoNext)
            }
        }
    }
}
