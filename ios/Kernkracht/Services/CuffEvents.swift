import Foundation
import KernkrachtCore

/// What a cuff stream reports, as one type a view-model can `for await` over instead of a
/// listener whose three callbacks arrive on the core's threads.
enum CuffEvent: Sendable {
    case reading(CuffReading)
    case state(LinkState)
    /// Frames refused so far (garbage from the cuff).
    case refused(UInt64)
    /// The stream could not start (no cuff paired, Bluetooth refused): the core's message.
    case failed(String)
}

/// Room for this many events while the reader is busy; a screen only needs the newest.
private let bufferedEvents = 256

/// Bridges a listener-based core stream to an `AsyncStream`. Starting touches the database,
/// so it runs off the main actor; the reader (a main-actor view-model) receives each event
/// on its own actor. When the reader stops iterating (the screen went away) the native
/// stream is stopped and released at once; a `disconnected` state is final and ends it too.
func cuffEvents(start: @escaping @Sendable (CuffListener) throws -> CuffStream) -> AsyncStream<CuffEvent> {
    AsyncStream(bufferingPolicy: .bufferingNewest(bufferedEvents)) { continuation in
        let listener = StreamListener(continuation)
        let starting = Task.detached(priority: .userInitiated) {
            do {
                listener.hold(try start(listener))
            } catch let error as KernkrachtError {
                continuation.yield(.failed(error.message))
                continuation.finish()
            } catch {
                continuation.finish()
            }
        }
        continuation.onTermination = { _ in
            starting.cancel()
            listener.release()
        }
    }
}

/// The core's listener for one stream. It owns the native `CuffStream` handle so that
/// ending the `AsyncStream` can stop it, even when the end comes before the start finished.
private final class StreamListener: CuffListener, @unchecked Sendable {
    private let continuation: AsyncStream<CuffEvent>.Continuation
    private let lock = NSLock()
    private var stream: CuffStream?
    private var released = false

    init(_ continuation: AsyncStream<CuffEvent>.Continuation) {
        self.continuation = continuation
    }

    func onReading(reading: CuffReading) {
        continuation.yield(.reading(reading))
    }

    func onState(state: LinkState) {
        continuation.yield(.state(state))
        if case .disconnected = state {
            continuation.finish()
        }
    }

    func onRefused(total: UInt64) {
        continuation.yield(.refused(total))
    }

    /// Keeps the started stream, or stops it at once if the reader has already gone.
    func hold(_ started: CuffStream) {
        lock.lock()
        defer { lock.unlock() }
        if released {
            started.stop()
        } else {
            stream = started
        }
    }

    /// Stops the stream and lets go of its native handle.
    func release() {
        lock.lock()
        defer { lock.unlock() }
        released = true
        stream?.stop()
        stream = nil
    }
}
