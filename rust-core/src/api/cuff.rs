//! The pressure-biofeedback cuff for the shells: decoding a cuff's frames, the biofeedback
//! engine that turns readings into feedback, and the simulated cuff.

use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;

use crate::api::app::find_exercise;
use crate::api::ble::CuffReading;
use crate::api::error::in_language;
use crate::api::KernkrachtError;
use crate::catalogue::PbuGoal;
use crate::cuff::codec::{self, MeasurementStatus, PulseRateRange, TimeStamp};
use crate::cuff::{
    self as domain, Engine, EngineConfig, FrameKind, PressureUnit, Reading, SFloat, SetResult,
    Simulator, Special,
};
use crate::language::Language;
use crate::screens::biofeedback::{self, BiofeedbackScreen};

/// One number from a frame: a value, or the special value the cuff sent instead.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, uniffi::Record)]
pub struct CuffValue {
    pub value: Option<f64>,
    pub special: Option<Special>,
}

/// The cuff's remarks on a measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CuffStatus {
    /// The status bits as sent.
    pub raw: u16,
    pub body_movement: bool,
    pub cuff_too_loose: bool,
    pub irregular_pulse: bool,
    pub pulse_rate_range: PulseRateRange,
    pub improper_position: bool,
}

/// A decoded cuff frame, pressures in mmHg whatever unit the cuff used.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct CuffFrame {
    pub kind: FrameKind,
    /// The unit the cuff sent.
    pub unit: PressureUnit,
    /// The cuff pressure (0x2A36) or the systolic pressure (0x2A35).
    pub pressure: CuffValue,
    /// Diastolic pressure; unused in 0x2A36.
    pub diastolic: CuffValue,
    /// Mean arterial pressure; unused in 0x2A36.
    pub mean_arterial: CuffValue,
    pub time_stamp: Option<TimeStamp>,
    /// Beats per minute.
    pub pulse_rate: Option<CuffValue>,
    pub user_id: Option<u8>,
    pub measurement_status: Option<CuffStatus>,
}

/// Where a cuff publishes its pressure, as canonical UUIDs, and how to read its frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CuffProfile {
    pub service_uuid: String,
    pub characteristic_uuid: String,
    pub frame_kind: FrameKind,
}

/// One simulated reading; `mmhg` is not a number while the simulated sensor is faulty.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, uniffi::Record)]
pub struct CuffSample {
    pub t_ms: u32,
    pub mmhg: f64,
}

/// One simulated notification: a standard Intermediate Cuff Pressure frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CuffNotification {
    pub t_ms: u32,
    pub payload: Vec<u8>,
}

impl CuffValue {
    fn new(value: Option<f64>, raw: SFloat) -> CuffValue {
        CuffValue {
            value,
            special: raw.special(),
        }
    }
}

impl From<MeasurementStatus> for CuffStatus {
    fn from(status: MeasurementStatus) -> CuffStatus {
        CuffStatus {
            raw: status.0,
            body_movement: status.body_movement(),
            cuff_too_loose: status.cuff_too_loose(),
            irregular_pulse: status.irregular_pulse(),
            pulse_rate_range: status.pulse_rate_range(),
            improper_position: status.improper_position(),
        }
    }
}

/// Decodes a frame from a cuff's Intermediate Cuff Pressure (0x2A36) or Blood Pressure
/// Measurement (0x2A35) characteristic. A frame that breaks the format is
/// [`KernkrachtError::MalformedData`].
#[uniffi::export]
pub fn decode_cuff_frame(
    kind: FrameKind,
    bytes: Vec<u8>,
    language: Language,
) -> Result<CuffFrame, KernkrachtError> {
    let frame = in_language(language, || Ok(codec::decode(kind, &bytes)?))?;
    let pressure = |raw: SFloat| CuffValue::new(frame.mmhg(raw), raw);
    Ok(CuffFrame {
        kind: frame.kind,
        unit: frame.unit,
        pressure: pressure(frame.pressure),
        diastolic: pressure(frame.diastolic),
        mean_arterial: pressure(frame.mean_arterial),
        time_stamp: frame.time_stamp,
        pulse_rate: frame
            .pulse_rate
            .map(|raw| CuffValue::new(raw.number(), raw)),
        user_id: frame.user_id,
        measurement_status: frame.measurement_status.map(CuffStatus::from),
    })
}

/// A cuff profile: the standard one (Intermediate Cuff Pressure in the Blood Pressure
/// Service) for what is not given, or a vendor's UUIDs, in the canonical 8-4-4-4-12 form or as
/// a 16-bit number (`2A36`). A malformed UUID is [`KernkrachtError::InvalidInput`].
#[uniffi::export]
pub fn cuff_profile(
    service_uuid: Option<String>,
    characteristic_uuid: Option<String>,
    language: Language,
) -> Result<CuffProfile, KernkrachtError> {
    let standard = domain::CuffProfile::default();
    let profile = in_language(language, || {
        Ok(domain::CuffProfile {
            service: service_uuid.map_or(Ok(standard.service), |text| text.parse())?,
            characteristic: characteristic_uuid
                .map_or(Ok(standard.characteristic), |text| text.parse())?,
        })
    })?;
    Ok(CuffProfile {
        service_uuid: profile.service.to_string(),
        characteristic_uuid: profile.characteristic.to_string(),
        frame_kind: profile.frame_kind(),
    })
}

/// The biofeedback engine for one set of one exercise: feed it readings, show its state.
#[derive(Debug, uniffi::Object)]
pub struct BiofeedbackEngine {
    engine: Mutex<Engine>,
    /// The app-clock time of the first stream reading: the set's clock starts there.
    first_at_ms: Mutex<Option<i64>>,
    language: Language,
}

#[uniffi::export]
impl BiofeedbackEngine {
    /// The engine for a catalogue exercise with a pressure target, hints in the locale's
    /// language.
    #[uniffi::constructor]
    pub fn for_exercise(
        exercise_id: String,
        language: Language,
    ) -> Result<Arc<BiofeedbackEngine>, KernkrachtError> {
        in_language(language, || {
            let exercise = find_exercise(&exercise_id)?;
            Ok(BiofeedbackEngine::with(
                EngineConfig::for_exercise(exercise)?,
                language,
            ))
        })
    }

    /// The engine for a pressure target given directly; `hold_seconds` absent means 5 s.
    #[uniffi::constructor]
    pub fn new(
        start_mmhg: u32,
        goal: PbuGoal,
        hold_seconds: Option<u32>,
        language: Language,
    ) -> Result<Arc<BiofeedbackEngine>, KernkrachtError> {
        in_language(language, || {
            Ok(BiofeedbackEngine::with(
                EngineConfig::new(start_mmhg, goal, hold_seconds)?,
                language,
            ))
        })
    }

    /// Takes a reading: milliseconds since the set's clock began, and the pressure. A
    /// pressure below 0, above 200 mmHg or not a number is shown as a sensor fault.
    pub fn push_sample(&self, t_ms: u32, mmhg: f64) -> BiofeedbackScreen {
        let mut engine = self.engine();
        engine.push(Reading { t_ms, mmhg });
        self.state_of(&engine)
    }

    /// Takes a notification's payload as the cuff sent it. A malformed frame changes nothing
    /// and is [`KernkrachtError::MalformedData`].
    pub fn push_frame(
        &self,
        t_ms: u32,
        kind: FrameKind,
        payload: Vec<u8>,
    ) -> Result<BiofeedbackScreen, KernkrachtError> {
        let reading = in_language(self.language, || {
            Ok(domain::source::reading(kind, t_ms, &payload)?)
        })?;
        let mut engine = self.engine();
        engine.push(reading);
        Ok(self.state_of(&engine))
    }

    /// Takes a reading from a cuff stream, on the app's clock: the set's clock starts at the
    /// first one, and a reading without a measurement shows as a sensor fault. What the live
    /// pages feed, so no shell keeps a clock of its own.
    pub fn push_reading(&self, reading: CuffReading) -> BiofeedbackScreen {
        let first = *self
            .first_at_ms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert(reading.at_ms);
        let t_ms = u32::try_from(reading.at_ms.saturating_sub(first).max(0)).unwrap_or(u32::MAX);
        self.push_sample(t_ms, reading.mmhg.unwrap_or(f64::NAN))
    }

    pub fn state(&self) -> BiofeedbackScreen {
        self.state_of(&self.engine())
    }

    /// Ends the set with its summary for the history; `cuff_identifier` is the paired cuff,
    /// absent for the simulator. The next set continues with the same inflated cushion.
    pub fn finish_set(&self, cuff_identifier: Option<String>) -> SetResult {
        self.engine().finish_set(cuff_identifier)
    }
}

impl BiofeedbackEngine {
    fn with(config: EngineConfig, language: Language) -> Arc<BiofeedbackEngine> {
        Arc::new(BiofeedbackEngine {
            engine: Mutex::new(Engine::new(config)),
            first_at_ms: Mutex::new(None),
            language,
        })
    }

    /// The engine; a panic elsewhere while it was locked leaves it usable, since every update
    /// leaves it consistent.
    fn engine(&self) -> MutexGuard<'_, Engine> {
        self.engine.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn state_of(&self, engine: &Engine) -> BiofeedbackScreen {
        biofeedback::build(engine.state(), engine.config().start_mmhg(), self.language)
    }
}

/// A simulated cuff and user doing one set of an exercise, deterministic from the seed.
#[derive(Debug, uniffi::Object)]
pub struct CuffSimulator {
    simulator: Mutex<Simulator>,
}

#[uniffi::export]
impl CuffSimulator {
    /// A plausible set of a catalogue exercise with a pressure target: inflating, then its
    /// repetitions, most of them good, some failed or compensated.
    #[uniffi::constructor]
    pub fn for_exercise(
        exercise_id: String,
        seed: u64,
        language: Language,
    ) -> Result<Arc<CuffSimulator>, KernkrachtError> {
        in_language(language, || {
            let exercise = find_exercise(&exercise_id)?;
            Ok(Arc::new(CuffSimulator {
                simulator: Mutex::new(Simulator::for_exercise(exercise, seed)?),
            }))
        })
    }

    /// The next reading, or nothing once the set is over.
    pub fn next_sample(&self) -> Option<CuffSample> {
        self.simulator().next().map(|reading| CuffSample {
            t_ms: reading.t_ms,
            mmhg: reading.mmhg,
        })
    }

    /// The next reading as the frame a standard cuff would notify.
    pub fn next_notification(&self) -> Option<CuffNotification> {
        domain::CuffSource::next_notification(&mut *self.simulator()).map(|n| CuffNotification {
            t_ms: n.t_ms,
            payload: n.payload,
        })
    }
}

impl CuffSimulator {
    fn simulator(&self) -> MutexGuard<'_, Simulator> {
        self.simulator.lock().unwrap_or_else(|e| e.into_inner())
    }
}
