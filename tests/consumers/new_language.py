#!/usr/bin/env python3
"""A language added from zero: German, with one strings file (the interface words) and one
translation file (the curriculum's text), both in tests/data/german. Every output of the
international version in German is read as its user reads it (the guide with pdftotext, the
handout's and the SCORM package's XML and HTML, the Markdown) and must hold no English: no
source text of the curriculum and no English interface words, but where the German is the
same word. trainkit must warn about nothing.

    new_language.py TRAINKIT PROJECT_DIR
"""
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = "{urn:trainkit:curriculum:1}"


def text_of(element):
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def english_phrases(project, german_pack):
    """Source texts of the curriculum and English interface words that German says otherwise."""
    translated = {u.get("key"): text_of(u) for u in ET.parse(german_pack).getroot().iter(NS + "unit")}
    english = json.loads((project / "templates/strings/en.json").read_text())
    german = json.loads((project / "tests/data/german/strings/de.json").read_text())
    phrases = set()
    for key, value in english.items():
        words = re.sub(r"\{[^}]*\}", " ", value).strip()
        if german.get(key) != value and len(words.split()) >= 2:
            phrases.update(part.strip() for part in re.split(r"\s{2,}", words) if len(part.split()) >= 2)
    export = subprocess.run([sys.argv[1], "translate", "export", str(project / "tests/data/minimal"), "--language", "de"],
                            check=True, capture_output=True, text=True).stdout
    root = ET.fromstring(export)
    for unit in root.iter("{urn:oasis:names:tc:xliff:document:1.2}trans-unit"):
        source = text_of(unit.find("{urn:oasis:names:tc:xliff:document:1.2}source"))
        if translated.get(unit.get("id")) != source and len(source.split()) >= 2:
            phrases.add(source)
    return phrases


def main():
    trainkit, project = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        curriculum = work / "minimal"
        shutil.copytree(project / "tests/data/minimal", curriculum)
        shutil.copytree(project / "tests/data/german", curriculum, dirs_exist_ok=True)
        phrases = english_phrases(project, curriculum / "translations/de.xml")
        texts = {}
        for format_, name in [("guide-pdf", "guide.pdf"), ("handout-docx", "handout.docx"), ("scorm2004", "scorm.zip"),
                              ("scorm12", "scorm12.zip"), ("markdown", "handout.md")]:
            out = work / name
            result = subprocess.run([trainkit, "export", str(curriculum), "--language", "de", "--audience", "police",
                                     "--format", format_, "-o", str(out)], capture_output=True, text=True)
            if result.returncode != 0 or "warning" in result.stderr:
                failures.append(f"{format_}: exit {result.returncode}: {result.stderr.strip()}")
            if format_ == "guide-pdf":
                texts[format_] = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
            elif format_ == "markdown":
                texts[format_] = out.read_text()
            else:
                with zipfile.ZipFile(out) as package:
                    parts = [n for n in package.namelist() if n.endswith((".xml", ".html", ".js"))]
                    texts[format_] = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", package.read(n).decode())) for n in parts)
        for format_, text in texts.items():
            flat = re.sub(r"\s+", " ", text)
            for phrase in sorted(phrases):
                if phrase in flat:
                    failures.append(f"{format_}: English left: '{phrase}'")
            if "Menschenhandel" not in flat:
                failures.append(f"{format_}: the German text is not there")
        for failure in failures:
            print("FAIL:", failure)
        print(f"German from zero: {len(texts)} outputs read, {len(phrases)} English phrases looked for")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
