//! The pressure-biofeedback cuff (PBU), everything that needs no radio.
//!
//! Leaflet 002 trains the deep abdominal muscle with a pressure cushion: inflate it to a start
//! pressure, then draw the navel in until the pressure drops about 10 mmHg (prone), or keep it
//! steady while a limb moves (prone, supine, sitting, standing). Here:
//!
//! - [`codec`], [`sfloat`], [`uuid`], [`profile`]: the Bluetooth frames a cuff sends and where
//!   it sends them;
//! - [`engine`]: readings in, feedback out: inflation guidance, the target band, the hold
//!   timer, repetitions, compensation and leak hints, and the set's summary;
//! - [`simulator`] and [`source`]: a seeded simulated cuff behind the interface a real one
//!   will use.
//!
//! `docs/cuff.md` describes the frame layout, the bands, the heuristics and the simulator.

mod bins;
mod breathing;
pub mod codec;
mod compensation;
pub mod config;
pub mod engine;
pub mod error;
pub mod hint;
mod inflation;
mod leak;
mod prng;
pub mod profile;
mod reps;
pub mod sfloat;
pub mod simulator;
pub mod source;
pub mod state;
mod stats;
pub mod uuid;
mod window;

pub use codec::{CodecError, Frame, FrameKind, PressureUnit};
pub use config::{Band, EngineConfig};
pub use engine::Engine;
pub use error::{CuffError, TargetProblem};
pub use hint::{Hint, Hints};
pub use profile::CuffProfile;
pub use sfloat::{SFloat, Special};
pub use simulator::{Posture, Simulator, Step};
pub use source::{CuffSource, Notification, Reading};
pub use state::{Phase, State};
pub use stats::SetResult;
pub use uuid::{BleUuid, UuidError};
