package app.kernkracht.ui

import androidx.compose.runtime.staticCompositionLocalOf
import app.kernkracht.core.Language
import app.kernkracht.core.PairingAction
import app.kernkracht.core.SessionAction
import app.kernkracht.core.SettingsAction
import app.kernkracht.core.TodayAction

/**
 * The app's chrome: button captions, tab and section titles. Content and messages come from
 * the core in the user's language; these few words are the shell's, keyed by the core's
 * action enums so a new action cannot go without a caption (the `when`s are exhaustive).
 */
interface Chrome {
    val today: String
    val history: String
    val cuff: String
    val settings: String
    val next: String
    val back: String
    val finish: String
    val yes: String
    val no: String
    val loading: String
    val stop: String
    val weekAhead: String
    val heightHint: String
    val trainingDays: String
    val time: String
    val earlier: String
    val permissions: String
    val later: String
    val howTo: String
    val attention: String
    val countHint: String
    val adherence: String
    val painTrend: String
    val cuffTrend: String
    val sessions: String
    val language: String
    val profile: String
    val backup: String
    val deleteTitle: String
    val deleteConfirm: String
    val cancel: String
    val pair: String
    val paired: String
    val found: String
    val hold: String
    fun step(number: Int, count: Int): String

    fun today(action: TodayAction): String

    fun session(action: SessionAction): String

    fun pairing(action: PairingAction): String

    fun settings(action: SettingsAction): String
}

/** Dutch chrome. */
object DutchChrome : Chrome {
    override val today = "Vandaag"
    override val history = "Verloop"
    override val cuff = "Manchet"
    override val settings = "Instellingen"
    override val next = "Volgende"
    override val back = "Terug"
    override val finish = "Opslaan en beginnen"
    override val yes = "Ja"
    override val no = "Nee"
    override val loading = "Even geduld…"
    override val stop = "Stoppen"
    override val weekAhead = "Je week"
    override val heightHint = "Lengte in cm"
    override val trainingDays = "Trainingsdagen"
    override val time = "Tijdstip"
    override val earlier = "Vroeger"
    override val permissions = "Toestemmingen"
    override val later = "Later"
    override val howTo = "Zo doe je het"
    override val attention = "Let op"
    override val countHint = "Aantal herhalingen"
    override val adherence = "Sessies per week"
    override val painTrend = "Pijn"
    override val cuffTrend = "Drukmanchet"
    override val sessions = "Sessies"
    override val language = "Taal"
    override val profile = "Profiel"
    override val backup = "Reservekopie"
    override val deleteTitle = "Alles wissen?"
    override val deleteConfirm = "Ja, alles wissen"
    override val cancel = "Annuleren"
    override val pair = "Koppel"
    override val paired = "Gekoppeld"
    override val found = "Gevonden"
    override val hold = "Vasthouden"
    override fun step(number: Int, count: Int) = "Stap $number van $count"

    override fun today(action: TodayAction) = when (action) {
        TodayAction.START_SESSION -> "Start de sessie"
        TodayAction.COMPLETE_ONBOARDING -> "Beantwoord de vragen"
        TodayAction.CONFIRM_DOCTOR_CLEARED -> "De arts vindt trainen goed"
        TodayAction.CONFIRM_PAIN_SETTLED -> "Het ergste is voorbij"
    }

    override fun session(action: SessionAction) = when (action) {
        SessionAction.REPORT_PAIN -> "Bewaar pijnscore"
        SessionAction.SKIP_QUESTION -> "Sla over"
        SessionAction.START_NOW -> "Nu beginnen"
        SessionAction.DONE -> "Klaar"
        SessionAction.ENTER_COUNT -> "Bewaar aantal"
        SessionAction.HURTS -> "Het doet pijn"
        SessionAction.SKIP_REST -> "Rust overslaan"
        SessionAction.SKIP_EXERCISE -> "Oefening overslaan"
        SessionAction.PAUSE -> "Pauze"
        SessionAction.RESUME -> "Verder"
        SessionAction.STOP -> "Stoppen"
        SessionAction.CLOSE -> "Sluiten"
    }

    override fun pairing(action: PairingAction) = when (action) {
        PairingAction.SEARCH -> "Zoek manchet"
        PairingAction.PAIR -> "Koppel"
        PairingAction.FORGET -> "Vergeet manchet"
        PairingAction.MONITOR -> "Bekijk de druk"
        PairingAction.TRY_SIMULATION -> "Probeer zonder manchet"
        PairingAction.OPEN_APP_SETTINGS -> "Open de instellingen"
    }

    override fun settings(action: SettingsAction) = when (action) {
        SettingsAction.CHANGE_LANGUAGE -> "Taal"
        SettingsAction.CHANGE_TRAINING_DAYS -> "Dagen opslaan"
        SettingsAction.MANAGE_CUFF -> "Manchet beheren"
        SettingsAction.EXPORT_BACKUP -> "Reservekopie maken"
        SettingsAction.IMPORT_BACKUP -> "Reservekopie terugzetten"
        SettingsAction.DELETE_ALL_DATA -> "Alles wissen"
    }
}

/** English chrome. */
object EnglishChrome : Chrome {
    override val today = "Today"
    override val history = "Progress"
    override val cuff = "Cuff"
    override val settings = "Settings"
    override val next = "Next"
    override val back = "Back"
    override val finish = "Save and start"
    override val yes = "Yes"
    override val no = "No"
    override val loading = "One moment…"
    override val stop = "Stop"
    override val weekAhead = "Your week"
    override val heightHint = "Height in cm"
    override val trainingDays = "Training days"
    override val time = "Time"
    override val earlier = "Earlier"
    override val permissions = "Permissions"
    override val later = "Later"
    override val howTo = "How to do it"
    override val attention = "Watch out"
    override val countHint = "Number of repetitions"
    override val adherence = "Sessions per week"
    override val painTrend = "Pain"
    override val cuffTrend = "Pressure cuff"
    override val sessions = "Sessions"
    override val language = "Language"
    override val profile = "Profile"
    override val backup = "Backup"
    override val deleteTitle = "Delete everything?"
    override val deleteConfirm = "Yes, delete everything"
    override val cancel = "Cancel"
    override val pair = "Pair"
    override val paired = "Paired"
    override val found = "Found"
    override val hold = "Hold"
    override fun step(number: Int, count: Int) = "Step $number of $count"

    override fun today(action: TodayAction) = when (action) {
        TodayAction.START_SESSION -> "Start the session"
        TodayAction.COMPLETE_ONBOARDING -> "Answer the questions"
        TodayAction.CONFIRM_DOCTOR_CLEARED -> "My doctor allows training"
        TodayAction.CONFIRM_PAIN_SETTLED -> "The worst is over"
    }

    override fun session(action: SessionAction) = when (action) {
        SessionAction.REPORT_PAIN -> "Save pain score"
        SessionAction.SKIP_QUESTION -> "Skip"
        SessionAction.START_NOW -> "Start now"
        SessionAction.DONE -> "Done"
        SessionAction.ENTER_COUNT -> "Save count"
        SessionAction.HURTS -> "It hurts"
        SessionAction.SKIP_REST -> "Skip rest"
        SessionAction.SKIP_EXERCISE -> "Skip exercise"
        SessionAction.PAUSE -> "Pause"
        SessionAction.RESUME -> "Resume"
        SessionAction.STOP -> "Stop"
        SessionAction.CLOSE -> "Close"
    }

    override fun pairing(action: PairingAction) = when (action) {
        PairingAction.SEARCH -> "Search for the cuff"
        PairingAction.PAIR -> "Pair"
        PairingAction.FORGET -> "Forget cuff"
        PairingAction.MONITOR -> "Watch the pressure"
        PairingAction.TRY_SIMULATION -> "Try without a cuff"
        PairingAction.OPEN_APP_SETTINGS -> "Open settings"
    }

    override fun settings(action: SettingsAction) = when (action) {
        SettingsAction.CHANGE_LANGUAGE -> "Language"
        SettingsAction.CHANGE_TRAINING_DAYS -> "Save days"
        SettingsAction.MANAGE_CUFF -> "Manage cuff"
        SettingsAction.EXPORT_BACKUP -> "Make a backup"
        SettingsAction.IMPORT_BACKUP -> "Restore a backup"
        SettingsAction.DELETE_ALL_DATA -> "Delete everything"
    }
}

/** The chrome for the app's language. */
fun chromeFor(language: Language): Chrome = when (language) {
    Language.NL -> DutchChrome
    Language.EN -> EnglishChrome
}

/** The chrome the pages below use; the app root provides it from the core's language. */
val LocalChrome = staticCompositionLocalOf<Chrome> { EnglishChrome }
