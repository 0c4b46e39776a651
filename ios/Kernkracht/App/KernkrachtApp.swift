import SwiftUI

/// The app's entry: opens the core on the database in Application Support (never backed up
/// to iCloud: health records leave the phone only in a backup the user exports) and shows
/// the root view.
@main
struct KernkrachtApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate

    var body: some Scene {
        WindowGroup {
            RootView(model: delegate.model)
                .task { delegate.model.process(.open(databasePath: Self.databasePath(), locale: Self.locale())) }
        }
    }

    private static func databasePath() -> String {
        let manager = FileManager.default
        var folder = (try? manager.url(for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true))
            ?? manager.temporaryDirectory
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? folder.setResourceValues(values)
        return folder.appendingPathComponent("kernkracht.db").path
    }

    /// The device's preferred language, as a BCP 47 tag the core reads (`nl-BE`).
    private static func locale() -> String {
        Locale.preferredLanguages.first ?? Locale.current.identifier
    }
}
