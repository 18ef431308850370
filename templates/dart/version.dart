// {{ p.header }}

/// The catalog version this package was generated from (its pub version).
const String catalogVersion = {{ p.release.version_lit }};
