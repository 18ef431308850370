// {{ p.header }}

/// The catalog version this package was generated from (its semver version;
/// tag the package's repository with it).
public let catalogVersion: String = {{ p.release.version_lit }}
