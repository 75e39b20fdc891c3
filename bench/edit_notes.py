#!/usr/bin/env python3
"""Edits a share of a generated vault's gene notes in place, as a researcher would between two loads.

usage: edit_notes.py <vault> <fraction>     (e.g. 0.01 for 1%)
Every round(1/fraction)-th gene note (sorted by path, so the same notes every time) gets its first plot's r changed
(X0.43… → X0.93…, X-0.50… → X-0.90…): the correlation's r, absR and plot change, its locus and trait stay.
Prints "edited=N notes=M".
"""
import os
import re
import sys

PLOT = re.compile(r"!\[\[X(-?)0\.(\d)")


def main():
    vault, fraction = sys.argv[1], float(sys.argv[2])
    genes = os.path.join(vault, "Genes")
    notes = sorted(os.path.join(genes, n) for n in os.listdir(genes) if n.endswith(".md"))
    step = max(1, round(1 / fraction))
    edited = 0
    for path in notes[::step]:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        new = PLOT.sub(lambda m: f"![[X{m.group(1)}0.{'9' if m.group(2) != '9' else '8'}", text, count=1)
        if new != text:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(new)
            edited += 1
    print(f"edited={edited} notes={len(notes)}")


if __name__ == "__main__":
    main()
