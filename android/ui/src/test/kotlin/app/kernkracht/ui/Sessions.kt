package app.kernkracht.ui

import app.kernkracht.core.Stage
import app.kernkracht.core.presenter.SessionEvent
import app.kernkracht.core.presenter.SessionPresenter

/** Answers what the session asks and lets virtual time pass until it is over. */
fun Harness.finishSession(presenter: SessionPresenter, painBefore: Int = 4, painAfter: Int = 3) {
    settle()
    repeat(20_000) {
        when (presenter.state.value.screen?.stage) {
            Stage.PAIN_BEFORE -> presenter.onEvent(SessionEvent.ReportPain(painBefore))
            Stage.PAIN_AFTER -> presenter.onEvent(SessionEvent.ReportPain(painAfter))
            Stage.AWAITING_COUNT -> presenter.onEvent(SessionEvent.ReportCount(8))
            Stage.FINISHED, Stage.ENDED, null -> return
            else -> advance(1_000)
        }
        settle()
    }
    error("the session did not end")
}

/** Lets virtual time pass until the session shows [stage]. */
fun Harness.advanceUntil(presenter: SessionPresenter, stage: Stage) {
    repeat(2_000) {
        if (presenter.state.value.screen?.stage == stage) return
        advance(200)
    }
    error("never reached $stage: ${presenter.state.value.screen?.stage}")
}
