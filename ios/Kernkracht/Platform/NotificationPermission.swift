import UserNotifications

/// Asks for permission to show reminders. It is asked when the user has just chosen
/// training days and a time (onboarding's schedule step, or saving days in settings), so
/// the system's question comes when its reason is on the screen. iOS asks only once; later
/// calls return the earlier answer without a dialog. Without permission the reminders
/// stay scheduled and simply do not show, as iOS decides.
enum NotificationPermission {
    static func request() {
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound]) { _, _ in }
    }
}
