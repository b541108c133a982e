//! Nothing: the package exists for its benches (`benches/*.rs`); see `README.md`.
