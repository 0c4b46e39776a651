import Foundation
import KernkrachtCore
import UserNotifications

/// The core's reminders as local notifications. The core hands over its complete list (at
/// most 64, iOS's limit of pending notifications) after every change, so each hand-over
/// removes every pending notification (the app schedules nothing else) and adds exactly
/// the new ones; the center handles the two in the order they were asked. Each fires at its
/// local wall-clock time in the device's calendar, with the core's title and body.
final class ReminderNotifications: ReminderScheduler {
    /// The identifiers carry this prefix, so a tapped notification is known as a reminder.
    static let prefix = "reminder-"

    func schedule(reminders: [Reminder]) {
        if !reminders.isEmpty {
            NotificationPermission.request()
        }
        let center = UNUserNotificationCenter.current()
        center.removeAllPendingNotificationRequests()
        for reminder in reminders {
            center.add(Self.request(for: reminder))
        }
    }

    /// The trigger takes the core's local date and time as they are, so iOS fires at 18:00 in
    /// whatever zone the phone is in then.
    private static func request(for reminder: Reminder) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = reminder.title
        content.body = reminder.body
        content.sound = .default
        let when = DateComponents(
            year: Int(reminder.year),
            month: Int(reminder.month),
            day: Int(reminder.day),
            hour: Int(reminder.time.hour),
            minute: Int(reminder.time.minute)
        )
        let trigger = UNCalendarNotificationTrigger(dateMatching: when, repeats: false)
        return UNNotificationRequest(identifier: prefix + reminder.localDate, content: content, trigger: trigger)
    }
}
