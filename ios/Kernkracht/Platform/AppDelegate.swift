import UIKit
import UserNotifications

/// The app's delegate for what SwiftUI does not cover: a tapped reminder opens today's
/// session, and a changed clock or time zone moves the reminders.
@MainActor
final class AppDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    let model = AppModel()

    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil
    ) -> Bool {
        // Set before launch ends, so a tap that launched the app still reaches us.
        UNUserNotificationCenter.current().delegate = self
        RescheduleTriggers.observe(model)
        return true
    }

    /// A tapped reminder: today's session, over whatever the app shows.
    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        let ours = response.notification.request.identifier.hasPrefix(ReminderNotifications.prefix)
        Task { @MainActor in
            if ours { self.model.process(.openTodaySession) }
            completionHandler()
        }
    }

    /// A reminder that comes while the app is open still shows as a banner.
    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .sound])
    }
}
