import Foundation
import KernkrachtCore

/// A failed core call, with the core's message already in the user's language: the
/// view-models show it as it is and never need the generated error type.
struct CoreFailure: Error {
    let message: String
}

/// Runs a blocking core call (database, Bluetooth) on a background thread, never on the
/// main actor, and turns the core's error into a `CoreFailure`.
func offMain<T: Sendable>(_ call: @escaping @Sendable () throws -> T) async throws -> T {
    try await failingWithCoreMessage {
        try await Task.detached(priority: .userInitiated) { try call() }.value
    }
}

/// Runs a core call and turns the core's error into a `CoreFailure`; for the core's async
/// calls, which run on its own runtime, and for `offMain`.
func failingWithCoreMessage<T>(_ call: () async throws -> T) async throws -> T {
    do {
        return try await call()
    } catch let error as KernkrachtError {
        throw CoreFailure(message: error.message)
    }
}

extension KernkrachtError {
    /// Every kind carries a message worded for the user; the kind matters only to callers
    /// that act on it, and the screens only show it.
    var message: String {
        switch self {
        case .InvalidInput(let message), .NotFound(let message), .SafetyBlock(let message),
             .CorruptData(let message), .NewerVersion(let message), .Bluetooth(let message),
             .StorageUnavailable(let message), .MalformedData(let message), .Internal(let message):
            return message
        }
    }
}

extension Error {
    /// The core's message for a failed call, or nil when the work was only cancelled.
    var coreMessage: String? {
        (self as? CoreFailure)?.message
    }
}
