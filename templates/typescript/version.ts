// {{ p.header }}

/** The catalog version this package was generated from (its npm version). */
export const catalogVersion = {{ p.release.version_lit }};
