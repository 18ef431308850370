// A React Native app's use of errgen-codes, bundled by Metro and run by
// Hermes in tests/lang_typescript.rs: one table's module, the locale
// negotiated from a platform tag, that locale's texts loaded on demand, a
// family's filled message, strict flags, an unknown code, the Error class.
// Prints one line per check; the test compares them with the catalog.
import { AaiLivenessSdk } from 'errgen-codes/tables/aai_liveness_sdk';
import { DoubangoStereoWarnings } from 'errgen-codes/tables/doubango_stereo_warnings';
import { negotiate } from 'errgen-codes/locale';

const out = (s) => print(s);
const locale = negotiate('th_TH');
AaiLivenessSdk.load(locale).then(
  () => {
    const v = AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_503');
    out(`locale ${locale}`);
    out(`family ${v.name} ${typeof v.param} ${v.param}`);
    out(`message ${v.message(locale)}`);
    out(`weak ${AaiLivenessSdk.fromCode('WEAK_LIGHT').message(locale)}`);
    out(`unknown ${AaiLivenessSdk.fromCode('NOPE').name}`);
    out(`flags ${DoubangoStereoWarnings.decodeFlags('stereo impaired(42)').map((w) => w.code).join(',')}`);
    out(`lax ${DoubangoStereoWarnings.decodeFlags('stereo impaired (42)').map((w) => w.name).join(',')}`);
    try {
      throw v.toError(locale);
    } catch (e) {
      out(`error ${e instanceof Error} ${e.name}`);
    }
    out('done');
  },
  (e) => out(`failed ${e}`),
);
