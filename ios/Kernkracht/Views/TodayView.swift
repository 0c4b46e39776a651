import SwiftUI

/// Today: the safety state first, then what to do, the week and the plan.
struct TodayView: View {
    let core: CoreService
    /// Starting a session and onboarding leave the tab: the root view shows the flow.
    let start: (Flow) -> Void

    var body: some View {
        Hosted(make: { TodayModel(core: core) }) { (model: TodayModel) in
            TodayPage(state: model.state, process: { model.process($0) }, start: start)
        }
    }
}

private struct TodayPage: View {
    let state: TodayModel.ViewState
    let process: @MainActor (TodayModel.Action) -> Void
    let start: (Flow) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: state.screen?.dateLabel, loading: state.loading, error: state.error) {
            if let screen = state.screen {
                Text(screen.headline).font(.title3)
                if let notice = screen.safety {
                    SafetyCard(notice: notice)
                }
                ForEach(Array(screen.actions.enumerated()), id: \.offset) { index, action in
                    ActionButton(title: chrome.caption(action), prominent: index == 0) { run(action) }
                }
                if let missed = screen.missed {
                    Text(missed)
                }
                WeekRow(week: screen.week)
                if let plan = screen.plan {
                    PlanCard(plan: plan)
                }
            }
        }
    }

    private func run(_ action: TodayAction) {
        switch action {
        case .startSession: start(.session)
        case .completeOnboarding: start(.onboarding)
        case .confirmDoctorCleared, .confirmPainSettled: process(.confirm(action))
        }
    }
}

/// The safety notice, tinted by its kind: a warning sign stands out more than a missing
/// profile.
private struct SafetyCard: View {
    let notice: SafetyNotice

    var body: some View {
        Card(title: notice.title, tint: tint.opacity(0.18)) {
            Text(notice.message)
            ForEach(notice.advice, id: \.self) { line in
                Text("• " + line)
            }
        }
    }

    private var tint: Color {
        switch notice.kind {
        case .seeDoctor, .worsening: return .red
        case .acutePain: return .orange
        case .noProfile: return .blue
        }
    }
}

/// The week ahead as seven tiles; each reads as one sentence for VoiceOver, and a legend in
/// the core's words explains the fills.
private struct WeekRow: View {
    let week: [DayView]
    @Environment(\.chrome) private var chrome

    var body: some View {
        Card(title: chrome.text("today.week")) {
            HStack(spacing: 4) {
                ForEach(week, id: \.date) { day in
                    DayTile(day: day)
                }
            }
            HStack(spacing: 16) {
                ForEach(legend, id: \.kind) { day in
                    HStack(spacing: 6) {
                        RoundedRectangle(cornerRadius: 4).fill(Self.fill(day.kind)).frame(width: 16, height: 16)
                            .overlay(RoundedRectangle(cornerRadius: 4).stroke(.secondary))
                        Text(day.kindLabel).font(.subheadline)
                    }
                    .accessibilityHidden(true)
                }
            }
        }
    }

    /// One day of each kind the week holds, for the legend.
    private var legend: [DayView] {
        var seen: [DayView] = []
        for day in week where !seen.contains(where: { $0.kind == day.kind }) {
            seen.append(day)
        }
        return seen
    }

    static func fill(_ kind: DayKind) -> Color {
        switch kind {
        case .training: return .accentColor
        case .done: return .green
        case .rest: return .clear
        }
    }
}

private struct DayTile: View {
    let day: DayView

    var body: some View {
        VStack {
            Text(day.weekdayLabel)
            Text(String(day.dayOfMonth)).font(.headline)
        }
        .fontWeight(day.isToday ? .bold : .regular)
        .frame(maxWidth: .infinity)
        .padding(.vertical, 8)
        .background(WeekRow.fill(day.kind).opacity(day.kind == .rest ? 0 : 0.35), in: RoundedRectangle(cornerRadius: 10))
        .overlay(RoundedRectangle(cornerRadius: 10).stroke(.secondary.opacity(0.5)))
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(day.weekdayLabel + " " + String(day.dayOfMonth) + ": " + day.kindLabel)
    }
}

private struct PlanCard: View {
    let plan: PlanView

    var body: some View {
        Card(title: plan.title, tint: Color.accentColor.opacity(0.12)) {
            ForEach(plan.notes, id: \.self) { note in
                Text(note)
            }
            ForEach(plan.sections, id: \.self) { section in
                Text(section.title).font(.subheadline.bold()).padding(.top, 6)
                ForEach(section.exercises, id: \.self) { line in
                    PlanLineRow(line: line)
                }
            }
        }
    }
}

private struct PlanLineRow: View {
    let line: PlanLine

    var body: some View {
        VStack(alignment: .leading) {
            Text(line.name).fontWeight(.medium)
            Text(line.dosage).font(.subheadline).foregroundStyle(.secondary)
        }
        .padding(.leading, 8)
        .accessibilityElement(children: .combine)
    }
}
