package app.kernkracht.core

/**
 * The core's Bluetooth on Android. btleplug's Android backend works through the JVM's own
 * Bluetooth classes, so the core must be handed the JVM once, before the first scan; the
 * entry point it calls, `Java_app_kernkracht_core_Bluetooth_init`, exists only in the core
 * built for Android (see docs/bluetooth.md). The desktop never calls it: there btleplug talks
 * to BlueZ.
 */
object Bluetooth {
    init {
        System.loadLibrary("kernkracht")
    }

    /** Hands the JVM to the core's Bluetooth client; fails with a RuntimeException if btleplug cannot start. */
    @JvmStatic external fun init()
}
