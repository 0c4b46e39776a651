import SwiftUI

/// Makes a screen's view-model once, when the screen first appears, and keeps it for as
/// long as the screen shows. A view's initialiser runs on every redraw of its parent, so a
/// view-model made there would start its core calls again each time.
struct Hosted<Model: AnyObject, Content: View>: View {
    private let make: () -> Model
    private let content: (Model) -> Content
    @State private var model: Model?

    init(make: @escaping () -> Model, @ViewBuilder content: @escaping (Model) -> Content) {
        self.make = make
        self.content = content
    }

    var body: some View {
        Group {
            if let model {
                content(model)
            } else {
                ProgressView()
            }
        }
        .onAppear {
            if model == nil { model = make() }
        }
    }
}

private struct ChromeKey: EnvironmentKey {
    static let defaultValue = Chrome(language: .en)
}

extension EnvironmentValues {
    /// The chrome strings in the core's language, set once at the root.
    var chrome: Chrome {
        get { self[ChromeKey.self] }
        set { self[ChromeKey.self] = newValue }
    }
}
