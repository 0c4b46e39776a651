import Foundation
import KernkrachtCore

/// The device's real clock and time zone. The core never reads the wall clock itself, so
/// this is the one place real time enters the app.
final class SystemClock: Clock {
    func nowMs() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }

    /// Read on every call, so a zone change is seen without restarting the app.
    func timeZone() -> String {
        TimeZone.current.identifier
    }
}
