import SwiftUI

/// The guided session: what to do now on top, large enough to read from the mat. Cues are
/// played as they come; the screen stays awake while the core says so.
struct SessionView: View {
    let core: CoreService
    let closed: () -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Hosted(make: { SessionModel(core: core) }) { (model: SessionModel) in
            SessionPage(state: model.state, process: { model.process($0) })
                .keepsScreenAwake(model.state.screen?.keepScreenOn ?? false)
                .task { await play(model.cues) }
                .onChange(of: model.state.closed) { _, done in
                    if done { closed() }
                }
                .onDisappear { model.close() }
        }
    }

    @MainActor
    private func play(_ cues: AsyncStream<CueEffect>) async {
        let player = CuePlayer(language: chrome.language)
        for await cue in cues {
            player.play(cue)
        }
        player.finish()
    }
}

private struct SessionPage: View {
    let state: SessionModel.ViewState
    let process: @MainActor (SessionModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: nil, loading: state.loading, error: state.error) {
            if let screen = state.screen {
                ProgressView(value: screen.progress)
                Text(screen.stageLabel).font(.headline).foregroundStyle(.tint)
                if let exercise = screen.exerciseLabel {
                    Text(exercise).font(.subheadline)
                }
                Text(screen.title).font(.title.bold())
                Counters(screen: screen)
                if let timer = screen.timer {
                    CountdownRing(timer: timer).frame(maxWidth: .infinity)
                }
                Text(screen.instruction).font(.title3)
                if let hint = screen.hint {
                    Card(title: nil, tint: .orange.opacity(0.18)) { Text(hint).font(.headline) }
                }
                if let prompt = screen.painPrompt {
                    PainScale(prompt: prompt, showQuestion: prompt.question != screen.title) { process(.reportPain($0)) }
                }
                if screen.actions.contains(.enterCount) {
                    CountEntry { process(.reportCount($0)) }
                }
                // The main action full width, the others (it hurts, skip, pause, stop) two to a
                // row beneath it, within reach before how to do the exercise.
                let buttons = screen.actions.filter { $0 != .reportPain && $0 != .enterCount }
                if let main = buttons.first {
                    ActionButton(title: chrome.caption(main), prominent: main == screen.actions.first) { process(.act(main)) }
                }
                LazyVGrid(columns: [GridItem(.flexible()), GridItem(.flexible())], spacing: 12) {
                    ForEach(buttons.dropFirst(), id: \.self) { action in
                        ActionButton(title: chrome.caption(action)) { process(.act(action)) }
                    }
                }
                Details(screen: screen)
                if let next = screen.nextLabel {
                    Text(next)
                }
            }
        }
    }
}

/// Set, repetition and side, on one line.
private struct Counters: View {
    let screen: SessionScreen

    var body: some View {
        let labels = [screen.setLabel, screen.repLabel, screen.sideLabel].compactMap { $0 }
        if !labels.isEmpty {
            HStack(spacing: 16) {
                ForEach(labels, id: \.self) { Text($0).font(.title3.bold()) }
            }
        }
    }
}

/// How to do the exercise, what to watch, and after the session how each exercise moves on.
private struct Details: View {
    let screen: SessionScreen
    @Environment(\.chrome) private var chrome

    var body: some View {
        if !screen.howTo.isEmpty {
            Card(title: chrome.text("session.howTo")) {
                ForEach(screen.howTo, id: \.self) { Text($0) }
            }
        }
        if !screen.attention.isEmpty {
            Card(title: chrome.text("session.attention"), tint: .yellow.opacity(0.18)) {
                ForEach(screen.attention, id: \.self) { Text("• " + $0) }
            }
        }
        ForEach(screen.outcomes, id: \.self) { Text($0) }
    }
}

/// The repetitions of a maximum test, typed as digits.
private struct CountEntry: View {
    let save: (Int) -> Void
    @State private var text = ""
    @Environment(\.chrome) private var chrome

    var body: some View {
        TextField(chrome.text("session.countHint"), text: $text)
            .keyboardType(.numberPad)
            .textFieldStyle(.roundedBorder)
            .font(.title2)
            .onChange(of: text) { _, typed in text = String(typed.filter(\.isNumber).prefix(3)) }
        ActionButton(title: chrome.caption(.enterCount), prominent: true) {
            if let count = Int(text) { save(count) }
        }
        .disabled(text.isEmpty)
    }
}
