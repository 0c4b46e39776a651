import SwiftUI

/// A scrolling page with the app's spacing, a loading indicator until the first screen
/// model arrives, and the core's message when a call failed.
struct Page<Content: View>: View {
    let title: String?
    let loading: Bool
    let error: String?
    @ViewBuilder let content: () -> Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                if let title {
                    Text(title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                }
                if let error {
                    ProblemText(error)
                }
                if loading {
                    ProgressView().frame(maxWidth: .infinity)
                }
                content()
            }
            .padding()
        }
    }
}

/// A message that needs attention, marked by colour and a symbol, not colour alone.
struct ProblemText: View {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var body: some View {
        Label(text, systemImage: "exclamationmark.triangle.fill")
            .foregroundStyle(.red)
            .font(.body)
    }
}

/// A titled group on a tinted background that follows light and dark mode.
struct Card<Content: View>: View {
    let title: String?
    var tint: Color = Color(.secondarySystemBackground)
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            if let title {
                Text(title).font(.headline).accessibilityAddTraits(.isHeader)
            }
            content()
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .padding()
        .background(tint, in: RoundedRectangle(cornerRadius: 12))
    }
}

/// A full-width button, large enough for stiff fingers; the first of a group is prominent.
struct ActionButton: View {
    let title: String
    var prominent = false
    var role: ButtonRole?
    let action: () -> Void

    var body: some View {
        let button = Button(role: role, action: action) {
            Text(title).frame(maxWidth: .infinity)
        }
        .controlSize(.large)
        if prominent {
            button.buttonStyle(.borderedProminent)
        } else {
            button.buttonStyle(.bordered)
        }
    }
}

/// One of several choices, read by VoiceOver as a selected or unselected button.
struct ChoiceRow: View {
    let label: String
    var detail: String?
    let selected: Bool
    let choose: () -> Void

    var body: some View {
        Button(action: choose) {
            HStack {
                VStack(alignment: .leading) {
                    Text(label).font(.body)
                    if let detail {
                        Text(detail).font(.subheadline).foregroundStyle(.secondary)
                    }
                }
                Spacer()
                Image(systemName: selected ? "checkmark.circle.fill" : "circle")
                    .accessibilityHidden(true)
            }
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? .isSelected : [])
    }
}
