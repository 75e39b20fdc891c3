#!/usr/bin/env python3
"""Start-up of the genegraph CLI: two builds, the same commands, interleaved, in one run (issue 17).

usage: startup.py <runs> <out.tsv> <vault> <name>=<program> [<name>=<program> ...]

Runs each command (`query <vault> traits-to-pathways --trait sPAP`, `check <vault>`) <runs> times with every build,
the builds taking turns within each round so that the machine's load falls on them alike, and writes one line per
run: build, command, run, wall seconds (perf_counter around the whole process), exit code, load average. Every run's
stdout and exit code must equal the first build's, or the script fails: a fast build that answers differently is no
fast build.
"""
import os
import subprocess
import sys
import time


def main():
    runs, out, vault = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    builds = [arg.split("=", 1) for arg in sys.argv[4:]]
    commands = {
        "query traits-to-pathways --trait sPAP": ["query", vault, "traits-to-pathways", "--trait", "sPAP"],
        "check": ["check", vault],
    }
    expected = {}
    with open(out, "w", encoding="utf-8") as tsv:
        tsv.write("build\tcommand\trun\tseconds\texit\tloadavg\n")
        for run in range(0, runs + 1):  # round 0 warms the page cache and the disk copy of each program; not recorded
            for command, arguments in commands.items():
                for name, program in builds:
                    start = time.perf_counter()
                    done = subprocess.run([program, *arguments], capture_output=True)
                    seconds = time.perf_counter() - start
                    answer = (done.returncode, done.stdout, done.stderr)
                    if expected.setdefault(command, answer) != answer:
                        sys.exit(f"startup.py: {name} answers '{command}' differently from {builds[0][0]}")
                    if run > 0:
                        load = "/".join(f"{x:.2f}" for x in os.getloadavg())
                        tsv.write(f"{name}\t{command}\t{run}\t{seconds:.4f}\t{done.returncode}\t{load}\n")


if __name__ == "__main__":
    main()
