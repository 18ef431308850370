//! insta snapshots of the Rust target for the small fixture catalogs, so a
//! template change shows as a readable diff. (The real catalog is guarded by
//! generated/ and `errgen build --check`.)

mod common;
use common::*;

fn snapshot_fixture(fixture: &str) {
    let mut m = model(&root().join("tests/fixtures").join(fixture));
    // The header names the catalog: keep it independent of where the checkout is.
    m.catalog = format!("tests/fixtures/{fixture}");
    let files = errgen::generate(&m, &["rust"]).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(files.len() >= 3);
    for f in files {
        let name = format!(
            "{fixture}__{}",
            f.path.display().to_string().replace(['/', '\\'], "__")
        );
        insta::assert_snapshot!(name, f.content);
    }
}

#[test]
fn rust_minimal() {
    snapshot_fixture("minimal");
}

#[test]
fn rust_hostile() {
    snapshot_fixture("hostile");
}
