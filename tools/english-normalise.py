#!/usr/bin/env python3
"""Normalises the text output of `run` for the English-identical check (docs/messages.md): the lists whose order
follows the order in which the engine fires rules of equal salience (Legal basis, Rules, Waiting on, Facts) are
unwrapped and sorted; every other line, the reasons above all, is kept verbatim. Reads stdin, writes stdout."""
import re
import sys

LISTS = {"Legal basis": "; ", "Rules": "; ", "Waiting on": ", ", "Facts": ", "}
lines = sys.stdin.read().split("\n")
out = []
i = 0
while i < len(lines):
    line = lines[i]
    m = re.match(r"^(\s*)(Legal basis|Rules|Waiting on|Facts): (.*)$", line)
    if not m:
        out.append(line)
        i += 1
        continue
    indent, label, text = m.group(1), m.group(2), m.group(3)
    i += 1
    while i < len(lines) and lines[i].startswith(indent + "  ") and not re.match(r"^\s*\[", lines[i]) \
            and len(lines[i]) - len(lines[i].lstrip()) == len(indent) + 2:
        text += " " + lines[i].strip()
        i += 1
    items = sorted(x.strip() for x in text.split(LISTS[label].strip()) if x.strip())
    out.append(indent + label + " (sorted): " + " | ".join(items))
sys.stdout.write("\n".join(out))
