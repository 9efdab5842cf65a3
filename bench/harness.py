#!/usr/bin/env python3
"""The benchmark harness: every program of bench/programs on every
contender, measured in one run on one machine.

Contenders: the program translated by rpy-translate (-O2), CPython, PyPy
(JIT on and --jit off), LuaJIT and Lua 5.4 where a Lua version exists, and
C at -O0 and -O2 where a C version exists; plus the example interpreters
running their sample programs. Runs alternate between contenders (one run
of each, then the next round), so machine drift hits every contender
alike. Every contender's output must equal CPython's.

Recorded: translation time per phase, the translator's peak memory,
binary size, start-up time, run time (median, min, max), peak RSS; ratios
against CPython and against C -O2, per benchmark and as geometric means.
Written: bench/results/latest.json, docs/benchmarks.md, docs/benchmarks.svg
(gnuplot). --callgrind counts instructions instead (valgrind), one run on
small inputs, for regression checks on noisy machines.

Usage: bench/harness.py [--runs N] [--only fib,sieve] [--callgrind]
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
RPY_TRANSLATE = os.path.join(ROOT, "build", "bin", "rpy-translate")

# name, source (RPython 3), argument, small argument (--callgrind)
BENCHMARKS = [
    ("fib", "bench/programs/fib.py", "35", "20"),
    ("sieve", "bench/programs/sieve.py", "5000000", "100000"),
    ("nbody", "bench/programs/nbody.py", "2000000", "1000"),
    ("spectral_norm", "bench/programs/spectral_norm.py", "1000", "40"),
    ("mandelbrot", "bench/programs/mandelbrot.py", "1000", "100"),
    ("fannkuch", "bench/programs/fannkuch.py", "10", "7"),
    ("binary_trees", "bench/programs/binary_trees.py", "16", "8"),
    ("richards", "bench/programs/richards.py", "300000", "1000"),
    ("queens", "bench/programs/queens.py", "4000", "20"),
    ("towers", "bench/programs/towers.py", "1000", "5"),
    ("permute", "bench/programs/permute.py", "3000", "20"),
    ("bounce", "bench/programs/bounce.py", "4000", "20"),
    ("bf squares.b", "examples/bf/bf.py", "examples/bf/squares.b",
     "examples/bf/hello.b"),
    ("stack fib.stk", "examples/stack/stack.py", "examples/stack/fib.stk",
     "examples/stack/fib.stk"),
]

# Contenders in table order: name, label.
CONTENDERS = [
    ("rpy", "rpy -O2"),
    ("c-O2", "C -O2"),
    ("c-O0", "C -O0"),
    ("pypy", "PyPy"),
    ("pypy-nojit", "PyPy --jit off"),
    ("luajit", "LuaJIT"),
    ("lua", "Lua 5.4"),
    ("cpython", "CPython"),
]


def run(command, env=None):
    """Runs `command`; returns (seconds, peak RSS in KB, stdout, stderr,
    exit status). GNU time reports the peak RSS: a child of this process
    would count the Python interpreter it was forked from."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        status = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", rss.name] + command,
            stdout=out, stderr=err, env=env, cwd=ROOT).returncode
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        peak = rss.read().strip().splitlines()
        return (seconds, int(peak[-1]) if peak else 0, out.read(), err.read(),
                status)


def python_env():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.join(ROOT, "runtime", "python")
    return env


def version(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True,
                                timeout=30)
        return (result.stdout + result.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return None


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) // 1024
    os_name = platform.platform()
    if os.path.exists("/etc/debian_version"):
        with open("/etc/debian_version") as f:
            os_name = "Debian " + f.read().strip() + ", Linux " + platform.release()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mb": memory,
        "os": os_name,
        "cpython": platform.python_version(),
        "pypy": version(["pypy3", "-c", "import sys; print('PyPy %d.%d.%d' "
                         "% sys.pypy_version_info[:3])"]),
        "luajit": (version(["luajit", "-v"]) or "").split(" --")[0] or None,
        "lua": (version(["lua5.4", "-v"]) or "").split("  Copyright")[0] or None,
        "cc": version(["cc", "--version"]),
        "rpy": subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True,
                              cwd=ROOT).stdout.strip(),
    }


def translate(source, output, callgrind=False):
    """Translates `source`; returns its phases, seconds, peak RSS, size.
    For callgrind, for a generic x86-64: valgrind lacks the newest
    instructions."""
    seconds, rss, _, err, status = run(
        [RPY_TRANSLATE, source, "-o", output, "--time-phases"]
        + (["--mcpu=x86-64"] if callgrind else []))
    if status != 0:
        sys.exit("harness: translating %s failed:\n%s" % (source, err.decode()))
    phases = {}
    for line in err.decode().splitlines():
        match = re.match(r"phase: (\w+) ([0-9.]+)", line)
        if match:
            phases[match.group(1)] = float(match.group(2))
    return {"seconds": seconds, "phases": phases, "peak_rss_kb": rss,
            "binary_bytes": os.path.getsize(output)}


def commands(name, source, argument, work):
    """The command line of each contender available for a benchmark."""
    base = os.path.join(ROOT, os.path.splitext(source)[0])
    binary = os.path.join(work, name.split()[0] + ".rpy")
    result = {"rpy": [binary, argument],
              "cpython": [sys.executable, source, argument]}
    if shutil.which("pypy3"):
        result["pypy"] = ["pypy3", source, argument]
        result["pypy-nojit"] = ["pypy3", "--jit", "off", source, argument]
    if os.path.exists(base + ".lua"):
        for contender, tool in (("luajit", "luajit"), ("lua", "lua5.4")):
            if shutil.which(tool):
                result[contender] = [tool, base + ".lua", argument]
    if os.path.exists(base + ".c"):
        for level in ("O0", "O2"):
            executable = os.path.join(work, "%s.c-%s" % (name, level))
            subprocess.run(["cc", "-" + level, base + ".c", "-lm", "-o",
                            executable], check=True)
            result["c-" + level] = [executable, argument]
    return result


def instructions(command, env):
    """Instructions executed by `command` under callgrind."""
    _, _, _, err, status = run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + command, env)
    if status != 0:
        sys.exit("harness: %s failed under callgrind:\n%s"
                 % (" ".join(command), err.decode()[-2000:]))
    match = re.search(rb"Collected : (\d+)", err)
    if status != 0 or not match:
        sys.exit("harness: callgrind failed on %s" % " ".join(command))
    return int(match.group(1))


def measure(benchmarks, runs, callgrind, work):
    results = {}
    env = python_env()
    startup_source = "bench/programs/startup.py"
    for name, source, argument, small in benchmarks:
        print("harness: %s" % name, file=sys.stderr)
        binary = os.path.join(work, name.split()[0] + ".rpy")
        entry = {"source": source, "argument": small if callgrind else argument,
                 "translation": translate(source, binary, callgrind),
                 "contenders": {}}
        contenders = commands(name, source, entry["argument"], work)
        expected = run(contenders["cpython"], env)[2]
        for contender, command in contenders.items():
            output = run(command, env)[2]
            if output != expected:
                sys.exit("harness: %s on %s printed something else than "
                         "CPython" % (contender, name))
        if callgrind:
            for contender, command in contenders.items():
                entry["contenders"][contender] = {
                    "instructions": instructions(command, env)}
        else:
            samples = {contender: [] for contender in contenders}
            rss = {}
            for _ in range(runs):
                for contender, command in contenders.items():
                    seconds, peak, _, _, _ = run(command, env)
                    samples[contender].append(seconds)
                    rss[contender] = peak
            for contender, times in samples.items():
                times.sort()
                entry["contenders"][contender] = {
                    "times": times, "median": times[len(times) // 2],
                    "min": times[0], "max": times[-1],
                    "peak_rss_kb": rss[contender]}
        results[name] = entry
    if not callgrind:
        # Start-up: each contender running a program that prints one line.
        binary = os.path.join(work, "startup.rpy")
        translate(startup_source, binary)
        starts = {}
        for contender, command in commands("startup", startup_source, "",
                                           work).items():
            command = [part for part in command if part != ""]
            times = sorted(run(command, env)[0] for _ in range(max(runs, 5)))
            starts[contender] = times[len(times) // 2]
        results["(start-up)"] = {"startup": starts}
    return results


def geometric_mean(values):
    values = [v for v in values if v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratios(results, metric, against):
    """Per contender: the geometric mean of metric / against's metric over
    the benchmarks where both ran."""
    means = {}
    for contender, _ in CONTENDERS:
        values = []
        for name, entry in results.items():
            runs = entry.get("contenders", {})
            if contender in runs and against in runs:
                values.append(runs[contender][metric] / runs[against][metric])
        means[contender] = geometric_mean(values)
    return means


def markdown(data):
    metric = "instructions" if data["callgrind"] else "median"
    m = data["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Made by `bench/harness.py%s` (%s, rpy %s); do not edit: run it "
        "again." % (" --callgrind" if data["callgrind"] else "",
                    data["date"], m["rpy"]),
        "",
        "Machine: %s, %d cores, %d MB; %s. CPython %s; %s; %s; %s; %s." % (
            m["cpu"], m["cores"], m["memory_mb"], m["os"], m["cpython"],
            m["pypy"] or "no PyPy", m["luajit"] or "no LuaJIT",
            m["lua"] or "no Lua", m["cc"]),
        "",
    ]
    benchmarks = {k: v for k, v in data["results"].items() if "contenders" in v}
    present = [(c, label) for c, label in CONTENDERS
               if any(c in e["contenders"] for e in benchmarks.values())]
    unit = "instructions (millions)" if data["callgrind"] else \
        "seconds, median of %d runs (min-max)" % data["runs"]
    lines += ["## Run time", "",
              "In %s; in brackets the ratio to C -O2, where there is a C "
              "version." % unit, "",
              "| benchmark | argument | " + " | ".join(l for _, l in present) + " |",
              "|---|---|" + "---|" * len(present)]
    for name, entry in benchmarks.items():
        cells = []
        runs = entry["contenders"]
        for contender, _ in present:
            if contender not in runs:
                cells.append("")
                continue
            value = runs[contender][metric]
            if data["callgrind"]:
                text = "%.1f" % (value / 1e6)
            else:
                text = "%.3f (%.3f-%.3f)" % (value, runs[contender]["min"],
                                             runs[contender]["max"])
            if "c-O2" in runs:
                text += " [%.2f]" % (value / runs["c-O2"][metric])
            cells.append(text)
        lines.append("| %s | `%s` | %s |" % (name, os.path.basename(entry["argument"]),
                                             " | ".join(cells)))
    for against, label in (("c-O2", "C -O2"), ("cpython", "CPython")):
        means = data["geomean"][against]
        lines.append("| geometric mean / %s | | %s |" % (label, " | ".join(
            "%.2f" % means[c] if means.get(c) else "" for c, _ in present)))
    if not data["callgrind"]:
        lines += ["", "## Peak RSS", "", "In MB.", "",
                  "| benchmark | " + " | ".join(l for _, l in present) + " |",
                  "|---|" + "---|" * len(present)]
        for name, entry in benchmarks.items():
            runs = entry["contenders"]
            lines.append("| %s | %s |" % (name, " | ".join(
                "%.1f" % (runs[c]["peak_rss_kb"] / 1024) if c in runs else ""
                for c, _ in present)))
        starts = data["results"]["(start-up)"]["startup"]
        lines += ["", "## Start-up", "",
                  "A program printing one line, median of 5 runs, in "
                  "milliseconds.", "",
                  "| " + " | ".join(l for c, l in present if c in starts) + " |",
                  "|" + "---|" * len([c for c, _ in present if c in starts]),
                  "| " + " | ".join("%.1f" % (starts[c] * 1000)
                                    for c, _ in present if c in starts) + " |"]
    lines += ["", "## Translation", "",
              "`rpy-translate -O2` of each program: the phases (seconds), "
              "the whole, the translator's peak RSS and the binary's size.", "",
              "| benchmark | flow | annotate | rtype | aspects | lower | llvm | "
              "codegen | total | peak RSS | binary |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, entry in benchmarks.items():
        t = entry["translation"]
        phases = " | ".join("%.3f" % t["phases"].get(p, 0) for p in (
            "flow", "annotate", "rtype", "aspects", "lower", "llvm", "codegen"))
        lines.append("| %s | %s | %.2f | %d MB | %d KB |" % (
            name, phases, t["seconds"], t["peak_rss_kb"] // 1024,
            t["binary_bytes"] // 1024))
    lines += ["", "![time / C -O2](benchmarks.svg)", ""]
    return "\n".join(lines)


def plot(data, path, work):
    """A clustered bar chart of each contender's time / C -O2 (log scale)."""
    if not shutil.which("gnuplot"):
        print("harness: no gnuplot, no plot", file=sys.stderr)
        return
    metric = "instructions" if data["callgrind"] else "median"
    names = [n for n, e in data["results"].items()
             if "contenders" in e and "c-O2" in e["contenders"]]
    columns = [(c, l) for c, l in CONTENDERS if c != "c-O2" and any(
        c in data["results"][n]["contenders"] for n in names)]
    table = os.path.join(work, "plot.dat")
    with open(table, "w") as f:
        f.write("benchmark " + " ".join('"%s"' % l for _, l in columns) + "\n")
        for name in names:
            runs = data["results"][name]["contenders"]
            f.write('"%s" ' % name + " ".join(
                "%g" % (runs[c][metric] / runs["c-O2"][metric]) if c in runs
                else "NaN" for c, _ in columns) + "\n")
    script = """
set terminal svg size 1000,500 dynamic font "sans,11"
set output '%s'
set title 'time / C -O2 (log scale; lower is faster)'
set logscale y
set style data histogram
set style histogram cluster gap 1
set style fill solid border -1
set key outside right
set xtics rotate by -30
set grid ytics
plot for [i=2:%d] '%s' using i:xtic(1) title columnheader(i)
""" % (path, len(columns) + 1, table)
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="benchmarks to run, comma-separated")
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions with valgrind instead")
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "scripts", "install-deps"), "--bench"],
                   check=True)
    if not os.path.exists(RPY_TRANSLATE):
        sys.exit("harness: build first (scripts/build)")
    benchmarks = BENCHMARKS
    if args.only:
        wanted = args.only.split(",")
        benchmarks = [b for b in BENCHMARKS if b[0].split()[0] in wanted]
    with tempfile.TemporaryDirectory() as work:
        results = measure(benchmarks, args.runs, args.callgrind, work)
        metric = "instructions" if args.callgrind else "median"
        data = {
            "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "machine": machine(), "runs": args.runs,
            "callgrind": args.callgrind, "results": results,
            "geomean": {"c-O2": ratios(results, metric, "c-O2"),
                        "cpython": ratios(results, metric, "cpython")},
        }
        suffix = "-callgrind" if args.callgrind else ""
        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        with open(os.path.join(ROOT, "bench", "results",
                               "latest%s.json" % suffix), "w") as f:
            json.dump(data, f, indent=1)
        with open(os.path.join(ROOT, "docs", "benchmarks%s.md" % suffix),
                  "w") as f:
            f.write(markdown(data))
        plot(data, os.path.join(ROOT, "docs", "benchmarks%s.svg" % suffix),
             work)
    print("harness: wrote bench/results/latest%s.json, docs/benchmarks%s.md, "
          "docs/benchmarks%s.svg" % (suffix, suffix, suffix), file=sys.stderr)


if __name__ == "__main__":
    main()
