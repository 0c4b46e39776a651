package app.kernkracht.core

import java.io.File

/** The reminders onboarding proposes: Monday, Wednesday and Friday at 18:00 in Amsterdam. */
internal fun amsterdamReminders(): ReminderSettings = defaultReminderSettings("Europe/Amsterdam")

/** Onboarding answers for a tests' user; each test changes what it is about. */
internal fun onboarding(
    heightCm: Double = 176.0,
    language: Language = Language.EN,
    equipment: List<Equipment> = listOf(Equipment.MAT),
    redFlags: Boolean = false,
    acutePain: Boolean = false,
) = Onboarding(
    heightCm = heightCm,
    language = language,
    goal = Goal.RECOVERY,
    equipment = equipment,
    redFlags = redFlags,
    acutePain = acutePain,
    reminders = amsterdamReminders(),
)

/** An app on a fresh database in `dir`, onboarded with `answers`. */
internal fun onboardedApp(dir: File, answers: Onboarding = onboarding()): Kernkracht {
    val app = Kernkracht.open(File(dir, "k.db").path, "en")
    app.completeOnboarding(answers)
    return app
}
