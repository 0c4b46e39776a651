package app.kernkracht.core.presenter

import app.kernkracht.core.BluetoothRefusal
import app.kernkracht.core.CuffPairing
import app.kernkracht.core.PairingScreen
import kotlinx.coroutines.CoroutineScope

/** What the cuff-pairing screen shows. */
data class PairingState(val screen: PairingScreen? = null, val loading: Boolean = true, val error: String? = null)

sealed interface PairingEvent {
    data object Search : PairingEvent

    data class Pair(val identifier: String) : PairingEvent

    data object Forget : PairingEvent
}

/**
 * Search, pair and forget through the core's pairing object; Bluetooth that is off or not
 * allowed comes back as the screen's own state. Monitoring a cuff is navigation, handled by
 * the shell.
 *
 * Before each search the presenter asks the platform through [access], which may show the
 * system's permission dialog and answers with the refusal it met (or null when a search can
 * start); a refusal goes to the core instead of the search, so the core words the screen.
 */
class PairingPresenter(
    private val core: CoreService,
    scope: CoroutineScope,
    private val searchMs: UInt = 8_000u,
    private val access: suspend () -> BluetoothRefusal? = { null }
) : Presenter<PairingState, PairingEvent>(PairingState(), scope) {
    private var pairing: CuffPairing? = null

    init {
        serially {
            when (val opened = core.attempt { it.cuffPairing() }) {
                is Outcome.Ok -> {
                    pairing = opened.value
                    show(core.attempt { opened.value.screen() })
                }

                is Outcome.Failed -> show(opened)
            }
        }
    }

    override fun onEvent(event: PairingEvent) {
        serially {
            val pairing = pairing ?: return@serially
            val refusal = if (event == PairingEvent.Search) access() else null
            if (event == PairingEvent.Search && refusal == null) update { it.copy(loading = true) }
            show(
                core.attempt {
                    when (event) {
                        PairingEvent.Search -> refusal?.let(pairing::refused) ?: pairing.search(searchMs)
                        is PairingEvent.Pair -> pairing.pair(event.identifier)
                        PairingEvent.Forget -> pairing.forget()
                    }
                }
            )
        }
    }

    private fun show(outcome: Outcome<PairingScreen>) = update {
        when (outcome) {
            is Outcome.Ok -> PairingState(screen = outcome.value, loading = false)
            is Outcome.Failed -> it.copy(loading = false, error = outcome.message)
        }
    }
}
