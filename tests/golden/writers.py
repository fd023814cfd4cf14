#!/usr/bin/env python3
"""Golden files for every writer: tests/data/writer-torture, made to break writers, exported
with every format `trainkit formats` lists, each output turned into a form a person can read
and review (the DOCX's document.xml indented, the player page, the guide's text and bookmarks),
and compared with tests/golden/writers/<program>/.

  writers.py --trainkit build/bin/trainkit            compare; exit 1 on any difference
  writers.py --trainkit build/bin/trainkit --accept   write the new files, show what changed

After --accept, read every changed line (`git diff tests/golden/writers`) before committing:
a golden file regenerated without reading it is a defect. A format with no readable view here
fails, so a new writer cannot go untested."""

import argparse
import collections
import difflib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

CURRICULUM = "tests/data/writer-torture"
# (name, --country, --audience): a translated program with a section left in English, and
# the international version, which sets no facts.
# The formats that print a participant list, and the list they are given.
PARTICIPANT_FORMATS = ("certificates-pdf", "attendance-pdf")
PROGRAMS = [("UA-police", "UA", "police"), ("intl-public", "", "public")]


def run(command, cwd=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, check=False)


def indented_xml(data):
    # xmllint keeps mixed content (w:t text, HTML) as it is and indents only element-only content.
    result = subprocess.run(["xmllint", "--format", "-"], input=data, capture_output=True, check=True)
    return result.stdout.decode()


def zip_entries(path):
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def entry_list(entries):
    """The archive's entries in their order, each image with its size (its bytes are not shown)."""
    return "".join(f"{name}{f' {len(data)} bytes' if 'media/' in name else ''}\n" for name, data in entries.items())


def outline_titles(items, depth=0):
    lines = []
    for item in items:
        lines.append("  " * depth + item.get("title", "") + "\n")
        lines.extend(outline_titles(item.get("kids", []), depth + 1))
    return lines


def view_pdf(path):
    text = run(["pdftotext", "-layout", path, "-"]).stdout.decode()
    info = run(["pdfinfo", path]).stdout.decode().splitlines()
    keep = ("Title:", "Subject:", "Keywords:", "Author:", "Pages:", "Page size:")
    outline = json.loads(run(["qpdf", "--json", "--json-key=outlines", path]).stdout)["outlines"]
    # Text in another language than the document's is marked content with its /Lang; qpdf
    # uncompresses the content streams so they can be read.
    with tempfile.TemporaryDirectory() as work:
        plain = os.path.join(work, "plain.pdf")
        run(["qpdf", "--qdf", "--object-streams=disable", path, plain])
        with open(plain, "rb") as f:
            content = f.read()
    marks = re.findall(rb"/Span <</Lang \(([^)]*)\)>> BDC", content)
    languages = collections.Counter(mark.decode() for mark in marks)
    # An image's alt text, for screen readers: a UTF-16BE text string around the image.
    alts = [bytes.fromhex(alt.decode()).decode("utf-16") for alt in re.findall(rb"/Span <</Alt <([0-9A-Fa-f]+)>>> BDC", content)]
    return {
        "marked-languages.txt": "".join(f"{language}: {count} runs of text\n" for language, count in sorted(languages.items())),
        "alt-texts.txt": "".join(f"{alt}\n" for alt in alts),
        "info.txt": "".join(line + "\n" for line in info if line.startswith(keep)),
        "bookmarks.txt": "".join(outline_titles(outline)),
        "text.txt": text,
    }


def view_docx(path):
    entries = zip_entries(path)
    views = {"entries.txt": entry_list(entries)}
    for name in ("word/document.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "word/header1.xml",
                 "word/footer1.xml"):
        if name in entries:
            views[name.replace("/", "_")] = indented_xml(entries[name])
    return views


def view_scorm(path):
    entries = zip_entries(path)
    return {
        "entries.txt": entry_list(entries),
        "imsmanifest.xml": indented_xml(entries["imsmanifest.xml"]),
        "index.html": entries["index.html"].decode(),
    }


def view_text(path):
    with open(path, encoding="utf-8") as f:
        return {"output.txt": f.read()}


VIEWS = {
    "guide-pdf": view_pdf,
    "handout-pdf": view_pdf,
    "attendance-pdf": view_pdf,
    "certificates-pdf": view_pdf,
    "pretest-pdf": view_pdf,
    "posttest-pdf": view_pdf,
    "evaluation-pdf": view_pdf,
    "scoring-key-pdf": view_pdf,
    "handout-docx": view_docx,
    "scorm12": view_scorm,
    "scorm2004": view_scorm,
    "markdown": view_text,
    "guide-layout": view_text,
    "handout-layout": view_text,
    "dump": view_text,
}


def formats(trainkit, source):
    listing = run([trainkit, "formats"], cwd=source).stdout.decode()
    return [line.split()[0] for line in listing.splitlines() if line.strip()]


def export(trainkit, source, country, audience, fmt, out):
    command = [trainkit, "export", CURRICULUM, "--audience", audience, "--format", fmt, "-o", out]
    if country:
        command += ["--country", country]
    if fmt in PARTICIPANT_FORMATS:  # a list with names a writer could get wrong
        command += ["--participants", os.path.join(CURRICULUM, "participants.csv")]
    result = run(command, cwd=source)
    # Paths in messages are relative to the source folder, as a user's would be.
    messages = [line for line in result.stderr.decode().splitlines() if not line.startswith("trainkit: wrote ")]
    return result.returncode, "".join(line + "\n" for line in messages)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trainkit", required=True)
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    parser.add_argument("--accept", action="store_true", help="write the outputs as the new golden files")
    args = parser.parse_args()
    source = os.path.abspath(args.source)
    trainkit = os.path.abspath(args.trainkit)
    golden_root = os.path.join(source, "tests", "golden", "writers")

    produced = {}
    problems = []
    with tempfile.TemporaryDirectory() as work:
        for program, country, audience in PROGRAMS:
            for fmt in formats(trainkit, source):
                if fmt not in VIEWS:
                    problems.append(f"format '{fmt}' has no readable view in tests/golden/writers.py: add one")
                    continue
                out = os.path.join(work, f"{program}.{fmt}")
                code, messages = export(trainkit, source, country, audience, fmt, out)
                folder = f"{program}/{fmt}"
                produced[f"{folder}/exit-and-messages.txt"] = f"exit {code}\n{messages}"
                if code == 0:
                    for name, text in VIEWS[fmt](out).items():
                        produced[f"{folder}/{name}"] = text

    existing = set()
    for folder, _, files in os.walk(golden_root):
        for name in files:
            existing.add(os.path.relpath(os.path.join(folder, name), golden_root))

    if args.accept:
        for name in existing - set(produced):
            os.remove(os.path.join(golden_root, name))
        for name, text in produced.items():
            path = os.path.join(golden_root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        subprocess.run(["git", "-C", source, "--no-pager", "diff", "--stat", "--", "tests/golden/writers"], check=False)
        subprocess.run(["git", "-C", source, "status", "--short", "--untracked-files=all", "--", "tests/golden/writers"],
                       check=False)
        print("Written. Review every changed line (git diff tests/golden/writers) and every new file above.")
        return 1 if problems else 0

    for name in sorted(existing - set(produced)):
        problems.append(f"{name}: a golden file no output made (remove it, or run with --accept)")
    for name, text in sorted(produced.items()):
        path = os.path.join(golden_root, name)
        if not os.path.exists(path):
            problems.append(f"{name}: no golden file (run with --accept, then review it)")
            continue
        with open(path, encoding="utf-8") as f:
            expected = f.read()
        if expected != text:
            diff = difflib.unified_diff(expected.splitlines(True), text.splitlines(True), f"golden/{name}", f"now/{name}")
            problems.append(f"{name} differs:\n" + "".join(list(diff)[:80]))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"compared {len(produced)} files from {len(PROGRAMS)} programs", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
