#!/usr/bin/env python3
"""Checks that ./run.sh exported every format of every shipped program, complete.

Works out from the shipped curricula, without trainkit, which programs there are: the
international version (in the curriculum's language, and in each language of translations/
that no country file is in) and every country file, times the audiences (all of the
curriculum's, or those an adaptation's <audiences only="..."> keeps), times the tracks. Then reads each build
record (exports/<curriculum>/manifest.json): nothing failed; every program has every default
format; every file the record lists is there with its size and SHA-256; no file is there that
the record does not list.

    check_exports.py PROJECT_DIR
"""
import collections
import hashlib
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{urn:trainkit:curriculum:1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# What the README promises run.sh makes; written here, not asked of trainkit, so that a
# trainkit that forgets a format fails this check.
FORMATS = {"guide-pdf", "handout-docx", "handout-pdf", "scorm12", "scorm2004", "markdown"}


def expected_programs(curriculum_file, root):
    """Every (country, audience, track) the curriculum makes."""
    audiences = {a.get("id") for a in root.find(NS + "audiences").iter(NS + "audience")}
    tracks = {t.get("id") for t in root.iter(NS + "track") if t.get("id")}
    offered = {"intl": audiences}
    country_languages = set()
    for country_file in (curriculum_file.parent / "countries").glob("*.xml"):
        adaptation = ET.parse(country_file).getroot()
        country_languages.add(adaptation.get(XML_LANG).split("-")[0])
        only = adaptation.find(NS + "audiences")
        offered[country_file.stem] = set(only.get("only").split()) if only is not None else audiences
    for translation_file in (curriculum_file.parent / "translations").glob("*.xml"):
        language = ET.parse(translation_file).getroot().get(XML_LANG)
        if "-" not in language and language not in country_languages:
            offered["intl-" + language] = audiences
    return {(country, audience, track) for country, kept in offered.items() for audience in kept for track in tracks}


def check(project):
    problems = []
    for curriculum_file in sorted(project.glob("curricula/*/curriculum.xml")):
        root = ET.parse(curriculum_file).getroot()
        name = root.get("id")
        expected = expected_programs(curriculum_file, root)
        record_file = project / "exports" / name / "manifest.json"
        if not record_file.is_file():
            problems.append(f"{name}: no build record {record_file}")
            continue
        record = json.loads(record_file.read_text())
        for failed in record.get("failed", []):
            problems.append(f"{name}: {failed['path']} failed: {failed['error']}")
        programs = collections.defaultdict(set)
        listed = set()
        for output in record["outputs"]:
            path = record_file.parent / output["path"]
            listed.add(path)
            data = path.read_bytes() if path.is_file() else None
            if data is None or len(data) != output["bytes"] or hashlib.sha256(data).hexdigest() != output["sha256"]:
                problems.append(f"{name}: {output['path']} is missing or not what the record says")
            version = output["country"]
            if version == "intl" and output["language"] != root.get(XML_LANG):
                version = "intl-" + output["language"]
            programs[(version, output["audience"], output["track"])].add(output["format"])
        for program in sorted(expected | set(programs)):
            formats = programs.get(program, set())
            if program not in expected:
                problems.append(f"{name}: {'/'.join(program)} is not a program of the curriculum")
            elif formats != FORMATS:
                problems.append(f"{name}: {'/'.join(program)} lacks {', '.join(sorted(FORMATS - formats))}")
        for path in sorted(record_file.parent.rglob("*")):
            if path.is_file() and path != record_file and path not in listed:
                problems.append(f"{name}: {path.relative_to(record_file.parent)} is not in the build record")
        print(f"{name}: {len(expected)} programs in {len(FORMATS)} formats, {len(record['outputs'])} files")
    return problems


def main():
    problems = check(pathlib.Path(sys.argv[1]))
    for problem in problems:
        print("FAIL:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
