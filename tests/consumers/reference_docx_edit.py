#!/usr/bin/env python3
"""Edits a DOCX the way an NGO makes a reference document of it: restyles one style (found by
its name), puts a logo at the start of the header, sets the left and right margins.

usage: reference_docx_edit.py IN OUT [--restyle NAME COLOUR FONT] [--logo PNG] [--margins LEFT RIGHT]"""
import argparse
import re
import struct
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def restyle(styles, name, colour, font):
    """Gives the style called `name` the colour and font, keeping the rest of it."""
    pattern = re.compile(r'(<w:style\b[^>]*>\s*<w:name w:val="' + re.escape(name) + r'"/>.*?)</w:style>', re.S)
    match = pattern.search(styles)
    if not match:
        sys.exit(f"no style named {name}")
    style = match.group(1)
    style = re.sub(r"<w:color [^>]*/>", "", style)
    style = re.sub(r"<w:rFonts [^>]*/>", "", style)
    run = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    colour_element = f'<w:color w:val="{colour}"/>'
    if "<w:rPr>" in style:
        # w:rFonts comes first in w:rPr and w:color after the bold and italic elements.
        style = style.replace("<w:rPr>", "<w:rPr>" + run, 1)
        style = re.sub(r"(<w:rPr>.*?)((?:<w:sz |<w:szCs |</w:rPr>))", lambda m: m.group(1) + colour_element + m.group(2),
                       style, count=1, flags=re.S)
    else:
        style += "<w:rPr>" + run + colour_element + "</w:rPr>"
    return styles[: match.start()] + style + "</w:style>" + styles[match.end():]


def png_size(data):
    return struct.unpack(">II", data[16:24])


def logo_run(width, height):
    """An inline picture of the logo, 3 cm wide, as Word writes one."""
    cx = 3 * 360000
    cy = cx * height // width
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="100" name="Logo" descr="NGO logo"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="100" name="Logo"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip xmlns:r="{REL}" r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing></w:r>'
    )


def header_part(parts):
    rels = parts["word/_rels/document.xml.rels"].decode()
    target = re.search(r'Type="[^"]*/header" Target="([^"]*)"', rels) or re.search(
        r'Target="([^"]*)" Type="[^"]*/header"', rels)
    return "word/" + target.group(1)


def add_logo(parts, png):
    header = header_part(parts)
    text = parts[header].decode()
    width, height = png_size(png)
    # The logo opens the header's first paragraph, before its text.
    text = re.sub(r"(<w:p\b[^>]*>(?:<w:pPr>.*?</w:pPr>)?)", lambda m: m.group(1) + logo_run(width, height), text,
                  count=1, flags=re.S)
    parts[header] = text.encode()
    folder, name = header.rsplit("/", 1)
    rels_name = f"{folder}/_rels/{name}.rels"
    rels = parts.get(rels_name, f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'.encode()).decode()
    rels = rels.replace("</Relationships>", f'<Relationship Id="rIdLogo" Type="{REL}/image" Target="media/logo.png"/></Relationships>')
    parts[rels_name] = rels.encode()
    parts["word/media/logo.png"] = png
    types = parts["[Content_Types].xml"].decode()
    if 'Extension="png"' not in types:
        types = types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/></Types>')
    parts["[Content_Types].xml"] = types.encode()


def set_margins(parts, left, right):
    document = parts["word/document.xml"].decode()
    section = document.rfind("<w:pgMar ")
    end = document.index("/>", section)
    margins = re.sub(r'w:left="\d+"', f'w:left="{left}"', document[section:end])
    margins = re.sub(r'w:right="\d+"', f'w:right="{right}"', margins)
    parts["word/document.xml"] = (document[:section] + margins + document[end:]).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--restyle", nargs=3, metavar=("NAME", "COLOUR", "FONT"))
    parser.add_argument("--logo")
    parser.add_argument("--margins", nargs=2, type=int, metavar=("LEFT", "RIGHT"))
    args = parser.parse_args()
    with zipfile.ZipFile(args.source) as z:
        names = z.namelist()
        parts = {name: z.read(name) for name in names}
    if args.restyle:
        parts["word/styles.xml"] = restyle(parts["word/styles.xml"].decode(), *args.restyle).encode()
    if args.logo:
        add_logo(parts, open(args.logo, "rb").read())
    if args.margins:
        set_margins(parts, *args.margins)
    with zipfile.ZipFile(args.target, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names + [n for n in parts if n not in names]:
            z.writestr(name, parts[name])


if __name__ == "__main__":
    main()
