#!/usr/bin/env python3
"""Runs a command and reports wall time, CPU time and peak memory of its whole process tree.

Usage: treemem.py [--json FILE] -- COMMAND [ARGS...]

Every 100 ms the resident set (VmRSS) of the command and of all its descendants is read from /proc; the report
gives the peak of the sum over the tree, the peak of the largest single process, and the peak of the command's own
process (what /usr/bin/time -v reports as "Maximum resident set size"). Linux only; standard library only.
"""
import json
import os
import resource
import subprocess
import sys
import time


def children_map():
    kids = {}
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open(f'/proc/{name}/stat', 'rb') as f:
                stat = f.read().decode('utf-8', 'replace')
            ppid = int(stat[stat.rindex(')') + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(name))
        except (OSError, ValueError):
            pass
    return kids


def rss_kb(pid):
    try:
        with open(f'/proc/{pid}/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree(root):
    kids = children_map()
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def main():
    args = sys.argv[1:]
    report = None
    if args and args[0] == '--json':
        report, args = args[1], args[2:]
    if args and args[0] == '--':
        args = args[1:]
    start = time.monotonic()
    proc = subprocess.Popen(args)
    peak_tree = peak_single = peak_main = 0
    max_procs = 0
    while proc.poll() is None:
        pids = tree(proc.pid)
        sizes = [rss_kb(p) for p in pids]
        peak_tree = max(peak_tree, sum(sizes))
        peak_single = max(peak_single, max(sizes) if sizes else 0)
        peak_main = max(peak_main, rss_kb(proc.pid))
        max_procs = max(max_procs, len(pids))
        time.sleep(0.1)
    wall = time.monotonic() - start
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        'command': ' '.join(args), 'exit': proc.returncode, 'wall_s': round(wall, 2),
        'cpu_s': round(ru.ru_utime + ru.ru_stime, 2), 'peak_tree_rss_mb': round(peak_tree / 1024, 1),
        'peak_single_rss_mb': round(peak_single / 1024, 1), 'peak_main_rss_mb': round(peak_main / 1024, 1),
        'max_processes': max_procs,
    }
    print(json.dumps(result), file=sys.stderr)
    if report:
        with open(report, 'w') as f:
            json.dump(result, f)
    sys.exit(proc.returncode)


if __name__ == '__main__':
    main()
