#!/usr/bin/env python3
"""Checks that ./run.sh exported every format of every shipped program, complete.

Reads the shipped curricula (their countries, audiences and tracks) and each build record
(exports/<curriculum>/manifest.json): nothing failed; every file the record lists is there
with its size and SHA-256; every program (country, audience, track) has every default format;
every country, audience and track of the curricula appears.

    check_exports.py PROJECT_DIR
"""
import collections
import hashlib
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{urn:trainkit:curriculum:1}"
FORMATS = {"guide-pdf", "handout-docx", "scorm12", "scorm2004", "markdown"}


def check(project):
    problems = []
    for curriculum_file in sorted(project.glob("curricula/*/curriculum.xml")):
        root = ET.parse(curriculum_file).getroot()
        name = root.get("id")
        audiences = {a.get("id") for a in root.iter(NS + "audience") if a.get("id")}
        tracks = {t.get("id") for t in root.iter(NS + "track") if t.get("id")}
        countries = {"intl"} | {c.stem for c in (curriculum_file.parent / "countries").glob("*.xml")}
        record_file = project / "exports" / name / "manifest.json"
        if not record_file.is_file():
            problems.append(f"{name}: no build record {record_file}")
            continue
        record = json.loads(record_file.read_text())
        for failed in record.get("failed", []):
            problems.append(f"{name}: {failed['path']} failed: {failed['error']}")
        programs = collections.defaultdict(set)
        for output in record["outputs"]:
            path = record_file.parent / output["path"]
            data = path.read_bytes() if path.is_file() else None
            if data is None or len(data) != output["bytes"] or hashlib.sha256(data).hexdigest() != output["sha256"]:
                problems.append(f"{name}: {output['path']} is missing or not what the record says")
            programs[(output["country"], output["audience"], output["track"])].add(output["format"])
        for program, formats in sorted(programs.items()):
            if formats != FORMATS:
                problems.append(f"{name}: {'/'.join(program)} lacks {', '.join(sorted(FORMATS - formats))}")
        for kind, expected, index in (("country", countries, 0), ("audience", audiences, 1), ("track", tracks, 2)):
            missing = expected - {program[index] for program in programs}
            if missing:
                problems.append(f"{name}: no output for {kind} {', '.join(sorted(missing))}")
        print(f"{name}: {len(programs)} programs ({len(countries)} countries, {len(audiences)} audiences, "
              f"{len(tracks)} tracks) in {len(FORMATS)} formats, {len(record['outputs'])} files")
    return problems


def main():
    problems = check(pathlib.Path(sys.argv[1]))
    for problem in problems:
        print("FAIL:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
