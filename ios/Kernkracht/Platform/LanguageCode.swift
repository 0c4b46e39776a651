extension Language {
    /// The language's code for Apple's APIs: the `.lproj` folder of the chrome strings and
    /// the speech voice.
    var code: String {
        switch self {
        case .nl: return "nl"
        case .en: return "en"
        }
    }
}
