//! What can be wrong with a biofeedback set-up. Frames have their own error
//! ([`CodecError`](super::codec::CodecError)) and so do UUIDs; the engine itself accepts any
//! reading.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CuffError {
    /// The pressure target cannot be trained with a cushion; the text says why.
    #[error("{0}")]
    InvalidTarget(String),
    #[error("the exercise '{0}' has no pressure target: it is not done with the cuff")]
    NoPressureTarget(String),
}
