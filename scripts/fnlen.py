#!/usr/bin/env python3
"""Lists the functions in src/ longer than a limit (default 80 lines) and
exits 1 if there is any: the house rule of ARCHITECTURE.md. String and char
literals and line comments are skipped when counting braces."""
import glob, re, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 80
found = []
for f in sorted(glob.glob('src/**/*.rs', recursive=True)):
    lines = open(f, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?fn\s+(\w+)', lines[i])
        if not m or lines[i].strip().endswith(';'):
            i += 1
            continue
        depth, started, j = 0, False, i
        while j < len(lines):
            ln = re.sub(r'"(\\.|[^"\\])*"', '""', lines[j])
            ln = re.sub(r"'(\\.|[^'\\])'", "''", ln)
            ln = '' if ln.strip().startswith('//') else ln.split('//')[0]
            for c in ln:
                if c == '{':
                    depth, started = depth + 1, True
                elif c == '}':
                    depth -= 1
            if started and depth == 0:
                break
            j += 1
        if j - i + 1 > limit:
            found.append((j - i + 1, f, i + 1, m.group(5)))
        i = j + 1 if started else i + 1
for n, f, line, name in sorted(found, reverse=True):
    print(f'{f}:{line}: fn {name} is {n} lines (limit {limit})')
sys.exit(1 if found else 0)
