import SwiftUI

/// The seven days as large toggles: a chosen day is filled, so the choice shows at a
/// glance, and VoiceOver reads each as a selected or unselected button.
struct DayToggles: View {
    let days: [DayChoice]
    let toggle: (Weekday, Bool) -> Void

    var body: some View {
        HStack(spacing: 4) {
            ForEach(days, id: \.self) { day in
                Button { toggle(day.weekday, !day.selected) } label: {
                    Text(day.label)
                        .lineLimit(1)
                        .minimumScaleFactor(0.6)
                        .frame(maxWidth: .infinity, minHeight: 44)
                        .foregroundStyle(day.selected ? Color.white : Color.primary)
                        .background(day.selected ? Color.accentColor : Color(.systemBackground), in: RoundedRectangle(cornerRadius: 12))
                        .overlay(RoundedRectangle(cornerRadius: 12).stroke(.secondary))
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(day.selected ? .isSelected : [])
            }
        }
    }
}

/// The reminder time in the core's steps, as on Android: two large buttons are easier than
/// a wheel for stiff fingers. The core works out the earlier and later times.
struct TimeStepper: View {
    let field: TimeField
    let change: (LocalTime) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Text(field.label)
            .font(.largeTitle.monospacedDigit())
            .frame(maxWidth: .infinity)
            .accessibilityLabel(chrome.text("schedule.time") + " " + field.label)
        HStack(spacing: 12) {
            ActionButton(title: chrome.text("schedule.earlier")) { change(field.earlier) }
            ActionButton(title: chrome.text("schedule.later")) { change(field.later) }
        }
    }
}
