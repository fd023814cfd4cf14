#!/usr/bin/env python3
"""Writes a small PNG logo (an orange band with a white bar), made here so the test needs no
image library.

usage: make_logo.py OUT"""
import struct
import sys
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


width, height = 240, 80
rows = b""
for y in range(height):
    row = b""
    for x in range(width):
        white = 20 <= y < 60 and 30 <= x < 210 and (y < 30 or y >= 50)
        row += b"\xff\xff\xff" if white else b"\xd0\x60\x10"
    rows += b"\x00" + row
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
       chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
