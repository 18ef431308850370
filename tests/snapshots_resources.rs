//! insta snapshots of the resource targets (android-res, apple-res,
//! flutter-arb) for the minimal fixture and the hostile one with its
//! resource overlay, one per generated file, so a change of escaping or
//! layout shows as a readable diff.

mod common;
use common::*;

fn snapshot(name: &str, mut m: errgen::model::Model, catalog: &str) {
    // The header names the catalog folder: keep it relative.
    m.catalog = catalog.into();
    for target in errgen::targets::RESOURCE_TARGETS {
        let files = errgen::generate(&m, &[target]).unwrap_or_else(|d| panic!("{d:?}"));
        assert!(files.len() >= 2, "{target}");
        for f in files {
            let file = f.path.display().to_string().replace(['/', '\\', '+'], "__");
            insta::assert_snapshot!(format!("{name}__{file}"), f.content);
        }
    }
}

#[test]
fn resources_minimal() {
    let m = model(&root().join("tests/fixtures/minimal"));
    snapshot("minimal", m, "tests/fixtures/minimal");
}

#[test]
fn resources_hostile() {
    let m = model(&res_fixture("snapshots-res-hostile"));
    snapshot("hostile", m, "tests/fixtures/hostile");
}
