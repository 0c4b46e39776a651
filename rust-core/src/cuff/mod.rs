//! The pressure-biofeedback cuff (PBU), everything that needs no radio.
//!
//! Leaflet 002 trains the deep abdominal muscle with a pressure cushion: inflate it to a start
//! pressure, then draw the navel in until the pressure drops about 10 mmHg (prone), or keep it
//! steady while a limb moves (prone, supine, sitting, standing). Here:
//!
//! - [`codec`], [`sfloat`], [`uuid`], [`profile`]: the Bluetooth frames a cuff sends and where
//!   it sends them.

pub mod codec;
pub mod profile;
pub mod sfloat;
pub mod uuid;

pub use codec::{CodecError, Frame, FrameKind, PressureUnit};
pub use profile::CuffProfile;
pub use sfloat::{SFloat, Special};
pub use uuid::{BleUuid, UuidError};
