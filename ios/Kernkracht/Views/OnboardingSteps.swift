import SwiftUI

/// The content of one onboarding step.
struct OnboardingStepView: View {
    let screen: OnboardingScreen
    let process: @MainActor (OnboardingModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        switch screen.step {
        case .language:
            ForEach(screen.languages, id: \.self) { choice in
                ChoiceRow(label: choice.label, selected: choice.selected) { process(.chooseLanguage(choice.language)) }
            }
        case .height:
            HeightStep(height: screen.height, process: process)
        case .safety:
            ForEach(screen.safety, id: \.self) { question in
                SafetyQuestionCard(question: question, process: process)
            }
        case .goal:
            ForEach(screen.goals, id: \.self) { goal in
                ChoiceRow(label: goal.label, detail: goal.detail, selected: goal.selected) { process(.chooseGoal(goal.goal)) }
            }
        case .equipment:
            ForEach(screen.equipment, id: \.self) { item in
                Toggle(item.label, isOn: Binding(get: { item.selected }, set: { process(.setEquipment(item.item, owned: $0)) }))
            }
        case .schedule:
            ScheduleStep(schedule: screen.schedule, process: process)
        case .summary:
            ForEach(screen.summary, id: \.self) { line in
                VStack(alignment: .leading) {
                    Text(line.label).font(.subheadline.bold())
                    Text(line.value)
                }
                .accessibilityElement(children: .combine)
            }
            Card(title: chrome.text("onboarding.permissions")) {
                ForEach(screen.permissions, id: \.self) { Text($0) }
            }
        }
    }
}

/// The height field; the text stays local while typing so no keystroke waits for the core.
private struct HeightStep: View {
    let height: HeightField
    let process: @MainActor (OnboardingModel.Action) -> Void
    @State private var text: String
    @Environment(\.chrome) private var chrome

    init(height: HeightField, process: @escaping @MainActor (OnboardingModel.Action) -> Void) {
        self.height = height
        self.process = process
        _text = State(initialValue: height.text)
    }

    var body: some View {
        TextField(chrome.text("onboarding.height"), text: $text)
            .keyboardType(.decimalPad)
            .textFieldStyle(.roundedBorder)
            .onChange(of: text) { _, typed in process(.enterHeight(typed)) }
        if let error = height.error {
            ProblemText(error)
        }
        if let ball = height.ball {
            Card(title: ball.label, tint: Color.accentColor.opacity(0.12)) {
                Text(ball.reason)
            }
        }
    }
}

/// A safety question; neither answer is chosen until the user chooses (the core gives none).
private struct SafetyQuestionCard: View {
    let question: SafetyQuestion
    let process: @MainActor (OnboardingModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Card(title: question.question) {
            ForEach(question.details, id: \.self) { detail in
                Text("• " + detail)
            }
            HStack(spacing: 12) {
                ActionButton(title: chrome.text("answer.yes"), prominent: question.answer == true) { answer(true) }
                ActionButton(title: chrome.text("answer.no"), prominent: question.answer == false) { answer(false) }
            }
        }
    }

    private func answer(_ yes: Bool) {
        switch question.topic {
        case .redFlags: process(.answerRedFlags(yes))
        case .acutePain: process(.answerAcutePain(yes))
        }
    }
}

private struct ScheduleStep: View {
    let schedule: ScheduleField
    let process: @MainActor (OnboardingModel.Action) -> Void
    @Environment(\.chrome) private var chrome

    var body: some View {
        Card(title: chrome.text("schedule.days")) {
            DayToggles(days: schedule.days) { day, on in process(.setTrainingDay(day, on: on)) }
        }
        Card(title: chrome.text("schedule.time")) {
            TimeStepper(field: schedule.time) { (time: LocalTime) in
                process(.setTime(hour: time.hour, minute: time.minute))
            }
        }
        if let error = schedule.error {
            ProblemText(error)
        }
        Text(schedule.advice)
    }
}
