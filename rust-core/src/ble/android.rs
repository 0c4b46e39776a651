//! Android: btleplug runs on the JVM's Bluetooth classes and must be handed the JNI
//! environment once, before the first scan. The Kotlin shell declares
//! `object Bluetooth { @JvmStatic external fun init() }` in package `app.kernkracht.core` and
//! calls it at application start (see `docs/bluetooth.md`).

use jni::errors::ThrowRuntimeExAndDefault;
use jni::objects::JClass;
use jni::EnvUnowned;

/// `app.kernkracht.core.Bluetooth.init()`: initialises btleplug's Android backend; a failure
/// is thrown to Kotlin as a `RuntimeException`.
#[unsafe(no_mangle)]
pub extern "system" fn Java_app_kernkracht_core_Bluetooth_init<'caller>(
    mut unowned_env: EnvUnowned<'caller>,
    _class: JClass<'caller>,
) {
    unowned_env
        .with_env(|env| -> Result<(), btleplug::Error> { btleplug::platform::init(env) })
        .resolve::<ThrowRuntimeExAndDefault>()
}
