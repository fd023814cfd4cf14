#!/usr/bin/env python3
"""Markup Compatibility processing (ISO/IEC 29500-3), as a consumer applies it before it reads
a part: the mc:Ignorable attribute and what is in the namespaces it names go, and each
mc:AlternateContent becomes its mc:Fallback. Parts that Word and LibreOffice save carry such
extensions (w14, wp14), which the Transitional XSDs describe only after this step.

usage: mce_preprocess.py PART... (rewritten in place)"""
import sys
import xml.etree.ElementTree as ET

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def declared_namespaces(path):
    return {prefix: uri for _, (prefix, uri) in ET.iterparse(path, events=["start-ns"])}


def process(path):
    namespaces = declared_namespaces(path)
    for prefix, uri in namespaces.items():
        ET.register_namespace(prefix, uri)
    tree = ET.parse(path)
    root = tree.getroot()
    ignorable = set()
    for element in root.iter():
        value = element.attrib.pop(f"{{{MC}}}Ignorable", None)
        if value:
            ignorable |= {namespaces.get(p) for p in value.split()}
    ignorable.discard(None)

    def namespace(tag):
        return tag[1:].split("}")[0] if tag.startswith("{") else ""

    def clean(parent):
        children = list(parent)
        for child in children:
            index = list(parent).index(child)
            if child.tag == f"{{{MC}}}AlternateContent":
                parent.remove(child)
                fallback = child.find(f"{{{MC}}}Fallback")
                for offset, grandchild in enumerate(list(fallback) if fallback is not None else []):
                    parent.insert(index + offset, grandchild)
                continue
            if namespace(child.tag) in ignorable:
                parent.remove(child)
                continue
            for name in [n for n in child.attrib if namespace(n) in ignorable]:
                del child.attrib[name]
        for child in list(parent):
            clean(child)

    for name in [n for n in root.attrib if namespace(n) in ignorable]:
        del root.attrib[name]
    clean(root)
    tree.write(path, xml_declaration=True, encoding="UTF-8")


for part in sys.argv[1:]:
    process(part)
