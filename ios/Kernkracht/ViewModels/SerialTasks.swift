/// Runs a view-model's work one piece at a time, in the order it was asked for: each core
/// call awaits a background thread, and without this two quick taps (or a keystroke and a
/// tick) could reach the core in the other order.
@MainActor
final class SerialTasks {
    private var last: Task<Void, Never>?

    /// Starts `work` after everything enqueued before it has finished.
    @discardableResult
    func enqueue(_ work: @escaping @MainActor () async -> Void) -> Task<Void, Never> {
        let previous = last
        let task = Task { @MainActor in
            await previous?.value
            await work()
        }
        last = task
        return task
    }

    func cancelAll() {
        last?.cancel()
        last = nil
    }
}
