#!/usr/bin/env python3
"""trainkit's benchmark: one table of wall times and peak memory, run by hand (never by ctest).

    bench/bench.py            # after ./run.sh (build/, a build with the benchmarks, the default)
    bench/bench.py --quick    # each measurement once: checks that the script works, measures nothing

Rows: the full sample matrix (`trainkit build`), and the same build again with nothing changed;
a synthetic curriculum of 10, 100 and 1,000 modules (validate, guide-pdf, handout-docx, scorm12),
to see cost grow with size; one export of the sample against its floor (starting the process,
parsing the files it needs, the writer in process); pandoc turning trainkit's Markdown into DOCX
and LibreOffice turning trainkit's DOCX into PDF, beside trainkit's writers and whole commands;
one country's export from a curriculum with 1 and with 100 countries, and validate of the 100.
Needs: apt-get install time pandoc libreoffice-writer-nogui zip libxml2-utils
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TRAINKIT = os.path.join(ROOT, "build", "bin", "trainkit")
WRITER_BENCH = os.path.join(ROOT, "build", "bin", "writer_bench")
SAMPLE = os.path.join(ROOT, "curricula", "trafficking-in-women")
# What one export of the sample in Ukrainian reads: the base, the country, the language and its
# Ukrainian overrides. The other four countries and their languages are not needed.
SAMPLE_UA_FILES = ["curriculum.xml", "countries/UA.xml", "translations/uk.xml", "translations/uk-UA.xml"]
RUNS = 3            # runs of each command, of which the median counts; --quick makes it 1
WRITER_RUNS = 20    # writer_bench's runs in process; --quick makes it 1


def run(command, cwd=None):
    """Runs `command` once; returns (wall milliseconds, peak resident megabytes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024


def measure(command, cwd=None, runs=None, before=None):
    """The median wall time and the largest peak memory of `runs` runs (RUNS by default).
    `before`, untimed, runs before each: to start a build from an empty folder every time."""
    results = []
    for _ in range(runs or RUNS):
        if before:
            before()
        results.append(run(command, cwd))
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def emptied(folder):
    """A `before` for measure(): removes `folder`, so that a build finds nothing to skip."""
    return lambda: shutil.rmtree(folder, ignore_errors=True)


def writer_ms(fmt, country, audience):
    """The writer's own time, in process, from writer_bench (median of WRITER_RUNS)."""
    out = subprocess.run([WRITER_BENCH, fmt, SAMPLE, country, audience, str(WRITER_RUNS)], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("write it"):
            return float(line.split()[-1])
    sys.exit("writer_bench printed no time")


rows = []


def row(what, ms, mb=None, target="", ok=None):
    verdict = "" if ok is None else ("met" if ok else "NOT MET")
    rows.append((what, f"{ms:,.0f}" if ms >= 10 else f"{ms:.1f}", "" if mb is None else f"{mb:.0f}", target, verdict))


def export_sample(fmt, path):
    """The command for trainkit's `fmt` export of the sample (Ukraine, police) into `path`. Nobody
    has checked the sample's phone numbers yet, so participant outputs need --allow-unchecked-facts."""
    return [TRAINKIT, "export", SAMPLE, "--country", "UA", "--audience", "police", "--format", fmt, "-o", path,
            "--allow-unchecked-facts"]


def synthetic(work, modules, countries=0):
    """A synthetic curriculum of `modules` modules and `countries` adaptations; returns its folder."""
    folder = os.path.join(work, f"synthetic-{modules}-{countries}")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic_curriculum.py"), str(modules), folder,
                    "--countries", str(countries)], check=True)
    return folder


def matrix(work):
    """Every program and format of the shipped curricula, from an empty folder and then again
    with nothing changed (what an author waits for after each save once builds skip what is
    up to date), against a floor: reading the input and zipping the output bytes."""
    out = os.path.join(work, "matrix")
    build = [TRAINKIT, "build", "--allow-unchecked-facts", "-o", out]
    ms, mb = measure(build, cwd=ROOT, before=emptied(out))
    files = sum(len(f) for _, _, f in os.walk(out))
    row(f"full sample matrix: trainkit build ({files} files, {os.cpu_count()} cores)", ms, mb, "< 2,000 ms", ms < 2000)
    xml = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "curricula")) for f in fs
           if f.endswith(".xml")]
    floor_xml, _ = measure(["xmllint", "--noout", *xml])
    floor_zip, _ = measure(["zip", "-6", "-r", "-q", os.path.join(work, "floor.zip"), "."], cwd=out, runs=1)
    floor = floor_xml + floor_zip
    row("  floor: xmllint --noout of the curricula + zip -6 of the outputs", floor)
    row("  trainkit / floor", ms / floor, None, "< 5x", ms / floor < 5)
    # The last full build above is the warm-up: this one finds every output in place.
    ms, mb = measure(build, cwd=ROOT)
    row("full sample matrix again, nothing changed", ms, mb, "< 300 ms", ms < 300)


def sizes(work):
    """The synthetic curriculum at three sizes, to see cost grow with size."""
    for n in (10, 100, 1000):
        folder = synthetic(work, n)
        ms, mb = measure([TRAINKIT, "validate", folder])
        big = n == 1000
        row(f"synthetic {n:>5} modules: validate", ms, mb, "< 1,000 ms" if big else "", ms < 1000 if big else None)
        for fmt in ("guide-pdf", "handout-docx", "scorm12"):
            target = os.path.join(folder, f"out.{fmt}")
            ms, mb = measure([TRAINKIT, "export", folder, "--audience", "general-public", "--format", fmt,
                              "-o", target])
            if big and fmt == "guide-pdf":
                row(f"synthetic {n:>5} modules: {fmt}", ms, mb, "< 5,000 ms, < 300 MB", ms < 5000 and mb < 300)
            else:
                row(f"synthetic {n:>5} modules: {fmt}", ms, mb)
        # One build of the three (the curriculum read and checked once) against the floor.
        built = os.path.join(folder, "built")
        ms, mb = measure([TRAINKIT, "build", folder, "-o", built, "--allow-unchecked-facts", "--format",
                          "guide-pdf", "handout-docx", "scorm12"], before=emptied(built))
        produced = [os.path.join(d, f) for d, _, fs in os.walk(built) for f in fs if f != "manifest.json"]
        floor_xml, _ = measure(["xmllint", "--noout", os.path.join(folder, "curriculum.xml")])
        floor_zip, _ = measure(["zip", "-6", "-q", "-j", os.path.join(folder, f"floor-{n}.zip"), *produced])
        floor = floor_xml + floor_zip
        row(f"synthetic {n:>5} modules: build of the three", ms, mb)
        row(f"  floor: xmllint --noout + zip -6 of the three ({floor:.0f} ms); build / floor", ms / floor, None,
            "< 5x", ms / floor < 5)


def one_export(what, fmt, tool, tool_ms, tool_targets, start, parse, work):
    """Rows for one export of the sample in `fmt`: the whole command against its floor (`start`,
    `parse` and the writer in process: what the command cannot do without), and `tool`, what
    people use today for the same output, against the writer and the whole command.
    `tool_targets` are the least ratios tool / writer and tool / command."""
    writer = writer_ms(fmt, "UA", "police")
    command, mb = measure(export_sample(fmt, os.path.join(work, "compare." + fmt)))
    floor = start + parse + writer
    name = tool.split(",")[0]
    row(f"{what}: {tool}", tool_ms)
    row(f"{what}: trainkit {fmt} writer, in process", writer)
    row(f"{what}: trainkit, the whole export command", command, mb)
    row(f"  floor: start + parse + writer ({floor:.0f} ms); command / floor", command / floor, None, "<= 2x",
        command / floor <= 2)
    for against, ms, least in (("writer", writer, tool_targets[0]), ("command", command, tool_targets[1])):
        row(f"  {name} / trainkit {against}", tool_ms / ms, None, f">= {least}x", tool_ms / ms >= least)


def beside_tools(work):
    """One export of the sample (Ukraine, police), beside the tools people use today."""
    start, _ = measure([TRAINKIT, "--version"])
    parse, _ = measure(["xmllint", "--noout", *SAMPLE_UA_FILES], cwd=SAMPLE)
    row("one export (UA, police): process start, trainkit --version", start)
    row(f"one export (UA, police): parse, xmllint --noout of the {len(SAMPLE_UA_FILES)} files it needs", parse)
    md, docx = os.path.join(work, "handout.md"), os.path.join(work, "handout.docx")
    run(export_sample("markdown", md))
    run(export_sample("handout-docx", docx))
    pandoc, _ = measure(["pandoc", md, "-o", os.path.join(work, "pandoc.docx")], cwd=SAMPLE)
    one_export("handout", "handout-docx", "pandoc, trainkit's Markdown to DOCX", pandoc, (50, 25), start, parse, work)
    profile = f"-env:UserInstallation=file://{work}/profile"
    lo = ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", os.path.join(work, "lo"), docx]
    run(lo)  # the first start sets up LibreOffice's profile
    libreoffice, _ = measure(lo)
    one_export("PDF", "guide-pdf", "LibreOffice, trainkit's DOCX to PDF", libreoffice, (30, 30), start, parse, work)


def countries(work):
    """One country's export must not pay for the other countries (the 10-module handout is a
    small export, so 1.2x leaves room for noise but not for reading and checking 99 more
    adaptations), and validating every country at once must stay quick."""
    times = {}
    for k in (1, 100):
        folder = synthetic(work, 10, k)
        first = sorted(os.listdir(os.path.join(folder, "countries")))[0]  # the same file in both
        country = os.path.splitext(first)[0]
        times[k], mb = measure([TRAINKIT, "export", folder, "--country", country, "--audience", "general-public",
                                "--format", "handout-docx", "-o", os.path.join(folder, "out.docx")])
        row(f"synthetic 10 modules, {k:>3} countries: handout-docx of {country}", times[k], mb)
    row("  100 countries / 1 country", times[100] / times[1], None, "<= 1.2x", times[100] / times[1] <= 1.2)
    ms, mb = measure([TRAINKIT, "validate", folder])
    row("synthetic 10 modules, 100 countries: validate", ms, mb, "< 2,000 ms", ms < 2000)


def main():
    global RUNS, WRITER_RUNS, TRAINKIT, WRITER_BENCH
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="run each measurement once: a smoke test")
    parser.add_argument("--build", help="the build folder whose bin/trainkit and bin/writer_bench to time "
                        "(default: build/), to compare versions on the same inputs")
    arguments = parser.parse_args()
    if arguments.quick:
        RUNS, WRITER_RUNS = 1, 1
    if arguments.build:
        TRAINKIT = os.path.join(os.path.abspath(arguments.build), "bin", "trainkit")
        WRITER_BENCH = os.path.join(os.path.abspath(arguments.build), "bin", "writer_bench")
    for tool in ("pandoc", "soffice", "zip", "xmllint"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install time pandoc libreoffice-writer-nogui zip libxml2-utils")
    work = tempfile.mkdtemp(prefix="trainkit-bench-")
    os.environ["SOURCE_DATE_EPOCH"] = "1795824000"
    try:
        matrix(work)
        sizes(work)
        beside_tools(work)
        countries(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'ms or x':>9}  {'peak MB':>7}  {'target':<22}  ")
    for what, value, mb, target, verdict in rows:
        print(f"{what:<{width}}  {value:>9}  {mb:>7}  {target:<22}  {verdict}")


if __name__ == "__main__":
    main()
