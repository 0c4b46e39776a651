//! The cuff as the shells see it: frames, profiles, the engine and the simulator through the
//! facade, with its errors.

use kernkracht::api::cuff::{cuff_profile, decode_cuff_frame, BiofeedbackEngine, CuffSimulator};
use kernkracht::api::{
    BiofeedbackScreen, FrameKind, Hint, KernkrachtError, Language, PbuGoal, Phase, PressureUnit,
    Special,
};

const ICP: FrameKind = FrameKind::IntermediateCuffPressure;

#[test]
fn frames_decode_to_mmhg_with_their_specials() {
    let frame = decode_cuff_frame(ICP, vec![0x00, 0xD7, 0xF0, 0, 0, 0, 0], Language::En).unwrap();
    assert_eq!(frame.unit, PressureUnit::Mmhg);
    assert_eq!(frame.pressure.value, Some(21.5));
    assert_eq!(frame.pressure.special, None);
    assert_eq!(
        (frame.time_stamp, frame.pulse_rate, frame.user_id),
        (None, None, None)
    );

    // 2.0 kPa with a pulse rate that is not a number, from user 7.
    let frame = decode_cuff_frame(
        FrameKind::BloodPressureMeasurement,
        vec![0x0D, 0x14, 0xF0, 0xFF, 0x07, 0xFE, 0x07, 0xFF, 0x07, 0x07],
        Language::En,
    )
    .unwrap();
    assert_eq!(frame.unit, PressureUnit::Kpa);
    assert!((frame.pressure.value.unwrap() - 15.00124).abs() < 1e-9);
    assert_eq!(frame.diastolic.special, Some(Special::NotANumber));
    assert_eq!(frame.mean_arterial.special, Some(Special::PositiveInfinity));
    assert_eq!(frame.pulse_rate.unwrap().special, Some(Special::NotANumber));
    assert_eq!(frame.user_id, Some(7));
}

#[test]
fn malformed_frames_are_malformed_data() {
    for bytes in [
        vec![],
        vec![0x00, 0xD7],
        vec![0xE0, 0, 0, 0, 0, 0, 0],
        vec![0; 8],
    ] {
        match decode_cuff_frame(ICP, bytes.clone(), Language::En) {
            Err(KernkrachtError::MalformedData(message)) => {
                assert!(message.starts_with("the cuff frame"), "{message}")
            }
            other => panic!("{bytes:?}: {other:?}"),
        }
    }
}

#[test]
fn profiles_default_to_the_standard_and_take_vendor_uuids() {
    let standard = cuff_profile(None, None, Language::En).unwrap();
    assert_eq!(
        standard.service_uuid,
        "00001810-0000-1000-8000-00805f9b34fb"
    );
    assert_eq!(
        standard.characteristic_uuid,
        "00002a36-0000-1000-8000-00805f9b34fb"
    );
    assert_eq!(standard.frame_kind, ICP);
    let measurement = cuff_profile(None, Some("2A35".into()), Language::En).unwrap();
    assert_eq!(measurement.frame_kind, FrameKind::BloodPressureMeasurement);
    let vendor = cuff_profile(
        Some("6E400001-B5A3-F393-E0A9-E50E24DCCA9E".into()),
        None,
        Language::En,
    )
    .unwrap();
    assert_eq!(vendor.service_uuid, "6e400001-b5a3-f393-e0a9-e50e24dcca9e");
    assert!(matches!(
        cuff_profile(Some("not-a-uuid".into()), None, Language::Nl),
        Err(KernkrachtError::InvalidInput(_))
    ));
}

/// Pumps to 70 mmHg and rests until ready.
fn inflate(engine: &BiofeedbackEngine) -> BiofeedbackScreen {
    let mut state = engine.state();
    for i in 0..=200u32 {
        let mmhg = if i < 100 { 0.7 * f64::from(i) } else { 70.0 };
        state = engine.push_sample(i * 50, mmhg);
    }
    state
}

#[test]
fn the_engine_guides_in_the_chosen_language() {
    let engine = BiofeedbackEngine::for_exercise("pbu-prone-draw-in".into(), Language::Nl).unwrap();
    let first = engine.push_sample(0, 20.0);
    assert_eq!(first.phase, Phase::Inflating);
    assert_eq!(first.start_mmhg, 70.0);
    assert_eq!(first.hint_kinds(), [Hint::PumpFurther]);
    assert_eq!(first.hint_text.as_deref(), Some("Pomp verder op."));
    assert_eq!(first.target_label, "Pomp op tot 70 mmHg");
    assert_eq!(first.pressure_label, "20 mmHg");
    let ready = inflate(&engine);
    assert_eq!(ready.phase, Phase::Ready);
    assert_eq!(ready.hold_target_ms, 15_000);
    let band = ready.band.unwrap();
    assert!(ready.scale_min_mmhg < band.low_mmhg && band.high_mmhg < ready.scale_max_mmhg);
    assert!(
        ready.target_label.starts_with("Doel: "),
        "{}",
        ready.target_label
    );
    // Bearing down for two seconds.
    let mut state = ready;
    for i in 0..40u32 {
        state = engine.push_sample(10_050 + i * 50, 75.0);
    }
    assert!(state.hint_kinds().contains(&Hint::Pressing));
    assert_eq!(engine.state(), state);
    let out = engine.push_sample(12_100, 250.0);
    assert_eq!(out.hint_kinds(), [Hint::SensorFault]);
    assert_eq!(out.pressure_mmhg, None);
}

/// A stream's readings carry the app's clock: the engine starts the set's clock at the first
/// one, so they guide exactly as the same samples from 0 ms, and a missing measurement is a
/// sensor fault.
#[test]
fn stream_readings_start_the_sets_clock_at_the_first() {
    use kernkracht::api::ble::CuffReading;
    const AT: i64 = 1_796_630_400_000;
    let by_sample =
        BiofeedbackEngine::for_exercise("pbu-prone-draw-in".into(), Language::En).unwrap();
    let by_reading =
        BiofeedbackEngine::for_exercise("pbu-prone-draw-in".into(), Language::En).unwrap();
    let expected = inflate(&by_sample);
    let mut state = by_reading.state();
    for i in 0..=200u32 {
        let mmhg = if i < 100 { 0.7 * f64::from(i) } else { 70.0 };
        state = by_reading.push_reading(CuffReading {
            at_ms: AT + i64::from(i) * 50,
            mmhg: Some(mmhg),
        });
    }
    assert_eq!(state, expected);
    assert_eq!(state.phase, Phase::Ready);
    let fault = by_reading.push_reading(CuffReading {
        at_ms: AT + 10_050,
        mmhg: None,
    });
    assert_eq!(fault.hint_kinds(), [Hint::SensorFault]);
}

#[test]
fn frames_feed_the_engine_and_bad_ones_change_nothing() {
    let goal = PbuGoal::Keep {
        keep_mmhg: 40,
        tolerance_mmhg: 3,
    };
    let engine = BiofeedbackEngine::new(40, goal, Some(5), Language::En).unwrap();
    // 40.0 mmHg as 400 × 10⁻¹.
    let forty = vec![0x00, 0x90, 0xF1, 0xFF, 0x07, 0xFF, 0x07];
    let state = engine.push_frame(0, ICP, forty.clone()).unwrap();
    assert_eq!(state.pressure_mmhg, Some(40.0));
    let before = engine.state();
    assert!(matches!(
        engine.push_frame(50, ICP, vec![0x00]),
        Err(KernkrachtError::MalformedData(_))
    ));
    assert_eq!(engine.state(), before);
    let mut state = before;
    for i in 1..=200u32 {
        state = engine.push_frame(i * 50, ICP, forty.clone()).unwrap();
    }
    assert_eq!(state.phase, Phase::Exercising);
    assert!(state.reps >= 1);
    let result = engine.finish_set(Some("AA:BB".into()));
    assert_eq!(result.pressure.cuff_identifier.as_deref(), Some("AA:BB"));
    assert_eq!(result.pressure.time_in_band_pct, 100.0);
    assert_eq!(engine.state().reps, 0);
}

#[test]
fn bad_set_ups_are_refused() {
    assert!(matches!(
        BiofeedbackEngine::for_exercise("moonwalk".into(), Language::En),
        Err(KernkrachtError::NotFound(_))
    ));
    assert!(matches!(
        BiofeedbackEngine::for_exercise("abdominal-plank-two-legs".into(), Language::En),
        Err(KernkrachtError::InvalidInput(_))
    ));
    let goal = PbuGoal::Drop {
        drop_mmhg: 10,
        band_min_mmhg: 6,
        band_max_mmhg: 12,
    };
    assert!(matches!(
        BiofeedbackEngine::new(8, goal, None, Language::En),
        Err(KernkrachtError::InvalidInput(_))
    ));
    assert!(matches!(
        CuffSimulator::for_exercise("pbu-nothing".into(), 1, Language::En),
        Err(KernkrachtError::NotFound(_))
    ));
}

#[test]
fn the_simulator_drives_the_engine_through_frames() {
    let simulator =
        CuffSimulator::for_exercise("pbu-sitting-leg-lift".into(), 11, Language::En).unwrap();
    let twin =
        CuffSimulator::for_exercise("pbu-sitting-leg-lift".into(), 11, Language::En).unwrap();
    let engine =
        BiofeedbackEngine::for_exercise("pbu-sitting-leg-lift".into(), Language::En).unwrap();
    let mut count = 0;
    while let Some(notification) = simulator.next_notification() {
        let sample = twin.next_sample().unwrap();
        assert_eq!(sample.t_ms, notification.t_ms);
        engine
            .push_frame(notification.t_ms, ICP, notification.payload)
            .unwrap();
        count += 1;
    }
    assert!(twin.next_sample().is_none());
    assert!(count > 1_000);
    assert!(engine.finish_set(None).reps >= 3);
}

trait HintKinds {
    fn hint_kinds(&self) -> Vec<Hint>;
}

impl HintKinds for BiofeedbackScreen {
    fn hint_kinds(&self) -> Vec<Hint> {
        self.hints.clone()
    }
}
