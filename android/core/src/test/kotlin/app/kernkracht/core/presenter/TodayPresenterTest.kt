@file:OptIn(ExperimentalCoroutinesApi::class)

package app.kernkracht.core.presenter

import app.kernkracht.core.SafetyKind
import app.kernkracht.core.TodayAction
import java.io.File
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.test.StandardTestDispatcher
import kotlinx.coroutines.test.runCurrent
import kotlinx.coroutines.test.runTest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

class TodayPresenterTest {
    @TempDir
    lateinit var dir: File

    @Test
    fun `before onboarding the only way on is onboarding, after it today's plan`() = runTest(StandardTestDispatcher()) {
        val core = openCore(dir)
        val presenter = TodayPresenter(core, backgroundScope)
        runCurrent()
        val before = presenter.state.value.screen!!
        assertEquals(SafetyKind.NO_PROFILE, before.safety!!.kind)
        assertEquals(listOf(TodayAction.COMPLETE_ONBOARDING), before.actions)

        onboard(core, backgroundScope)
        presenter.onEvent(TodayEvent.Refresh)
        runCurrent()
        val after = presenter.state.value.screen!!
        assertNull(after.safety)
        assertTrue(after.headline.startsWith("Today: session 1"), after.headline)
        assertEquals(listOf(TodayAction.START_SESSION), after.actions)
        assertEquals(7, after.week.size)
        assertTrue(after.plan!!.sections.flatMap { it.exercises }.all { it.dosage.isNotEmpty() })
        core.close()
    }
}
