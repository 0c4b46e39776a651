import KernkrachtCore

/// What a session call returns: the new screen and the cues to speak, play and feel.
struct SessionChange: Sendable {
    let screen: SessionScreen
    let cues: [CueEffect]
}

/// Today's guided session. Releasing this service releases the native session; the core
/// ends an unfinished one as stopped, with what was done kept.
final class SessionService: Sendable {
    private let session: GuidedSession

    init(session: GuidedSession) {
        self.session = session
    }

    func screen() async throws -> SessionScreen {
        try await offMain { try self.session.screen() }
    }

    /// Moves the session's clock on; called a few times a second while it runs.
    func tick() async throws -> SessionChange {
        try await change { try self.session.tick() }
    }

    /// Skips a question, the get-ready time or a rest: the core's `next` covers all three.
    func next() async throws -> SessionChange {
        try await change { try self.session.next() }
    }

    func done() async throws -> SessionChange {
        try await change { try self.session.done() }
    }

    func hurts() async throws -> SessionChange {
        try await change { try self.session.hurts() }
    }

    func skipExercise() async throws -> SessionChange {
        try await change { try self.session.skipExercise() }
    }

    func pause() async throws -> SessionChange {
        try await change { try self.session.pause() }
    }

    func resume() async throws -> SessionChange {
        try await change { try self.session.resume() }
    }

    func stop() async throws -> SessionChange {
        try await change { try self.session.stop() }
    }

    func reportPain(_ level: UInt32) async throws -> SessionChange {
        try await change { try self.session.reportPain(level: level) }
    }

    func reportCount(_ reps: UInt32) async throws -> SessionChange {
        try await change { try self.session.reportCount(reps: reps) }
    }

    private func change(_ call: @escaping @Sendable () throws -> SessionUpdate) async throws -> SessionChange {
        let update: SessionUpdate = try await offMain(call)
        return SessionChange(screen: update.screen, cues: update.cues)
    }
}
