package app.kernkracht.core.presenter

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
 * allowed comes back as the screen's own state, which the shell turns into the system's
 * switch or permission dialog. Monitoring a cuff is navigation, handled by the shell.
 */
class PairingPresenter(private val core: CoreService, scope: CoroutineScope, private val searchMs: UInt = 8_000u) :
    Presenter<PairingState, PairingEvent>(PairingState(), scope) {
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
            if (event == PairingEvent.Search) update { it.copy(loading = true) }
            show(
                core.attempt {
                    when (event) {
                        PairingEvent.Search -> pairing.search(searchMs)
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
