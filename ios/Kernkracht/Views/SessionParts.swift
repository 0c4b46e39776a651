import SwiftUI

/// The core's countdown as a ring that fills with the share of time gone, around the time
/// left. VoiceOver reads the label and the time once; it is not announced every second, so
/// it does not talk over the spoken cues.
struct CountdownRing: View {
    let timer: TimerView
    /// The ring grows with the user's text size.
    @ScaledMetric private var size: CGFloat = 220

    var body: some View {
        ZStack {
            Circle().stroke(Color(.systemFill), lineWidth: 18)
            Circle()
                .trim(from: 0, to: timer.fraction)
                .stroke(Color.accentColor, style: StrokeStyle(lineWidth: 18, lineCap: .round))
                .rotationEffect(.degrees(-90))
            VStack {
                Text(timer.remainingLabel).font(.largeTitle.bold().monospacedDigit())
                Text(timer.label).font(.headline)
            }
        }
        .frame(width: size, height: size)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(timer.label + " " + timer.remainingLabel)
    }
}

/// The pain question as one large button per score from the prompt's min to its max: a tap
/// answers, no slider to drag with a sore back. The ends say what they mean, also to
/// VoiceOver. The question is left out when the page's title already asks it.
struct PainScale: View {
    let prompt: PainPrompt
    let showQuestion: Bool
    let answer: (Int) -> Void

    private static let columns = Array(repeating: GridItem(.flexible(), spacing: 6), count: 6)

    var body: some View {
        Card(title: showQuestion ? prompt.question : nil) {
            LazyVGrid(columns: Self.columns, spacing: 6) {
                ForEach(Int(prompt.min)...Int(prompt.max), id: \.self) { score in
                    Button(String(score)) { answer(score) }
                        .buttonStyle(.bordered)
                        .controlSize(.large)
                        .font(.title3.bold())
                        .accessibilityLabel(meaning(score))
                }
            }
            HStack {
                Text("\(prompt.min) = \(prompt.minLabel)")
                Spacer()
                Text("\(prompt.max) = \(prompt.maxLabel)")
            }
            .font(.subheadline)
        }
    }

    private func meaning(_ score: Int) -> String {
        if score == Int(prompt.min) { return "\(score), \(prompt.minLabel)" }
        if score == Int(prompt.max) { return "\(score), \(prompt.maxLabel)" }
        return "\(score)"
    }
}
