// Bundles the compiled package (build/) with esbuild the way an app's bundler
// would (ESM, minified, code splitting for import()), run from the package
// folder by tests/lang_typescript.rs: an app that uses one table in one
// locale against an app that imports everything and loads every locale.
// Prints the sizes (bytes, and gzip bytes) and "bundle: ok" if the small
// app ships no other table and no other locale, and both bundles run.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const require = createRequire(path.join(process.env.ESBUILD_MODULES, 'x.js'));
const esbuild = require('esbuild');

// The apps import the package by name, through package.json's `exports`.
rmSync('node_modules', { recursive: true, force: true });
mkdirSync('node_modules');
symlinkSync('..', 'node_modules/errgen-codes', 'dir');

const apps = {
  one: `import { AaiLivenessSdk } from 'errgen-codes/tables/aai_liveness_sdk';
import { negotiate } from 'errgen-codes/locale';
const locale = negotiate('th-TH');
await AaiLivenessSdk.load(locale);
console.log(AaiLivenessSdk.fromCode('WEAK_LIGHT').message(locale));
`,
  all: `import { decode, loadLocale, locales } from 'errgen-codes';
for (const l of locales) await loadLocale(l);
console.log(decode('aai_liveness_sdk', 'WEAK_LIGHT').message('th'));
`,
};

const sizes = {};
const ran = {};
for (const [name, source] of Object.entries(apps)) {
  rmSync(`bundle-${name}`, { recursive: true, force: true });
  mkdirSync('apps', { recursive: true });
  writeFileSync(`apps/${name}.mjs`, source);
  const r = await esbuild.build({
    entryPoints: [`apps/${name}.mjs`],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outdir: `bundle-${name}`,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'error',
  });
  const outputs = Object.entries(r.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint === `apps/${name}.mjs`);
  // What the app loads: the entry chunk, the chunks it imports statically,
  // and the chunks of the locales it loads (every chunk for `all`).
  const wanted = new Set([entry[0], ...entry[1].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)]);
  for (const [file, o] of outputs) {
    const inputs = Object.keys(o.inputs);
    if (name === 'all' || inputs.some((i) => i.includes('/texts/th/'))) {
      wanted.add(file);
    }
  }
  let bytes = 0;
  let gz = 0;
  const inputs = new Set();
  for (const file of wanted) {
    const content = readFileSync(file);
    bytes += content.length;
    gz += gzipSync(content, { level: 9 }).length;
    for (const i of Object.keys(r.metafile.outputs[file].inputs)) inputs.add(i);
  }
  sizes[name] = { bytes, gz, chunks: wanted.size, inputs: [...inputs] };
  ran[name] = execFileSync('node', [entry[0]], { encoding: 'utf8' }).trim();
  console.log(`${name}: ${bytes} bytes minified, ${gz} bytes gzip, ${wanted.size} chunks loaded of ${outputs.length}`);
}

// The internals (the token that constructs values) are not exported.
let internalsReachable = true;
try {
  await esbuild.build({ stdin: { contents: "import { token } from 'errgen-codes/core'; console.log(token);", resolveDir: '.' }, bundle: true, write: false, logLevel: 'silent' });
} catch {
  internalsReachable = false;
}

const one = sizes.one;
console.log(`the one-table app loads: ${one.inputs.sort().join(' ')}`);
const strays = one.inputs.filter(
  (i) => (i.includes('tables/') && !i.endsWith('tables/aai_liveness_sdk.js')) || (i.includes('texts/') && !i.includes('texts/th/')),
);
const problems = [];
if (strays.length > 0) problems.push(`the one-table app loads ${strays.join(', ')}`);
if (ran.one === '' || ran.one !== ran.all) problems.push(`the apps print ${JSON.stringify(ran)}`);
if (internalsReachable) problems.push('errgen-codes/core can be imported');
if (!(one.bytes * 10 < sizes.all.bytes)) problems.push('one table in one locale is not a tenth of everything');
console.log(`one table (aai_liveness_sdk) in one locale (th): ${((100 * one.bytes) / sizes.all.bytes).toFixed(1)}% of everything`);
console.log(problems.length === 0 ? 'bundle: ok' : `bundle: FAILED\n${problems.join('\n')}`);
