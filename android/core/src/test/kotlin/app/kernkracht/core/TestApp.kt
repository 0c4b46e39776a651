package app.kernkracht.core

import java.io.File

/**
 * The real core on a fresh database in [dir], wired to a [FakeClock] and a
 * [RecordingScheduler]: what a shell holds, minus the screens. Close it (or `use` it) so the
 * database is closed before JUnit deletes the directory.
 */
class TestApp(
    dir: File,
    locale: String = "nl-BE",
    val clock: FakeClock = FakeClock(),
    val scheduler: RecordingScheduler = RecordingScheduler(),
    fileName: String = "kernkracht.db"
) : AutoCloseable {
    val path: String = File(dir, fileName).path
    val core: Kernkracht = Kernkracht.open(path, locale, clock, scheduler)

    override fun close() = core.close()
}

/** The equipment most users have at home. */
val MAT_AND_BALL: List<Equipment> = listOf(Equipment.MAT, Equipment.BALL)

/**
 * Answers every onboarding step through the flow, as a user would, and saves the profile:
 * Monday, Wednesday and Friday at 18:00, the days the flow proposes.
 */
fun Kernkracht.onboard(
    language: Language = Language.NL,
    height: String = "180",
    redFlags: Boolean = false,
    acutePain: Boolean = false,
    equipment: List<Equipment> = MAT_AND_BALL
): Profile = startOnboarding().use { flow ->
    flow.chooseLanguage(language)
    flow.nextTo(OnboardingStep.HEIGHT)
    flow.enterHeight(height)
    flow.nextTo(OnboardingStep.SAFETY)
    flow.answerRedFlags(redFlags)
    flow.answerAcutePain(acutePain)
    flow.nextTo(OnboardingStep.GOAL)
    flow.chooseGoal(Goal.RECOVERY)
    flow.nextTo(OnboardingStep.EQUIPMENT)
    equipment.forEach { flow.setEquipment(it, true) }
    flow.nextTo(OnboardingStep.SCHEDULE)
    flow.nextTo(OnboardingStep.SUMMARY)
    flow.finish()
}

/** Goes on to [step]; fails with the screen's own problem text when the flow refuses. */
fun OnboardingFlow.nextTo(step: OnboardingStep): OnboardingScreen {
    val screen = next()
    check(screen.step == step) { "stuck on ${screen.step}: ${screen.problem}" }
    return screen
}
