#!/usr/bin/env python3
"""Edits a DOCX the way an NGO restyles a reference document: one style's colour and font,
found by its name.

usage: reference_docx_edit.py IN OUT STYLE_NAME COLOUR FONT"""
import re
import sys
import zipfile


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


def main():
    source, target, name, colour, font = sys.argv[1:6]
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                data = restyle(data.decode("utf-8"), name, colour, font).encode("utf-8")
            zout.writestr(item, data)


if __name__ == "__main__":
    main()
