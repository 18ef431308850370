// Runs against the TypeScript package generated from the real catalog (see
// tests/lang_typescript.rs): every text, kind label, kind, actor, retryable
// flag, prompt and negotiation must be the catalog's (the vectors), and the
// hand-written cross-vendor cases of tests/generated_rust.rs must hold, as
// catalog_test.dart checks them for Dart.
import { test } from 'node:test';

import {
  Actor,
  AaiFlutterAndroid,
  AaiFlutterIos,
  AaiLivenessSdk,
  BaiduFace,
  CatalogError,
  type CatalogCode,
  DoubangoLiveness,
  DoubangoStereoWarnings,
  Kind,
  Platform,
  Prompt,
  TencentEkycToken,
  TencentLivenessCompareApi,
  TencentLivenessCompareResults,
  TencentOcrApi,
  TencentSdkAndroid,
  TencentSdkIos,
  TencentSelfieVerification,
  TencentVerificationResult,
  allKinds,
  allPrompts,
  decode,
  fallback,
  kindLabel,
  locales,
  negotiate,
  negotiatePreferred,
  promptText,
  tableIds,
} from '../src/index.js';
import { allVectors, check, eq, noFailures } from './harness.js';

/** Exhaustive without a default: Doubango's liveness list is closed. */
function doubango(v: DoubangoLiveness): string {
  switch (v.name) {
    case 'sAvantgarde':
    case 'sGenuine':
      return 'live';
    case 'sSpoof':
    case 'sDisputed':
    case 'sDisguise':
    case 'sInject':
      return 'spoof';
    case 'sPending':
      return 'wait';
    case 'sImpaired':
    case 'eBack':
    case 'eTooSmall':
    case 'eNotSelfie':
    case 'eNoface':
      return 'retake';
    case 'eNolicense':
      return 'license';
    case 'unknown':
      return `unknown ${v.code}`;
  }
}

/** An open table: families narrowed by name, and the `default` it needs. */
function describe(v: AaiLivenessSdk): string {
  switch (v.name) {
    case 'weakLight':
      return 'too dark';
    case 'authNetworkError':
      return `auth network ${v.param}`;
    case 'uploadImageDataNetworkError':
      return `upload network ${v.param}`;
    case 'unknown':
      return `unknown ${v.code}`;
    default:
      return `listed ${v.code}`;
  }
}

test('every text, meta and negotiation vector', async () => {
  await allVectors({ text: 4000, meta: 400, negotiation: 50, templates: 10 });
  noFailures();
});

test('messages with parameters', async () => {
  await TencentOcrApi.load('zh');
  const v = TencentOcrApi.failedOperationInvalidInfoFormat;
  eq(v.params, ['field', 'detail'], 'params');
  eq(v.fill('en', { field: 'Name', detail: 'too short' }), 'The "Name" on the card is not valid (too short). Please take the photo again.', 'fill en');
  eq(v.fill('zh', { field: '姓名', detail: '过短' }), '证件上的“姓名”无效（过短），请重新拍摄。', 'fill zh');
  check(!v.message('en').includes('%s') && !v.message('en').includes('{'), 'no placeholder in the message');
  // A family shows its parameter in message().
  const net = AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_503');
  check(net.message('en').includes('503') && net.message('th').includes('503'), `family message: ${net.message('en')}`);
  eq(net.params, ['ErrorCode'], 'family params');
  noFailures();
});

test('known, unknown, alias, pattern and flags', () => {
  eq(AaiLivenessSdk.fromCode('WEAK_LIGHT'), AaiLivenessSdk.weakLight, 'WEAK_LIGHT');
  const none = AaiLivenessSdk.fromCode('NO_SUCH_CODE');
  eq([none.name, none.code, none.isKnown], ['unknown', 'NO_SUCH_CODE', false], 'NO_SUCH_CODE');
  const net = AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_503');
  eq([net.name, net.param, net.code, net.kind, net.isKnown], ['authNetworkError', 503n, 'AUTH_NETWORK_ERROR_503', Kind.network, true], 'AUTH_NETWORK_ERROR_503');
  const up = AaiLivenessSdk.fromCode('UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009');
  eq([up.name, up.param], ['uploadImageDataNetworkError', -1009n], 'UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009');
  eq(AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_x').name, 'unknown', 'AUTH_NETWORK_ERROR_x');
  eq(describe(AaiLivenessSdk.fromCode('WEAK_LIGHT')), 'too dark', 'switch WEAK_LIGHT');
  eq(describe(AaiLivenessSdk.fromCode('ACTION_TIMEOUT')), 'listed ACTION_TIMEOUT', 'switch ACTION_TIMEOUT');
  eq(describe(net), 'auth network 503', 'switch family');
  eq(describe(AaiLivenessSdk.fromCode('UPLOAD_IMAGE_DATA_NETWORK_ERROR_7')), 'upload network 7', 'switch other family');
  eq(describe(AaiLivenessSdk.fromCode('NOPE')), 'unknown NOPE', 'switch unknown');
  // Legacy iOS names decode to their v3.6.0 successors and keep what was received.
  const old = AaiFlutterIos.fromCode('FAIL_REASON_FACEMISS_BLINK_MOUTH');
  eq([old.name, old.code, old.received], ['faceMissing', 'FACE_MISSING', 'FAIL_REASON_FACEMISS_BLINK_MOUTH'], 'FAIL_REASON_FACEMISS_BLINK_MOUTH');
  check(AaiFlutterIos.fromCode('FAIL_REASON_FACEMISS_POS_YAW').equals(AaiFlutterIos.faceMissing), 'FAIL_REASON_FACEMISS_POS_YAW');
  eq(AaiFlutterIos.legacyFailReasonMutiFace, AaiFlutterIos.mutiFace, 'legacyFailReasonMutiFace');
  eq(AaiFlutterIos.fromCode('FAIL_REASON_TIMEOUT').retiredIn, '3.0.0', 'FAIL_REASON_TIMEOUT retiredIn');
  eq(AaiFlutterIos.faceMissing.retiredIn, undefined, 'FACE_MISSING retiredIn');
  // Doubango's stereo warnings are a flag set.
  eq(DoubangoStereoWarnings.decodeFlags('stereo impaired(42)'), [DoubangoStereoWarnings.code2, DoubangoStereoWarnings.code4], 'stereo impaired(42)');
  eq(DoubangoStereoWarnings.decodeFlags('stereo impaired()'), [], 'no flags');
  // Strict: an extra space, the bare characters or an empty string is one unknown code.
  for (const bad of ['stereo impaired (42)', 'stereo  impaired(42)', ' stereo impaired(42)', '24', '', 'stereo impaired(42) ']) {
    const got = DoubangoStereoWarnings.decodeFlags(bad);
    eq(got.map((v) => [v.name, v.code, v.isKnown]), [['unknown', bad, false]], `strict ${JSON.stringify(bad)}`);
  }
  eq(doubango(DoubangoLiveness.fromCode('e_noface')), 'retake', 'exhaustive switch');
  eq(doubango(DoubangoLiveness.fromCode('e_new')), 'unknown e_new', 'exhaustive switch unknown');
  // Integer tables, and the same number in different tables.
  eq(TencentSdkIos.fromInt(215).code, '215', 'TencentSdkIos 215 code');
  check(TencentSdkIos.fromInt(215).isKnown && TencentSdkAndroid.fromInt(215).isKnown, '215 known in both SDK tables');
  check(TencentSdkIos.fromInt(215).message('en') !== TencentSdkAndroid.fromInt(215).message('en'), '215 differs');
  eq(TencentSelfieVerification.fromInt(-999), TencentSelfieVerification.codeMinus999, '-999');
  eq(TencentSelfieVerification.fromCode('-999'), TencentSelfieVerification.codeMinus999, '-999 as text');
  eq(TencentEkycToken.fromInt(1001).kind, Kind.tokenInvalid, 'TencentEkycToken 1001');
  check(TencentVerificationResult.fromInt(1001).kind !== Kind.tokenInvalid, '1001 is no token error here');
  const big = TencentVerificationResult.fromInt(123456);
  eq([big.isKnown, big.name, big.code], [false, 'unknown', '123456'], '123456 kept');
  // Metadata.
  eq(TencentVerificationResult.fromInt(0).billed, true, '0 billed');
  eq(AaiLivenessSdk.noCameraPermission.platform, Platform.ios, 'NO_CAMERA_PERMISSION platform');
  eq(AaiLivenessSdk.actionTimeout.platform, undefined, 'ACTION_TIMEOUT platform');
  check(AaiLivenessSdk.open && !BaiduFace.open, 'open and closed tables');
  check(BaiduFace.fromInt(222202).solution('zh') !== undefined, 'BaiduFace 222202 solution');
  // Every table decodes through the common interface.
  eq(tableIds.length, 16, 'tables');
  for (const t of tableIds) {
    const v = decode(t, 'definitely-not-a-code');
    if (v === undefined) {
      check(false, `no table ${t}`);
      continue;
    }
    eq([v.table, v.isKnown, v.kind, v.actor, v.retryable, v.prompt], [t, false, Kind.unknown, Actor.developer, false, undefined], `${t} unknown`);
    eq(v.message('th'), promptText(Prompt.unknownError, 'th'), `${t} unknown message is the unknown prompt`);
  }
  eq(decode('no_such_table', '1'), undefined, 'no such table');
  noFailures();
});

test('one vocabulary across vendors', () => {
  const dark: CatalogCode[] = [
    AaiLivenessSdk.weakLight,
    AaiFlutterAndroid.weakLight,
    TencentVerificationResult.fromInt(1201),
    TencentLivenessCompareApi.fromCode('FailedOperation.ActionLightDark'),
  ];
  for (const v of dark) {
    eq([v.isKnown, v.kind, v.prompt, v.actor], [true, Kind.tooDark, Prompt.lightTooDark, Actor.user], `too dark: ${v.table} ${v.code}`);
  }
  // Baidu's "poor lighting" does not say which way: a neutral kind and prompt.
  const poor = BaiduFace.fromInt(223115);
  eq([poor.kind, poor.prompt, poor.actor], [Kind.poorLighting, Prompt.lightPoor, Actor.user], `poor lighting: ${poor.table} ${poor.code}`);
  const noFace: CatalogCode[] = [
    TencentVerificationResult.fromInt(2013),
    TencentLivenessCompareResults.fromInt(2013),
    TencentSelfieVerification.fromInt(2013),
    BaiduFace.fromInt(222202),
    DoubangoLiveness.fromCode('e_noface'),
  ];
  for (const v of noFace) {
    eq([v.isKnown, v.kind], [true, Kind.noFace], `no face: ${v.table} ${v.code}`);
  }
  eq(TencentVerificationResult.fromInt(2013).prompt, BaiduFace.fromInt(222202).prompt, 'no face prompt');
  check(BaiduFace.fromInt(222202).prompt !== undefined, 'no face has a prompt');
  eq(TencentVerificationResult.fromInt(1203).prompt, Prompt.moveAway, 'too close prompt');
  eq(TencentLivenessCompareApi.fromCode('FailedOperation.ActionFaceClose').kind, Kind.faceTooClose, 'too close kind');
  eq(AaiLivenessSdk.multipleFace.kind, AaiFlutterIos.mutiFace.kind, 'multiple faces, AAI and its Flutter plugin');
  eq(AaiLivenessSdk.multipleFace.kind, TencentVerificationResult.fromInt(2010).kind, 'multiple faces, Tencent');
  eq(AaiLivenessSdk.multipleFace.kind, Kind.multipleFaces, 'multiple faces kind');
  eq(TencentVerificationResult.fromInt(0).kind, Kind.success, 'success');
  eq([DoubangoLiveness.fromCode('s_genuine').kind, DoubangoLiveness.fromCode('s_genuine').actor], [Kind.success, Actor.none], 's_genuine');
  // An app's switch on the kind (open: it needs a default), the same for every vendor.
  const advice = (c: CatalogCode): string => {
    switch (c.kind) {
      case Kind.tooDark:
        return 'light';
      case Kind.noFace:
        return 'face';
      default:
        return 'other';
    }
  };
  eq([...new Set(dark.map(advice))], ['light'], 'switch on kind');
  eq([...new Set(noFace.map(advice))], ['face'], 'switch on kind, no face');
  noFailures();
});

test('every locale has every text; locales and negotiation', () => {
  for (const t of tableIds) {
    const v = decode(t, 'x');
    for (const l of locales) {
      check(v !== undefined && v.message(l) !== '', `${t} x ${l}`);
    }
  }
  for (const p of allPrompts) {
    for (const l of locales) {
      check((promptText(p, l) ?? '') !== '', `${p} ${l}`);
    }
  }
  for (const k of allKinds) {
    for (const l of locales) {
      check((kindLabel(k, l) ?? '') !== '', `${k} ${l}`);
    }
  }
  eq([...locales], ['zh', 'zh-Hant', 'en', 'id', 'vi', 'hi', 'th'], 'locales');
  eq(fallback, 'en', 'fallback');
  // zh shows an end-user sentence like every locale, not Baidu's own description.
  const zh = BaiduFace.fromInt(222202).message('zh');
  check(zh !== '' && zh !== '图片中没有人脸', `BaiduFace 222202 zh: ${zh}`);
  const cases: [string, string][] = [
    ['zh-Hans-CN', 'zh'],
    ['zh_TW', 'zh-Hant'],
    ['zh-SG', 'zh'],
    ['in-ID', 'id'],
    ['id', 'id'],
    ['hi-IN', 'hi'],
    ['th-TH', 'th'],
    ['th_TH.UTF-8', 'th'],
    ['vi_VN', 'vi'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ];
  for (const [tag, want] of cases) {
    eq(negotiate(tag), want, `negotiate ${tag}`);
  }
  eq(negotiate(new Intl.Locale('in', { region: 'ID' })), 'id', 'Intl.Locale in-ID');
  eq(AaiLivenessSdk.weakLight.message(negotiate(new Intl.Locale('th-TH'))), AaiLivenessSdk.weakLight.message('th'), 'message for an Intl.Locale');
  eq(negotiatePreferred(['pt-BR', 'in-ID', 'zh']), 'id', 'negotiatePreferred');
  noFailures();
});

test('display and error', () => {
  check(`${AaiLivenessSdk.weakLight}`.startsWith('WEAK_LIGHT: '), `toString: ${AaiLivenessSdk.weakLight}`);
  try {
    throw TencentVerificationResult.fromInt(1201).toError('zh');
  } catch (e) {
    check(e instanceof CatalogError, 'a CatalogError');
    if (e instanceof CatalogError) {
      eq([e.value.table, e.value.code, e.value.kind], ['tencent_verification_result', '1201', Kind.tooDark], 'thrown');
      eq(e.message, `1201: ${TencentVerificationResult.fromInt(1201).message('zh')}`, 'thrown message in zh');
    }
  }
  noFailures();
});
