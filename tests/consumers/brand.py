#!/usr/bin/env python3
"""An NGO's brand on every output, checked as its users meet them: the PDFs with poppler
(pdfinfo, pdftotext, pdfimages, pdftoppm), the handout with the OOXML XSDs and LibreOffice, the
SCORM package with trainkit's own check (headless Chromium runs a branded package in
tests/scorm/e2e_test.mjs). A logo with transparency keeps it, a logo far larger than its place
is fitted into it, a brand.json in the template is used without --brand, the same brand gives
the same bytes, `build` records the brand and makes again what it changes, and a missing,
damaged or foreign logo stops the export with its file named and nothing written.

usage: brand.py TRAINKIT SOURCE_DIR SCHEMAS_DIR   (exit 77: skipped, the schemas are absent)
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

trainkit, source, schemas = (os.path.abspath(arg) for arg in sys.argv[1:4])
curriculum = os.path.join(source, "curricula", "trafficking-in-women")
failures = []

NAME = "Фундація «Приклад»"  # Cyrillic and guillemets: the name must come back out as written
WEBSITE = "https://example.org/uk"
CONTACT = "вул. Прикладна 1, Київ · +380 44 000 00 00"
ACCENT = "#8a1538"


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def png(path, width, height, pixel, colour_type):
    """A PNG whose pixel (x, y) is pixel(x, y): bytes of RGB (type 2) or RGBA (type 6)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(width)) for y in range(height))
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)) +
                  chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def run(*args, expect=0):
    result = subprocess.run([trainkit, *args], capture_output=True, text=True)
    if result.returncode != expect:
        fail(f"trainkit {' '.join(args)}: exit {result.returncode}, expected {expect}\n{result.stderr[-2000:]}")
    return result


def export(fmt, out, brand=None, *more):
    args = ["export", curriculum, "--country", "UA", "--audience", "police", "--format", fmt,
            "--allow-unchecked-facts", "-o", out, *more]
    if brand:
        args += ["--brand", brand]
    return run(*args)


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def author(pdf):
    match = re.search(r"^Author:\s*(.*)$", tool("pdfinfo", pdf), re.M)
    return match.group(1) if match else ""


def page_text(pdf, page):
    return tool("pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-")


def layout_pages(dump):
    """The layout dump's pages: lists of their lines."""
    pages = []
    for line in dump.splitlines():
        if line.startswith("page "):
            pages.append([])
        elif pages:
            pages[-1].append(line)
    return pages


def logo_items(page_lines):
    """(x, y, width, height) of each brand logo a page of the dump draws."""
    found = []
    for line in page_lines:
        parts = line.split()
        if len(parts) >= 6 and parts[0] == "image" and parts[5] == "brand:logo":
            found.append(tuple(float(v) for v in parts[1:5]))
    return found


def gray_pixels(pdf, page, dpi):
    """(width, height, bytes) of a page rendered in gray (a PGM from pdftoppm)."""
    data = subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-gray", pdf],
                          capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    return int(header.group(1)), int(header.group(2)), data[header.end():]


with tempfile.TemporaryDirectory() as work:
    def at(*names):
        return os.path.join(work, *names)

    # The logos: a dark disc on a transparent ground; a band 40 times wider than tall; an SVG.
    png(at("disc.png"), 300, 200,
        lambda x, y: b"\x8a\x15\x38\xff" if (x - 100) ** 2 + (y - 100) ** 2 < 80 ** 2 else b"\x00\x00\x00\x00", 6)
    png(at("band.png"), 4000, 100, lambda x, y: b"\x1f\x5f\x8b", 2)
    with open(at("logo.svg"), "w") as out:
        out.write('<svg xmlns="http://www.w3.org/2000/svg" width="120mm" height="40mm" viewBox="0 0 300 100">'
                  '<circle cx="50" cy="50" r="40" fill="#8a1538"/><rect x="110" y="35" width="170" height="30" '
                  'fill="#333"/></svg>')

    def brand_file(name, logo, **extra):
        brand = {"name": NAME, "logo": logo, "colors": {"accent": ACCENT}, "contact": CONTACT, "website": WEBSITE}
        brand.update(extra)
        with open(at(name), "w", encoding="utf-8") as out:
            json.dump(brand, out, ensure_ascii=False)
        return at(name)

    disc = brand_file("disc.json", "disc.png")

    # ----- The guide: cover, header, footer, properties; the logo's transparency kept -----
    guide = at("guide.pdf")
    export("guide-pdf", guide, disc)
    if author(guide) != NAME:
        fail(f"guide: the author is '{author(guide)}', not the organisation")
    cover = page_text(guide, 1)
    for text in (NAME, WEBSITE, "+380 44 000 00 00"):
        if text not in cover:
            fail(f"guide: the cover does not say {text!r}")
    if NAME not in page_text(guide, 3) or WEBSITE not in page_text(guide, 3):
        fail("guide: page 3's footer does not carry the organisation's name and website")
    images = tool("pdfimages", "-list", guide)
    if not re.search(r"^\s*1\s+\d+\s+smask\s+300\s+200\b", images, re.M):
        fail(f"guide: the logo's transparency (a soft mask, 300x200) is not in the PDF:\n{images[:800]}")
    # Drawn, the disc's transparent corners show the page: white, not black.
    layout = at("guide.txt")
    export("guide-layout", layout, disc)
    pages = layout_pages(open(layout, encoding="utf-8").read())
    logos = logo_items(pages[0])
    if len(logos) != 1:
        fail(f"guide: the cover has {len(logos)} logos, not one")
    else:
        x, y, w, h = logos[0]
        width, height, pixels = gray_pixels(guide, 1, 72)
        # A corner of the logo's box (points from the bottom; pixels from the top, 1 pt = 1 px).
        corner = [pixels[(height - int(y + h) + 2 + dy) * width + int(x) + 2 + dx] for dy in range(6) for dx in range(6)]
        if min(corner) < 240:
            fail(f"guide: the transparent corner of the logo is drawn {min(corner)} of 255, not white")
    if not any(logo_items(page) for page in pages[1:2]):
        fail("guide: page 2's header has no logo")

    # A logo 40 times wider than tall fits its places: half the text's width on the cover,
    # a quarter in the header, and the header's words end before it.
    band = brand_file("band.json", "band.png")
    export("guide-layout", layout, band)
    pages = layout_pages(open(layout, encoding="utf-8").read())
    size = re.search(r"size ([\d.]+)x([\d.]+) margins ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)",
                     open(layout, encoding="utf-8").readline())
    page_width = float(size.group(1))
    left, right = float(size.group(4)), float(size.group(6))
    text_width = page_width - left - right
    cover_logo, header_logo = logo_items(pages[0]), logo_items(pages[1])
    if not cover_logo or cover_logo[0][2] > text_width / 2 + 0.1:
        fail(f"guide: the wide logo on the cover is not fitted into half the text's width: {cover_logo}")
    if not header_logo or header_logo[0][2] > text_width / 4 + 0.1 or header_logo[0][0] + header_logo[0][2] > page_width - right + 0.1:
        fail(f"guide: the wide logo in the header is not fitted into a quarter of the text's width: {header_logo}")
    else:
        header = next((line for line in pages[1] if line.startswith("  header ") and "width" in line), "")
        words = re.match(r"  header ([\d.]+) [\d.]+ \w+ [\d.]+ width ([\d.]+)", header)
        if not words or float(words.group(1)) + float(words.group(2)) > header_logo[0][0] - 6:
            fail(f"guide: the header's words run into the logo: {header}")

    # ----- The handout PDF and the forms: the name on the first page, the organisation the author -----
    with open(at("people.csv"), "w", encoding="utf-8") as out:
        out.write("name\nОлена Шевченко\nAnna Kowalska\n")
    for fmt, more in (("handout-pdf", ()), ("attendance-pdf", ()), ("pretest-pdf", ()),
                      ("certificates-pdf", ("--participants", at("people.csv")))):
        pdf = at(f"{fmt}.pdf")
        export(fmt, pdf, disc, *more)
        if author(pdf) != NAME:
            fail(f"{fmt}: the author is '{author(pdf)}'")
        if NAME not in page_text(pdf, 1):
            fail(f"{fmt}: the first page does not name the organisation")
        if fmt == "certificates-pdf":
            if NAME not in page_text(pdf, 2) or "Anna Kowalska" not in page_text(pdf, 2):
                fail("certificates-pdf: the second certificate lacks the organisation or the name")
            if "Pages:           2" not in tool("pdfinfo", pdf):
                fail("certificates-pdf: not one page per participant with the brand's masthead")

    # ----- The handout DOCX: header with logo and name, footer, properties, accent; XSDs, LibreOffice -----
    docx = at("handout.docx")
    export("handout-docx", docx, disc)
    parts = at("docx")
    zipfile.ZipFile(docx).extractall(parts)
    read = lambda name: open(os.path.join(parts, name), encoding="utf-8").read()
    if f"<dc:creator>{NAME}</dc:creator>" not in read("docProps/core.xml"):
        fail("handout-docx: the author is not the organisation")
    if f"<Company>{NAME}</Company>" not in read("docProps/app.xml"):
        fail("handout-docx: the company is not the organisation")
    header = read("word/header1.xml")
    if NAME not in header or 'r:embed="rIdBrandLogo"' not in header:
        fail("handout-docx: the header lacks the organisation's name or logo")
    if 'Target="media/brand-logo.png"' not in read("word/_rels/header1.xml.rels"):
        fail("handout-docx: the header's relationship does not point at the logo")
    if open(os.path.join(parts, "word/media/brand-logo.png"), "rb").read() != open(at("disc.png"), "rb").read():
        fail("handout-docx: the logo in the package is not the brand's file")
    if WEBSITE not in read("word/footer1.xml"):
        fail("handout-docx: the footer lacks the website")
    styles = read("word/styles.xml")
    if "8A1538" not in styles or "1F5F8B" in styles:
        fail("handout-docx: the headings are not in the brand's accent")
    drawings = re.findall(r'<wp:docPr id="(\d+)"', read("word/document.xml") + header)
    if len(drawings) < 2 or len(set(drawings)) != len(drawings):
        fail(f"handout-docx: the drawings' ids are not unique in the document: {drawings}")
    if os.path.isdir(schemas):
        wml = os.path.join(schemas, "ooxml", "ISO-IEC29500-4_2016", "wml.xsd")
        for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml"):
            check = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", wml, os.path.join(parts, part)],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                fail(f"handout-docx: {part} does not validate: {check.stderr[-600:]}")
        for part, xsd in (("word/_rels/header1.xml.rels", "ecma/fouth-edition/opc-relationships.xsd"),
                          ("docProps/app.xml", "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd")):
            check = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", os.path.join(schemas, "ooxml", xsd),
                                    os.path.join(parts, part)], capture_output=True, text=True)
            if check.returncode != 0:
                fail(f"handout-docx: {part} does not validate: {check.stderr[-600:]}")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf",
                    "--outdir", at("lo"), docx], capture_output=True, check=True)
    converted = at("lo", "handout.pdf")
    first = page_text(converted, 1)
    if NAME not in first or WEBSITE not in first:
        fail("handout-docx: LibreOffice shows no organisation name or website on page 1")
    if "smask" not in tool("pdfimages", "-list", "-f", "1", "-l", "1", converted):
        fail("handout-docx: LibreOffice draws no logo (with its transparency) on page 1")

    # ----- SCORM: the logo and brand.css in the package, which trainkit's check accepts -----
    package = at("course.zip")
    export("scorm12", package, disc)
    names = zipfile.ZipFile(package).namelist()
    if "brand.css" not in names or "media/brand-logo.png" not in names:
        fail(f"scorm12: the package lacks brand.css or the logo: {names}")
    run("check-scorm", package)

    # ----- An SVG logo: drawn into the PDF at its proportions; the same bytes every time -----
    svg = brand_file("svg.json", "logo.svg")
    export("guide-layout", layout, svg)
    logos = logo_items(layout_pages(open(layout, encoding="utf-8").read())[0])
    if not logos or abs(logos[0][3] / logos[0][2] - 1 / 3) > 0.01:
        fail(f"svg: the logo is not drawn at the SVG's 3:1 proportions: {logos}")
    export("guide-pdf", at("svg1.pdf"), svg)
    export("guide-pdf", at("svg2.pdf"), svg)
    if open(at("svg1.pdf"), "rb").read() != open(at("svg2.pdf"), "rb").read():
        fail("svg: two exports with the same brand differ")

    # ----- The brand's typeface: embedded in the PDFs, the default font of the handout -----
    serif = brand_file("serif.json", "disc.png", fonts={
        "family": "DejaVu Serif", "regular": "DejaVuSerif.ttf", "bold": "DejaVuSerif-Bold.ttf",
        "italic": "DejaVuSerif-Italic.ttf", "bold_italic": "DejaVuSerif-BoldItalic.ttf"})
    export("handout-pdf", at("serif.pdf"), serif)
    fonts = tool("pdffonts", at("serif.pdf"))
    if "DejaVuSerif" not in fonts or "DejaVuSans" in fonts:
        fail(f"fonts: the handout PDF is not set in the brand's typeface:\n{fonts}")
    export("handout-docx", at("serif.docx"), serif)
    if 'w:ascii="DejaVu Serif"' not in zipfile.ZipFile(at("serif.docx")).read("word/styles.xml").decode():
        fail("fonts: the handout's default font is not the brand's family")

    # ----- brand.json in a template folder is used without --brand -----
    template = at("template")
    shutil.copytree(os.path.join(source, "templates"), template)
    shutil.copy(at("disc.png"), os.path.join(template, "disc.png"))
    shutil.copy(disc, os.path.join(template, "brand.json"))
    export("handout-pdf", at("template.pdf"), None, "--template", template)
    if author(at("template.pdf")) != NAME:
        fail("template: the template's brand.json was not used")

    # ----- build: the brand in the record; a changed brand makes the outputs again -----
    built = at("exports")
    args = ["build", curriculum, "--country", "UA", "--audience", "police", "--format", "handout-pdf",
            "--allow-unchecked-facts", "--brand", disc, "-o", built]
    run(*args)
    record = json.load(open(os.path.join(built, "trafficking-in-women", "manifest.json"), encoding="utf-8"))
    if record["inputs"].get("brand", {}).get("path") != disc:
        fail(f"build: the record does not name the brand: {record['inputs'].get('brand')}")
    if "up to date" not in run(*args).stderr:
        fail("build: the same brand again did not leave the outputs as they were")
    with open(disc, encoding="utf-8") as f:
        changed = json.load(f)
    changed["name"] = "Інша організація"
    with open(disc, "w", encoding="utf-8") as out:
        json.dump(changed, out, ensure_ascii=False)
    again = run(*args).stderr
    if not re.search(r"built (\d+) of \1 files", again):
        fail(f"build: a changed brand did not make the outputs again:\n{again[-800:]}")
    pdf = os.path.join(built, "trafficking-in-women", record["outputs"][0]["path"])
    if author(pdf) != "Інша організація":
        fail(f"build: after the brand changed, the handout's author is '{author(pdf)}'")

    # ----- A missing, damaged or foreign logo (E193), a bad colour or font (E189): the file and
    # the place named, nothing written -----
    with open(at("cut.png"), "wb") as out:
        out.write(open(at("disc.png"), "rb").read()[:300])
    with open(at("note.png"), "w") as out:
        out.write("not an image")
    with open(at("words.svg"), "w") as out:
        out.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text x="0" y="9">NGO</text></svg>')
    with open(at("inner.svg"), "w") as out:
        out.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="data:image/png;base64,AA"/>'
                  '</svg>')
    with open(at("font.ttf"), "w") as out:
        out.write("not a font")
    faces = {"regular": "font.ttf", "bold": "DejaVuSans-Bold.ttf", "italic": "DejaVuSans-Oblique.ttf",
             "bold_italic": "DejaVuSans-BoldOblique.ttf"}
    refusals = [
        ("gone", {"logo": "gone.png"}, "E193", "the logo 'gone.png' cannot be read"),
        ("cut", {"logo": "cut.png"}, "E193", "the logo 'cut.png' is damaged"),
        ("note", {"logo": "note.png"}, "E193", "the logo 'note.png' is not a PNG, a JPEG or an SVG"),
        ("words", {"logo": "words.svg"}, "E193", "the SVG has text"),
        ("inner", {"logo": "inner.svg"}, "E193", "the SVG holds or links to an image of its own"),
        ("absolute", {"logo": at("disc.png")}, "E193", "must be named relative to the brand file"),
        ("colour", {"colors": {"accent": "#-1-1-1"}}, "E189", "colour 'accent' must be written"),
        ("font", {"fonts": faces}, "E189", "font file 'font.ttf' cannot be embedded"),
    ]
    for name, change, code, says in refusals:
        target = at(f"refused-{name}.pdf")
        brand = brand_file(f"{name}.json", change.pop("logo", "disc.png"), **change)
        result = run("export", curriculum, "--country", "UA", "--audience", "police", "--format", "guide-pdf",
                     "--allow-unchecked-facts", "-o", target, "--brand", brand, expect=1)
        if f"error[{code}]" not in result.stderr or says not in result.stderr:
            fail(f"{name}: no {code} saying '{says}':\n{result.stderr}")
        if not re.search(rf"{re.escape(name)}\.json:\d+:\d+: error", result.stderr):
            fail(f"{name}: the message has no file:line:column")
        if os.path.exists(target):
            fail(f"{name}: a file was written")

if failures:
    sys.exit(f"{len(failures)} problem(s)")
if not os.path.isdir(schemas):
    print(f"SKIPPED: the official schemas are not at {schemas}: the branded handout's parts were not validated")
    sys.exit(77)
print("ok: the brand on the guide, handout PDF and DOCX, forms, certificates and SCORM package")
