#!/usr/bin/env python3
"""Rewrites a generated Kotlin package into other shapes, to measure what
kotlinc's time and heap go to (issue 16). A measuring aid only: the shapes
compile but are not the package (no tests run them), and nothing here passes
or fails. See bench/RESULTS.md, "Session 4: Kotlin compile cost".

Usage: bench/kotlin-shapes.py SHAPE SRC OUT
  SRC    a folder of generated .kt files (generated/kotlin/src/main/kotlin/dev/errgen/codes)
  OUT    the folder to write (created); compile it with kotlinc -d out.jar OUT/*.kt
  SHAPE  what each table file becomes:
    noarr     the text, code, kind and actor arrays emptied (arrayOf<T>())
    typed     the arrays with explicit type arguments (arrayOf<T>(...))
    nowhen    fromCode's `when (code)` without its branches
    nodoc     no KDoc comments
    noobj     no object or alias class per code (but those with a template method of their own),
              and no decode branch or alias property naming one
    strings   each array of string literals as one literal, split at run time, the
              separators written as escapes (\\u0001)
    strings-raw   the same with the separators as raw characters (U+0001, U+0002)
    enum      of `strings`: the codes as an enum class per table (KDoc kept) and a sealed
              Known/Unknown wrapper (plus a data class per family) decoding through a
              map built from the codes; of the per-value accessors, only an index and
              the texts at it (no message(locale), kind, ...)
    enum-raw  the same with the separators as raw characters
"""
import glob
import os
import re
import sys

SUPPORT = ("CatalogCode.kt", "CatalogLocale.kt", "CatalogVersion.kt", "Kind.kt", "Prompt.kt")
# An array function of the companion: its head, element type and items.
ARRAY = re.compile(r"(        private fun \w+\(\): Array<([^>\n]+)>) = arrayOf\(\n(.*?)\n        \)\n", re.S)
KDOC = r"    /\*\*(?:(?!\*/).)*?\*/\n"


def items(body):
    return [re.sub(r", // .*$", "", line.strip()) for line in body.split("\n") if line.strip()]


def one_string(m, raw):
    """An array of string literals (or null) as one literal split at run time:
    U+0001 between items, U+0002 for null; written as the escapes \\u0001 and
    \\u0002, or (raw) as the characters themselves."""
    head, ty, body = m.groups()
    its = items(body)
    if not all(i == "null" or i.startswith('"') for i in its):
        return m.group(0)
    sep, null = ("\x01", "\x02") if raw else ("\\u0001", "\\u0002")
    joined = sep.join(null if i == "null" else i[1:-1] for i in its)
    return (f'{head} = "{joined}".split(\'\\u0001\')'
            f'.map {{ if (it == "\\u0002") null else it }}.toTypedArray() as Array<{ty}>\n')


def table(shape, name, s):
    if shape == "noarr":
        return ARRAY.sub(lambda m: f"{m.group(1)} = arrayOf<{m.group(2)}>()\n", s)
    if shape == "typed":
        return ARRAY.sub(lambda m: f"{m.group(1)} = arrayOf<{m.group(2)}>(\n{m.group(3)}\n        )\n", s)
    if shape == "nowhen":
        return re.sub(r"(fun from\w*\(code: String\): \w+ = when \(code\) \{\n)(?:            \".*\n)+", r"\1", s)
    if shape == "nodoc":
        return re.sub(r"[ ]*/\*\*.*?\*/\n", "", s, flags=re.S)
    if shape == "noobj":
        plain = set(re.findall(r"public (?:object|open class) (\w+)", s))
        s = re.sub(KDOC + rf"    public object \w+ : {name}\(\d+, null\)\n", "", s, flags=re.S)
        s = re.sub(KDOC + rf"    public open class \w+ internal constructor\(received: String\?\) : {name}\(\d+, received\) \{{\n.*?\n    \}}\n",
                   "", s, flags=re.S)
        s = re.sub(r"\n        /\*\* The old code [^\n]*\n        @Deprecated[^\n]*\n        @JvmStatic\n        public val \w+: \w+ get\(\) = \w+\n", "\n", s)
        return "\n".join(line for line in s.split("\n")
                         if not (m := re.match(r'\s+".*" -> (\w+)(\(.*\))?$', line)) or m.group(1) not in plain)
    raw = shape.endswith("-raw")
    s = ARRAY.sub(lambda m: one_string(m, raw), s)
    if shape.startswith("strings"):
        return s
    # enum
    docs = re.findall(r"(" + KDOC[:-2] + r")\n    public (?:object|open class) (\w+)", s, flags=re.S)
    families = re.findall(r"public data class (\w+)\(public val param: (\w+)\) : \w+\((\d+), null\)", s)
    fns = re.findall(r"(        private fun (\w+)\(\): Array<String\??> = \".*?\n)", s)
    codes = "codes0" if any(f == "codes0" for _, f in fns) else "codes"
    out = f"package dev.errgen.codes\n\npublic enum class {name}Code {{\n"
    out += "".join(f"{doc}\n    {n},\n\n" for doc, n in docs) + "    ;\n}\n\n"
    out += f"""public sealed class {name} {{
    public class Known internal constructor(public val value: {name}Code, public val received: String?) : {name}()
    public class Unknown internal constructor(public val rawCode: String) : {name}()
""" + "".join(f"    public data class {f}(public val param: {ty}) : {name}()\n" for f, ty, _ in families) + f"""
    /** Position in the table's text arrays; -1 for [Unknown]. */
    public val index: Int get() = when (this) {{
        is Known -> value.ordinal
        is Unknown -> -1
""" + "".join(f"        is {f} -> {ix}\n" for f, _, ix in families) + f"""    }}

    /** Each text of the value (code, then each array's item). */
    public fun texts(): List<String?> = if (index < 0) emptyList() else texts(index)
    public companion object {{
        private val INDEX: Map<String, Int> by lazy {{ {codes}().withIndex().associate {{ it.value!! to it.index }} }}
        public fun fromCode(code: String): {name} = INDEX[code]?.let {{ Known({name}Code.entries[it], null) }} ?: Unknown(code)
        public fun texts(i: Int): List<String?> = listOf({", ".join(f + "()[i]" for _, f in fns)})
"""
    return out + "".join(f for f, _ in fns) + "    }\n}\n"


SHAPES = ("noarr", "typed", "nowhen", "nodoc", "noobj", "strings", "strings-raw", "enum", "enum-raw")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES or not os.path.isdir(sys.argv[2]):
        sys.exit(__doc__)
    shape, src, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    files = sorted(glob.glob(os.path.join(src, "*.kt")))
    tables = [os.path.basename(f)[:-3] for f in files if os.path.basename(f) not in SUPPORT]
    for f in files:
        base = os.path.basename(f)
        s = open(f, encoding="utf-8").read()
        if base in SUPPORT:
            if shape.startswith("enum") and base == "CatalogCode.kt":
                # decode and the per-table helpers name the table classes' old members
                s = "\n".join(line for line in s.split("\n")
                              if not any(re.search(rf"\b{t}\b", line) for t in tables))
        else:
            s = table(shape, base[:-3], s)
        open(os.path.join(out, base), "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    main()
