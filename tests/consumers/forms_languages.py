#!/usr/bin/env python3
"""The forms of a training day in every shipped language, read as the guide is (qpdf, pdffonts,
pdftotext): each form of each country's police program (and the international one, in English)
is a sound PDF with its fonts embedded, says its title in the program's language, and prints
none of trainkit's English interface words where the language has its own; certificates carry
names in every shipped script.

usage: forms_languages.py TRAINKIT SOURCE_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile

trainkit, source = sys.argv[1:3]
curriculum = os.path.join(source, "curricula", "trafficking-in-women")
strings = lambda language: json.load(open(os.path.join(source, "templates", "strings", f"{language}.json"),
                                          encoding="utf-8"))
PROGRAMS = [(None, "en"), ("UA", "uk"), ("MD", "ro"), ("RO", "ro"), ("BG", "bg"), ("PL", "pl")]
FORMS = {"attendance-pdf": "attendance_sheet", "pretest-pdf": "form_pre_test", "posttest-pdf": "form_post_test",
         "evaluation-pdf": "evaluation_form", "scoring-key-pdf": "scoring_key", "certificates-pdf": "certificate_title"}
NAMES = ["Олена Коваленко", "Ștefania Munteanu", "Ивана Петрова", "Zofia Wiśniewska-Łęcka", "Anna Smith"]
failures = []


def squeeze(text):
    return re.sub(r"\s+", " ", text)


english = strings("en")
with tempfile.TemporaryDirectory() as work:
    people = os.path.join(work, "people.csv")
    with open(people, "w", encoding="utf-8") as out:
        out.write("name\n" + "\n".join(NAMES) + "\n")
    for country, language in PROGRAMS:
        own = strings(language)
        # English words a translated form must not print: interface texts of two words or more
        # that the language says otherwise ({placeholders} cut out).
        foreign = [] if language == "en" else sorted({
            part.strip() for key, text in english.items() if own.get(key, text) != text
            for part in re.split(r"\{[^}]*\}", text) if len(part.strip().split()) >= 2})
        for form, title_key in FORMS.items():
            pdf = os.path.join(work, f"{country or 'intl'}-{form}.pdf")
            args = [trainkit, "export", curriculum, "--audience", "police", "--format", form,
                    "--allow-unchecked-facts", "-o", pdf]
            if country:
                args += ["--country", country]
            if form == "certificates-pdf":
                args += ["--participants", people]
            result = subprocess.run(args, capture_output=True, text=True)
            where = f"{country or 'intl'} {form}"
            if result.returncode != 0:
                failures.append(f"{where}: export failed: {result.stderr[-500:]}")
                continue
            if subprocess.run(["qpdf", "--check", pdf], capture_output=True).returncode != 0:
                failures.append(f"{where}: qpdf --check")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            if not fonts or any("yes yes yes" not in line for line in fonts):
                failures.append(f"{where}: a font is not embedded:\n" + "\n".join(fonts))
            text = squeeze(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
            if squeeze(own[title_key]) not in text:
                failures.append(f"{where}: no title '{own[title_key]}'")
            leaked = [words for words in foreign if words in text]
            if leaked:
                failures.append(f"{where}: English interface words: {leaked[:5]}")
            if form == "certificates-pdf" and not all(name in text for name in NAMES):
                failures.append(f"{where}: a participant's name does not come back out")

for failure in failures:
    print("FAIL:", failure)
if failures:
    sys.exit(f"{len(failures)} problem(s)")
print(f"{len(PROGRAMS) * len(FORMS)} forms in {len(PROGRAMS)} programs: sound, embedded, in their languages")
