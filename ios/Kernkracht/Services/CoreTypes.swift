import KernkrachtCore

// The core's records and enums that view-models, views and platform code name. They are
// plain values: the objects that call into the core (Kernkracht, GuidedSession,
// CuffPairing, CuffStream, BiofeedbackEngine) stay inside the services, so no other layer
// can make an FFI call. Each alias names the generated type with its module, which is the
// form scripts/check-swift-calls.py checks against the fresh bindings.

typealias Language = KernkrachtCore.Language
typealias Weekday = KernkrachtCore.Weekday
typealias DayChoice = KernkrachtCore.DayChoice
typealias LocalTime = KernkrachtCore.LocalTime

typealias TodayScreen = KernkrachtCore.TodayScreen
typealias TodayAction = KernkrachtCore.TodayAction
typealias DayView = KernkrachtCore.DayView
typealias DayKind = KernkrachtCore.DayKind
typealias PlanView = KernkrachtCore.PlanView
typealias PlanLine = KernkrachtCore.PlanLine
typealias SafetyNotice = KernkrachtCore.SafetyNotice

typealias OnboardingScreen = KernkrachtCore.OnboardingScreen
typealias HeightField = KernkrachtCore.HeightField
typealias SafetyQuestion = KernkrachtCore.SafetyQuestion
typealias Goal = KernkrachtCore.Goal
typealias Equipment = KernkrachtCore.Equipment
typealias ScheduleField = KernkrachtCore.ScheduleField

typealias SessionScreen = KernkrachtCore.SessionScreen
typealias SessionAction = KernkrachtCore.SessionAction
typealias TimerView = KernkrachtCore.TimerView
typealias PainPrompt = KernkrachtCore.PainPrompt
typealias CueEffect = KernkrachtCore.CueEffect
typealias Sound = KernkrachtCore.Sound
typealias Vibration = KernkrachtCore.Vibration

typealias PairingScreen = KernkrachtCore.PairingScreen
typealias PairingAction = KernkrachtCore.PairingAction
typealias PairingState = KernkrachtCore.PairingState
typealias CandidateView = KernkrachtCore.CandidateView
typealias BiofeedbackScreen = KernkrachtCore.BiofeedbackScreen
typealias CuffReading = KernkrachtCore.CuffReading
typealias LinkState = KernkrachtCore.LinkState

typealias HistoryScreen = KernkrachtCore.HistoryScreen
typealias HistoryRow = KernkrachtCore.HistoryRow
typealias WeekBar = KernkrachtCore.WeekBar
typealias ChartSeries = KernkrachtCore.ChartSeries

typealias SettingsScreen = KernkrachtCore.SettingsScreen
typealias SettingsAction = KernkrachtCore.SettingsAction
