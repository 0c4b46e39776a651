import SwiftUI

/// Live biofeedback: the gauge, the pressure, the hold and the one most urgent hint. The
/// stream runs in the view's task, so leaving the screen ends it and releases the cuff.
struct BiofeedbackView: View {
    let core: CoreService
    let watch: CuffWatch
    let close: () -> Void

    var body: some View {
        Hosted(make: { BiofeedbackModel(core: core, watch: watch) }) { (model: BiofeedbackModel) in
            BiofeedbackPage(state: model.state, close: close)
                .task { await model.process(.watch) }
        }
    }
}

private struct BiofeedbackPage: View {
    let state: BiofeedbackModel.ViewState
    let close: () -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: state.screen?.phaseLabel ?? chrome.text("tab.cuff"), loading: state.screen == nil && state.error == nil, error: state.error) {
            if let screen = state.screen {
                PressureGauge(screen: screen)
                Text(screen.pressureLabel).font(.largeTitle.bold().monospacedDigit())
                Text(screen.targetLabel).font(.headline)
                Card(title: chrome.text("biofeedback.hold") + ": " + screen.holdLabel) {
                    ProgressView(value: screen.holdFraction)
                    Text(screen.repsLabel)
                }
                if let hint = screen.hintText {
                    Card(title: nil, tint: .orange.opacity(0.18)) {
                        Text(hint).font(.headline)
                    }
                    .accessibilityAddTraits(.updatesFrequently)
                }
            }
            ActionButton(title: chrome.text("biofeedback.stop"), prominent: true, action: close)
        }
        .onChange(of: state.screen?.hintText) { _, hint in
            // A new hint is announced, as TalkBack's polite live region does on Android.
            if let hint { AccessibilityNotification.Announcement(hint).post() }
        }
    }
}

/// The cuff pressure on a half-circle gauge: the core's scale, its target band with marked
/// edges (not colour alone), a needle at the pressure. Every number comes from the screen.
struct PressureGauge: View {
    let screen: BiofeedbackScreen

    var body: some View {
        Canvas { context, size in
            let stroke: CGFloat = 28
            let radius = min(size.width / 2, size.height) - stroke / 2
            let center = CGPoint(x: size.width / 2, y: size.height - 4)
            context.stroke(arc(center, radius, from: 0, to: 1), with: .color(Color(.systemFill)), lineWidth: stroke)
            if let band = screen.band {
                let low = share(band.lowMmhg)
                let high = share(band.highMmhg)
                context.stroke(arc(center, radius, from: low, to: high), with: .color(.accentColor.opacity(0.5)), lineWidth: stroke)
                for edge in [low, high] {
                    context.stroke(ray(center, from: radius - stroke / 2 - 6, to: radius + stroke / 2, at: edge), with: .color(.primary), lineWidth: 3)
                }
            }
            if let mmhg = screen.pressureMmhg {
                let color: Color = screen.inBand ? .accentColor : .orange
                context.stroke(ray(center, from: 0, to: radius, at: share(mmhg)), with: .color(color), style: StrokeStyle(lineWidth: 6, lineCap: .round))
                context.fill(Path(ellipseIn: CGRect(x: center.x - 10, y: center.y - 10, width: 20, height: 20)), with: .color(color))
            }
        }
        .frame(height: 180)
        .accessibilityElement()
        .accessibilityLabel(screen.pressureLabel + ", " + screen.targetLabel)
    }

    /// Where a pressure sits on the scale, 0 on the left to 1 on the right.
    private func share(_ mmhg: Double) -> Double {
        let span = screen.scaleMaxMmhg - screen.scaleMinMmhg
        guard span > 0 else { return 0 }
        return min(max((mmhg - screen.scaleMinMmhg) / span, 0), 1)
    }

    private func angle(_ share: Double) -> Angle {
        .degrees(180 + 180 * share)
    }

    private func arc(_ center: CGPoint, _ radius: CGFloat, from: Double, to: Double) -> Path {
        Path { path in
            path.addArc(center: center, radius: radius, startAngle: angle(from), endAngle: angle(to), clockwise: false)
        }
    }

    private func ray(_ center: CGPoint, from inner: CGFloat, to outer: CGFloat, at share: Double) -> Path {
        let radians = angle(share).radians
        return Path { path in
            path.move(to: CGPoint(x: center.x + inner * cos(radians), y: center.y + inner * sin(radians)))
            path.addLine(to: CGPoint(x: center.x + outer * cos(radians), y: center.y + outer * sin(radians)))
        }
    }
}
