// {{ p.header }}
package {{ p.pkg.name }}

/** The catalog version this package was generated from (its semver version). */
public const val CATALOG_VERSION: String = {{ p.release.version_lit }}
