#!/usr/bin/env python3
"""Checks that every image of a PDF comes back out of it (poppler's pdfimages) pixel for pixel
as the PNG it was made from: the guide puts opaque PNGs in as they are, palette ones as an
indexed colour space, and a mistake in either shows here as other colours or other pixels.

    pdf_images.py GUIDE.pdf SOURCE.png...   (in the order the images appear in the guide)
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib


def pixels(path):
    """(width, height, RGB bytes) of a non-interlaced 8-bit gray, RGB, RGBA or palette PNG."""
    data = open(path, "rb").read()
    at, idat, palette = 8, b"", b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace:
                sys.exit(f"{path}: a PNG this check cannot read (depth {depth}, interlace {interlace})")
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    rgb = bytearray()
    for line in rows:
        if colour == 3:
            for index in line:
                rgb += palette[3 * index:3 * index + 3]
        elif colour == 2:
            rgb += line
        elif colour == 0:
            for value in line:
                rgb += bytes((value, value, value))
        else:
            sys.exit(f"{path}: transparency is not this check's")
    return width, height, bytes(rgb)


def main():
    pdf, sources = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdfimages", "-png", pdf, os.path.join(folder, "image")], check=True)
        extracted = sorted(f for f in os.listdir(folder) if f.endswith(".png"))
        if len(extracted) != len(sources):
            sys.exit(f"FAIL: {len(extracted)} images in {pdf}, expected {len(sources)}")
        for name, source in zip(extracted, sources):
            if pixels(os.path.join(folder, name)) != pixels(source):
                sys.exit(f"FAIL: image {name} of {pdf} differs from {source}")
    print(f"{len(sources)} images come back out as they went in")


if __name__ == "__main__":
    main()
