import Foundation
import UIKit

/// Hands the core's reminder list to iOS again when it may be wrong: the wall clock jumped
/// (`significantTimeChange` also comes at midnight and on daylight-saving changes) or the
/// time zone changed, so a reminder at 18:00 stays at 18:00 local time. Launch and settings
/// changes reschedule through the core itself.
@MainActor
enum RescheduleTriggers {
    static func observe(_ model: AppModel) {
        let names = [UIApplication.significantTimeChangeNotification, Notification.Name.NSSystemTimeZoneDidChange]
        for name in names {
            // Observers for the app's whole life: the tokens are never needed to remove them.
            _ = NotificationCenter.default.addObserver(forName: name, object: nil, queue: .main) { _ in
                Task { @MainActor in
                    guard let core = model.state.core else { return }
                    try? await core.rescheduleReminders()
                }
            }
        }
    }
}
