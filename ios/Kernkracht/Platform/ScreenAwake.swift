import SwiftUI
import UIKit

/// Keeps the screen awake while `awake` is true: during a session the phone lies on the
/// floor and the user should not have to touch it. The core says when (`keepScreenOn`).
struct ScreenAwake: ViewModifier {
    let awake: Bool

    func body(content: Content) -> some View {
        content
            .onChange(of: awake, initial: true) { _, now in
                UIApplication.shared.isIdleTimerDisabled = now
            }
            .onDisappear {
                UIApplication.shared.isIdleTimerDisabled = false
            }
    }
}

extension View {
    func keepsScreenAwake(_ awake: Bool) -> some View {
        modifier(ScreenAwake(awake: awake))
    }
}
