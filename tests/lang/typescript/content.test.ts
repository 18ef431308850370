// Runs against the TypeScript package generated from tests/fixtures/content
// (see tests/lang_typescript.rs): entries with parameters and templates in en
// and zh, and a family (NET_ERROR_$Code) whose template names its own
// parameter. Every text, meta and template vector of tests/common/mod.rs
// byte for byte (and negotiation), and the typed `fill`.
import { test } from 'node:test';

import { AcmeApi, AcmeSdk, type CatalogCode, decode } from '../src/index.js';
import { allVectors, check, eq, noFailures } from './harness.js';

test('every text, meta and template vector', async () => {
  await allVectors({ text: 10, meta: 10, negotiation: 11, templates: 4 });
  noFailures();
});

test('messages with parameters', async () => {
  await AcmeApi.load('zh');
  const v = AcmeApi.code7;
  eq(v.params, ['field', 'count'], 'params');
  eq(v.template('en'), 'The "{field}" on the card is not valid ({count} errors). Please take the photo again.', 'template en');
  // Typed: the names and types of the values are checked by tsc.
  eq(v.fill('en', { field: 'name', count: 2n }), 'The "name" on the card is not valid (2 errors). Please take the photo again.', 'fill en');
  eq(v.fill('zh', { field: '姓名', count: 3 }), '证件上的“姓名”无效（3 处错误），请重新拍照。', 'fill zh');
  // Untyped, through the common interface: a missing or unusable value gives
  // the message, which has no placeholders; the prototype's names are no values.
  const c: CatalogCode = v;
  const plain = 'Some information on the card is not valid. Please take the photo again.';
  eq(c.messageWith('en', { field: 'name' }), plain, 'a value missing');
  eq(c.message('en'), plain, 'message without values');
  eq(c.messageWith('en', { field: 'x', count: 1, other: 'y' }), 'The "x" on the card is not valid (1 errors). Please take the photo again.', 'extra values are ignored');
  const odd = JSON.parse('{"field": {"a": 1}, "count": 1}') as Record<string, string>;
  eq(c.messageWith('en', odd), plain, 'an object is no value');
  const proto = Object.create({ field: 'inherited', count: 1 }) as Record<string, string>;
  eq(c.messageWith('en', proto), plain, 'inherited properties are no values');
  // Texts with `$&`, `$1` and braces-like text in a value come back as given.
  eq(v.fill('en', { field: '$& $1 {count}', count: -1 }), 'The "$& $1 {count}" on the card is not valid (-1 errors). Please take the photo again.', 'values are not patterns');
  // A decoded value narrowed by its name has the typed `fill`.
  const d = AcmeApi.fromInt(7);
  if (d.name === 'code7') {
    eq(d.fill('en', { field: 'f', count: 0 }).startsWith('The "f"'), true, 'decoded value fills');
  } else {
    check(false, `7 decodes to ${d.name}`);
  }
  // A value received as an old code is a copy of the listed one that keeps
  // the code received, its texts and its class.
  const old = AcmeSdk.fromCode('FAIL_NO_FACE');
  eq([old.name, old.code, old.received, old.message('zh')], ['noFace', 'NO_FACE', 'FAIL_NO_FACE', AcmeSdk.noFace.message('zh')], 'alias');
  check(old.equals(AcmeSdk.noFace) && Object.getPrototypeOf(old) === Object.getPrototypeOf(AcmeSdk.noFace), 'alias keeps the class');
  // An entry without a template: no params, messageWith is the message.
  eq([AcmeApi.code8.params, AcmeApi.code8.template('en')], [[], undefined], 'no template');
  eq(AcmeApi.code8.messageWith('en', { field: 'x' }), AcmeApi.code8.message('en'), 'no template, values ignored');
  noFailures();
});

test('a family fills its own parameter in message', async () => {
  await AcmeSdk.load('zh');
  const net = AcmeSdk.fromCode('NET_ERROR_503');
  eq([net.name, net.param, net.params], ['netError', 503n, ['Code']], 'NET_ERROR_503');
  eq(net.message('en'), 'The network request failed (error 503).', 'message en');
  eq(net.message('zh'), '网络请求失败（错误 503）。', 'message zh');
  // The family's own parameter comes from the code, not from values.
  eq(net.messageWith('en', { Code: 'x' }), 'The network request failed (error 503).', 'own parameter wins');
  eq(`${net}`, 'NET_ERROR_503: The network request failed (error 503).', 'toString');
  const other = decode('acme_sdk', 'NET_ERROR_-7');
  eq(other?.message('en'), 'The network request failed (error -7).', 'through decode');
  // Not a family value: the unknown code's prompt, no parameters.
  const bad = AcmeSdk.fromCode('NET_ERROR_x');
  eq([bad.name, bad.params, bad.template('en')], ['unknown', [], undefined], 'NET_ERROR_x');
  noFailures();
});
