#!/usr/bin/env python3
"""Reads every shipped facilitator guide as a trainer would, and measures how much of it is in
the program's language: at least 98% of its lines with words must be.

Each guide is made with trainkit and read back with pdftotext (what the page says, not what
trainkit thinks it wrote). A line counts as English when, in a Cyrillic language, most of its
words are Latin and one of them is a common English word; in a Latin-script language, when two
of its words are common English words that the language does not also have. The list of
sources (titles quoted in their own language) and web addresses are left out of the count.

    guide_language.py TRAINKIT PROJECT_DIR
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

ENGLISH = set("the and of to is are with for that this in on be by as or not their they you your what "
              "who how which when it an from has have at".split())
# Words English shares with a language: not evidence of English there.
ALSO_IN = {"pl": {"to", "on", "i"}, "ro": {"are", "an", "a"}}
MINIMUM = 0.98
NS = "{urn:trainkit:curriculum:1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def is_latin(word):
    return all("LATIN" in unicodedata.name(c, "") for c in word)


def looks_english(line, language):
    words = re.findall(r"[^\W\d_]+", line)
    english = [w for w in words if w.lower() in ENGLISH - ALSO_IN.get(language, set())]
    if language in ("uk", "bg", "ru", "sr"):
        latin = [w for w in words if is_latin(w)]
        return len(latin) * 2 > len(words) and len(english) >= 1
    return len(english) >= 2


def measured_lines(text, words):
    """The guide's lines with words, without the list of sources and web addresses."""
    lines = [line.strip() for line in text.splitlines()]
    sources, license_ = words["sources"], words["licence"]
    start = max((i for i, line in enumerate(lines) if line == sources), default=None)
    end = next((i for i in range(start or 0, len(lines)) if lines[i] == license_), len(lines))
    kept = []
    for i, line in enumerate(lines):
        if start is not None and start < i < end:
            continue
        if "://" in line or "www." in line or not re.search(r"[^\W\d_]", line):
            continue
        kept.append(line)
    return kept


def programs(project):
    """(curriculum folder, country or "", language, first audience's every audience) to read."""
    for curriculum_file in sorted(project.glob("curricula/*/curriculum.xml")):
        root = ET.parse(curriculum_file).getroot()
        audiences = [a.get("id") for a in root.find(NS + "audiences").iter(NS + "audience")]
        folder = curriculum_file.parent
        countries = {}
        for country_file in sorted((folder / "countries").glob("*.xml")):
            adaptation = ET.parse(country_file).getroot()
            only = adaptation.find(NS + "audiences")
            kept = only.get("only").split() if only is not None and only.get("only") else audiences
            own = [a.get("id") for a in only.iter(NS + "audience")] if only is not None else []
            countries[country_file.stem] = (adaptation.get(XML_LANG), kept + own)
        for country, (language, kept) in countries.items():
            for audience in kept:
                yield folder, country, language, audience
        spoken = {language.split("-")[0] for language, _ in countries.values()}
        for translation_file in sorted((folder / "translations").glob("*.xml")):
            language = ET.parse(translation_file).getroot().get(XML_LANG)
            if "-" not in language and language not in spoken:
                for audience in audiences:
                    yield folder, "", language, audience


def main():
    trainkit, project = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = 0
    checked = 0
    with tempfile.TemporaryDirectory() as work:
        pdf = pathlib.Path(work) / "guide.pdf"
        for folder, country, language, audience in programs(project):
            command = [trainkit, "export", str(folder), "--audience", audience, "--format", "guide-pdf", "-o", str(pdf)]
            command += ["--country", country] if country else ["--language", language]
            subprocess.run(command, check=True, capture_output=True)
            text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
            base = language.split("-")[0]
            words = json.loads((project / "templates/strings" / f"{base}.json").read_text())
            lines = measured_lines(text, words)
            english = [line for line in lines if looks_english(line, base)]
            share = 1 - len(english) / len(lines)
            name = f"{folder.name} {country or 'intl'} {language} {audience}"
            checked += 1
            if share < MINIMUM:
                failures += 1
                print(f"FAIL: {name}: {share:.1%} of {len(lines)} lines in {language}; in English:")
                for line in english[:20]:
                    print("   ", line)
            else:
                print(f"{name}: {share:.2%} of {len(lines)} lines in {language}")
    print(f"{checked} guides read, {failures} below {MINIMUM:.0%}")
    sys.exit(1 if failures or checked < 40 else 0)


if __name__ == "__main__":
    main()
