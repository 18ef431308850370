//! The kotlin target (being written).

use super::GenResult;
use crate::diag::{Diagnostic, Loc};
use crate::model::Model;

pub fn generate(_m: &Model) -> GenResult {
    Err(vec![Diagnostic::error(
        Loc::file_start("kotlin"),
        "the kotlin target is not implemented yet",
    )])
}
