#!/usr/bin/env python3
"""trainkit's benchmark: one table of wall times and peak memory, run by hand (never by ctest).

    bench/bench.py            # after ./test.sh or ./run.sh (a build with the benchmarks, the default)

Rows: the full sample matrix (`trainkit build`); a synthetic curriculum of 10, 100 and 1,000
modules (validate, guide-pdf, handout-docx, scorm12), to see cost grow with size; pandoc turning
trainkit's Markdown into DOCX and LibreOffice turning trainkit's DOCX into PDF, beside trainkit's
own writers; a floor (xmllint --noout of the input plus zip -6 of the output bytes).
Needs: apt-get install time pandoc libreoffice-writer-nogui zip libxml2-utils
"""
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
RUNS = 3


def run(command, cwd=None):
    """Runs `command` once; returns (wall milliseconds, peak resident megabytes)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024


def measure(command, cwd=None, runs=RUNS):
    """The median wall time and the largest peak memory of `runs` runs."""
    results = [run(command, cwd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def writer_ms(fmt, country, audience):
    """The writer's own time, in process, from writer_bench (median of 20)."""
    out = subprocess.run([WRITER_BENCH, fmt, SAMPLE, country, audience, "20"], capture_output=True, text=True,
                         check=True).stdout
    for line in out.splitlines():
        if line.startswith("write it"):
            return float(line.split()[-1])
    sys.exit("writer_bench printed no time")


rows = []


def export_sample(fmt, path):
    subprocess.run([TRAINKIT, "export", SAMPLE, "--country", "UA", "--audience", "police", "--format", fmt, "-o", path],
                   check=True, stderr=subprocess.DEVNULL)
    return path


def compare(what, tool, tool_ms, fmt, target, work):
    """Rows for `tool` beside trainkit's `fmt` writer (in process) and whole export command."""
    writer = writer_ms(fmt, "UA", "police")
    command, _ = measure([TRAINKIT, "export", SAMPLE, "--country", "UA", "--audience", "police", "--format", fmt,
                          "-o", os.path.join(work, "compare." + fmt)])
    name = tool.split(",")[0]
    row(f"{what}: {tool}", tool_ms)
    row(f"{what}: trainkit {fmt} writer, in process", writer)
    row(f"{what}: trainkit, the whole export command", command)
    row(f"  {name} / trainkit writer", tool_ms / writer, None, f">= {target}x", tool_ms / writer >= target)
    row(f"  {name} / trainkit command", tool_ms / command)


def row(what, ms, mb=None, target="", ok=None):
    verdict = "" if ok is None else ("met" if ok else "NOT MET")
    rows.append((what, f"{ms:,.0f}" if ms >= 10 else f"{ms:.1f}", "" if mb is None else f"{mb:.0f}", target, verdict))


def main():
    for tool in ("pandoc", "soffice", "zip", "xmllint"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install time pandoc libreoffice-writer-nogui zip libxml2-utils")
    work = tempfile.mkdtemp(prefix="trainkit-bench-")
    env_date = {"SOURCE_DATE_EPOCH": "1795824000"}
    os.environ.update(env_date)
    try:
        # The full sample matrix.
        out = os.path.join(work, "matrix")
        ms, mb = measure([TRAINKIT, "build", "--allow-unchecked-facts", "-o", out], cwd=ROOT, runs=1)
        files = sum(len(f) for _, _, f in os.walk(out))
        row(f"full sample matrix: trainkit build ({files} files, {os.cpu_count()} cores)", ms, mb, "< 5,000 ms",
            ms < 5000)
        xml = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "curricula")) for f in fs
               if f.endswith(".xml")]
        floor_xml, _ = measure(["xmllint", "--noout", *xml])
        floor_zip, _ = measure(["zip", "-6", "-r", "-q", os.path.join(work, "floor.zip"), "."], cwd=out, runs=1)
        floor = floor_xml + floor_zip
        row("  floor: xmllint --noout of the curricula + zip -6 of the outputs", floor)
        row("  trainkit / floor", ms / floor, None, "< 5x", ms / floor < 5)

        # A synthetic curriculum at three sizes.
        for n in (10, 100, 1000):
            folder = os.path.join(work, f"synthetic-{n}")
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic_curriculum.py"), str(n), folder],
                           check=True)
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
                              "guide-pdf", "handout-docx", "scorm12"])
            produced = [os.path.join(d, f) for d, _, fs in os.walk(built) for f in fs if f != "manifest.json"]
            floor_xml, _ = measure(["xmllint", "--noout", os.path.join(folder, "curriculum.xml")])
            floor_zip, _ = measure(["zip", "-6", "-q", "-j", os.path.join(folder, f"floor-{n}.zip"), *produced])
            floor = floor_xml + floor_zip
            row(f"synthetic {n:>5} modules: build of the three", ms, mb)
            row(f"  floor: xmllint --noout + zip -6 of the three ({floor:.0f} ms); build / floor", ms / floor, None,
                "< 5x", ms / floor < 5)

        # Beside the tools people use today, on the sample (Ukraine, police).
        md = export_sample("markdown", os.path.join(work, "handout.md"))
        docx = export_sample("handout-docx", os.path.join(work, "handout.docx"))
        pandoc, _ = measure(["pandoc", md, "-o", os.path.join(work, "pandoc.docx")], cwd=SAMPLE)
        compare("handout", "pandoc, trainkit's Markdown to DOCX", pandoc, "handout-docx", 50, work)
        profile = f"-env:UserInstallation=file://{work}/profile"
        lo = ["soffice", "--headless", profile, "--convert-to", "pdf", "--outdir", os.path.join(work, "lo"), docx]
        run(lo)  # the first start sets up LibreOffice's profile
        libreoffice, _ = measure(lo)
        compare("PDF", "LibreOffice, trainkit's DOCX to PDF", libreoffice, "guide-pdf", 30, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'ms or x':>9}  {'peak MB':>7}  {'target':<22}  ")
    for what, value, mb, target, verdict in rows:
        print(f"{what:<{width}}  {value:>9}  {mb:>7}  {target:<22}  {verdict}")


if __name__ == "__main__":
    main()
