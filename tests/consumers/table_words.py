#!/usr/bin/env python3
"""Checks that no word in a handout's tables is broken across lines in a PDF made of it: every
word of every table cell of the DOCX, with the punctuation that clings to it, must come out of
the PDF's text whole (or broken where a line may end: after a hyphen or slash, say). A column too
narrow for a word makes LibreOffice break it mid-word ("pokrzywdzon" and "y?"), and its pieces
come out apart. A break where Unicode allows one (after a hyphen, slash or en dash) is fine.

usage: table_words.py DOCX PDF"""
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pieces(token):
    """A token as LibreOffice may break it: after a hyphen, a slash or an en dash, and between a
    closing and an opening parenthesis (Unicode's line breaking rules allow a break at each, as
    in "(1)–(2)" and "12(1)" / "(d)")."""
    return [p for p in re.split(r"(?<=[-/‐–])|(?<=\))(?=\()", token) if p]


def main():
    docx, pdf = sys.argv[1:3]
    body = ET.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    tokens = set()
    for cell in body.iter(W + "tc"):
        text = "".join(t.text or "" for t in cell.iter(W + "t"))
        tokens |= {p for token in text.split() for p in pieces(token) if len(p) > 1}
    # -layout keeps each line as it is; without it, pdftotext joins a word hyphenated at a
    # line's end ("po-" and "wisoko" become "powisoko").
    shown = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    shown_tokens = {p for token in shown.split() for p in pieces(token)}
    broken = sorted(t for t in tokens if t not in shown_tokens)
    for token in broken:
        print(f"a table's word is broken across lines: {token}")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
