// {{ p.header }}

// A complete program using {{ p.pkg.name }}: decode a code, show its message in
// the user's language, branch on what it means, throw it, and send it as
// JSON. Run it with `dart run example/main.dart`.
import 'dart:convert';
import 'dart:io';

import 'package:{{ p.pkg.name }}/{{ p.pkg.name }}.dart';

void main() {
  // The user's language, negotiated against the catalog's locales. (In a
  // Flutter app: Localizations.localeOf(context).toLanguageTag().)
  final locale = CatalogLocale.negotiate(Platform.localeName);

  // A code as the vendor sends it.
  final value = {{ t.type_name }}.fromCode({{ e.code_lit }});
  stdout.writeln('${value.code}: ${value.message(locale)}');
  stdout.writeln('kind: ${value.kind.id}, actor: ${value.actor.id}, '
      'retryable: ${value.retryable}');

  // Branch on the value: each listed code is a constant, and a class (which
  // a `switch` can match, whatever code the value was decoded from).
  if (value == {{ d.enum_name }}.{{ e.name }}) {
    stdout.writeln('listed: {{ d.enum_name }}.{{ e.name }}');
  }

  // A table known only at run time, and a code the catalog does not list:
  // the value keeps the code received.
  final other = decode({{ t.id_lit }}, 'NOT_A_CODE');
  stdout.writeln('known: ${other?.isKnown}, received: ${other?.received}');

  // Values are exceptions.
  try {
    throw value;
  } on CatalogCode catch (e) {
    stdout.writeln('caught: ${e.code}');
  }

  // JSON: a value is written as the code received.
  final json = jsonEncode(<String, Object>{'error': value});
  final map = jsonDecode(json) as Map<String, Object?>;
  final back = {{ t.type_name }}.fromJson(map['error']);
  stdout.writeln('$json ${back == value}');
}
