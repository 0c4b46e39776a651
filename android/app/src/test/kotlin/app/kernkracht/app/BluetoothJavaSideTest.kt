package app.kernkracht.app

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

/**
 * btleplug's Rust code finds its Java side by name through JNI: the app must carry those
 * classes under the names it looks up, with the constructors and methods it calls.
 */
@RunWith(RobolectricTestRunner::class)
@Config(application = TestApplication::class)
class BluetoothJavaSideTest {
    @Test
    fun theClassesBtleplugLooksUpAreInTheApp() {
        val adapter = Class.forName("com.nonpolynomial.btleplug.android.impl.Adapter")
        // Rust creates the adapter with its no-argument constructor and starts scans on it
        // (JNI reaches the package's classes whatever Java's access rules say).
        assertNotNull(adapter.getDeclaredConstructor())
        assertNotNull(adapter.declaredMethods.firstOrNull { it.name == "startScan" })
        val peripheral = Class.forName("com.nonpolynomial.btleplug.android.impl.Peripheral")
        // One per device found, for its address.
        assertEquals(
            listOf(adapter, String::class.java),
            peripheral.getDeclaredConstructor(adapter, String::class.java).parameterTypes.toList()
        )
        listOf("io.github.gedgygedgy.rust.future.SimpleFuture", "io.github.gedgygedgy.rust.stream.QueueStream")
            .forEach { assertNotNull(Class.forName(it)) }
    }
}
