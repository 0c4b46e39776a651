import SwiftUI
import UniformTypeIdentifiers

/// A backup as a JSON file for the file exporter and importer. The core writes and reads
/// the JSON; this only carries it to and from the Files app.
struct BackupDocument: FileDocument {
    static let readableContentTypes: [UTType] = [.json]

    let json: String

    init(json: String) {
        self.json = json
    }

    init(configuration: ReadConfiguration) throws {
        guard let data = configuration.file.regularFileContents, let json = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.json = json
    }

    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper {
        FileWrapper(regularFileWithContents: Data(json.utf8))
    }

    /// Reads a file the importer picked; files outside the app's container need their
    /// security scope opened first.
    static func read(_ url: URL) throws -> String {
        let scoped = url.startAccessingSecurityScopedResource()
        defer { if scoped { url.stopAccessingSecurityScopedResource() } }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

extension Error {
    /// The user closed a file dialog: no failure to report.
    var isCancellation: Bool {
        (self as? CocoaError)?.code == .userCancelled
    }
}
