//! Fuzzes the cuff frame codec: any bytes either decode or give a typed error, never a panic;
//! whatever decodes encodes back to exactly the same bytes; and a decoded frame's reading
//! passes through the biofeedback engine.

#![no_main]

use kernkracht::catalogue::PbuGoal;
use kernkracht::cuff::codec::{decode, encode};
use kernkracht::cuff::{Engine, EngineConfig, FrameKind, Reading};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let kind = if selector & 1 == 0 {
        FrameKind::IntermediateCuffPressure
    } else {
        FrameKind::BloodPressureMeasurement
    };
    let Ok(frame) = decode(kind, bytes) else {
        return;
    };
    assert_eq!(&*encode(&frame), bytes);
    assert_eq!(decode(kind, &encode(&frame)), Ok(frame));

    let goal = PbuGoal::Keep {
        keep_mmhg: 40,
        tolerance_mmhg: 3,
    };
    let mut engine = Engine::new(EngineConfig::new(40, goal, None).expect("a valid target"));
    let mmhg = frame.mmhg(frame.pressure).unwrap_or(f64::NAN);
    engine.push(Reading { t_ms: 0, mmhg });
    engine.push(Reading { t_ms: 50, mmhg });
});
