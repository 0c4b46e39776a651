import UserNotifications

/// Asks for permission to show reminders. It is asked when the core hands over reminders
/// to show (after onboarding, or new training days or time), as on Android, so the system's
/// question comes right after the user chose when to train, and never while a warning sign
/// keeps the list empty. iOS asks only once; later
/// calls return the earlier answer without a dialog. Without permission the reminders
/// stay scheduled and simply do not show, as iOS decides.
enum NotificationPermission {
    static func request() {
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound]) { _, _ in }
    }
}
