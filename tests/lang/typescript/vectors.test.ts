// Runs against any TypeScript package (see tests/lang_typescript.rs): every
// text, meta, template and negotiation vector of tests/common/mod.rs for the
// model the package was built from, byte for byte. The vectors name exactly
// the package's locales, prompts and tables, so a package configured with a
// selection (errgen.toml) is checked against that selection.
import { test } from 'node:test';

import { allVectors, noFailures } from './harness.js';

test('every text, meta, template and negotiation vector', async () => {
  await allVectors({ text: 1, meta: 1, negotiation: 1, templates: 0 });
  noFailures();
});
