#!/usr/bin/env python3
"""Checks a DOCX the way strict readers (Word, the Open XML SDK) see it, beyond what the
Transitional XSDs catch: children of w:rPr and w:pPr in the schema's sequence order (read from
wml.xsd itself), every table cell ending with a paragraph, w:sectPr last in the body, every
relationship target present, every part with a content type. With --absent FILE, also that no
line of FILE (facilitator-only text) appears in the document.

usage: docx_structure.py WML_XSD DOCX [--absent FILE]"""
import sys
import zipfile
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def sequence_order(xsd, name, kind):
    """The element names of a group's or type's xsd:sequence, in order."""
    root = ET.parse(xsd).getroot()
    for node in root.iter(XS + kind):
        if node.get("name") == name:
            return [e.get("name") for e in node.iter(XS + "element")]
    sys.exit(f"{name} not found in {xsd}")


def main():
    xsd, docx = sys.argv[1], sys.argv[2]
    absent = open(sys.argv[4], encoding="utf-8").read().splitlines() if len(sys.argv) > 4 else []
    rpr = sequence_order(xsd, "EG_RPrBase", "group")
    ppr = sequence_order(xsd, "CT_PPrBase", "complexType")
    errors = []
    z = zipfile.ZipFile(docx)
    names = set(z.namelist())

    types = ET.fromstring(z.read("[Content_Types].xml"))
    defaults = {d.get("Extension") for d in types.iter(CT + "Default")}
    overrides = {o.get("PartName") for o in types.iter(CT + "Override")}
    for name in names:
        if name != "[Content_Types].xml" and "/" + name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
            errors.append(f"{name} has no content type")

    for rels in [n for n in names if n.endswith(".rels")]:
        base = rels.replace("_rels/", "").rsplit(".rels", 1)[0]
        folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
        for r in ET.fromstring(z.read(rels)).iter(REL + "Relationship"):
            if r.get("TargetMode") == "External":
                continue
            target = r.get("Target").lstrip("/") if r.get("Target").startswith("/") else folder + r.get("Target")
            if target not in names:
                errors.append(f"{rels}: relationship {r.get('Id')} points at missing {target}")

    for part in [n for n in names if n.startswith("word/") and n.endswith(".xml")]:
        root = ET.fromstring(z.read(part))
        for props, order in (("rPr", rpr), ("pPr", ppr)):
            for node in root.iter(W + props):
                children = [c.tag.replace(W, "") for c in node]
                known = [c for c in children if c in order]
                if known != sorted(known, key=order.index):
                    errors.append(f"{part}: w:{props} children out of schema order: {children}")
        for cell in root.iter(W + "tc"):
            if len(cell) == 0 or cell[-1].tag != W + "p":
                errors.append(f"{part}: a table cell does not end with a paragraph")
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    if body is None or body[-1].tag != W + "sectPr":
        errors.append("w:sectPr is not the last child of w:body")

    text = "".join(t.text or "" for t in ET.fromstring(z.read("word/document.xml")).iter(W + "t"))
    for line in absent:
        if line and line in text:
            errors.append(f"facilitator-only text in the handout: {line[:60]}")

    for e in errors:
        print(e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
