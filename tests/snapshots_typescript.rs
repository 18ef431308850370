//! insta snapshots of the TypeScript target for the small fixture catalogs, one
//! per generated file, so a template change shows as a readable diff.

mod common;
use common::*;

fn snapshot_fixture(fixture: &str) {
    let mut m = model(&root().join("tests/fixtures").join(fixture));
    // The header names the catalog folder: keep it relative, so the
    // snapshots do not depend on where the repository is checked out.
    m.catalog = format!("tests/fixtures/{fixture}");
    let files = errgen::generate(&m, &["typescript"]).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(files.len() >= 10);
    for f in files {
        let name = format!(
            "{fixture}__{}",
            f.path.display().to_string().replace(['/', '\\'], "__")
        );
        insta::assert_snapshot!(name, f.content);
    }
}

#[test]
fn typescript_minimal() {
    snapshot_fixture("minimal");
}

#[test]
fn typescript_hostile() {
    snapshot_fixture("hostile");
}
