#!/usr/bin/env python3
"""Rebuild the wire development set's article texts and metadata from TempEval-3 TBAQ.

TBAQ (TimeBank 1.2 + AQUAINT, the TempEval-3 training data in ../shared/data/tempeval3/tbaq)
holds real AP, NYT, WSJ, CNN, VOA and Xinhua wire stories. This script reads the documents
listed in DevWire/sources.tsv and writes, deterministically,

    DevWire/articles/NN-slug.txt        the text inside <TEXT>, TimeML tags removed
    DevWire/articles/NN-slug.meta.json  outlet, title, dct (the TimeML DCT), source document

Text: the characters inside <TEXT>...</TEXT> with every tag removed and XML entities
decoded; each paragraph (lines separated by a blank line in the .tml) becomes one line,
its inner line breaks and runs of spaces collapsed to one space. Only TBAQ is read: a path
into the platinum test set is refused (it is for reporting only).

Usage: python3 Scripts/make-devwire.py [--tbaq ../shared/data/tempeval3/tbaq] [--out DIR]
       [--check]   (--check rebuilds into memory and fails if any file on disk differs)
"""
import argparse
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated_files import write_or_check  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_OUT = os.path.join(ROOT, 'Tests', 'EventExtractionTests', 'DevWire')
DEFAULT_TBAQ = os.path.join(ROOT, '..', 'shared', 'data', 'tempeval3', 'tbaq')


def read_sources(path):
    rows = []
    header = None
    with open(path, encoding='utf-8') as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            if header is None:
                header = fields
                continue
            if len(fields) != len(header):
                sys.exit(f'{path}:{number}: expected {len(header)} columns, found {len(fields)}')
            rows.append(dict(zip(header, fields)))
    return rows


def article(tml_path):
    """(text, dct) of one TimeML file: body text without tags, DCT as YYYY-MM-DD."""
    with open(tml_path, encoding='utf-8') as handle:
        source = handle.read()
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})', source)
    body = re.search(r'<TEXT>(.*?)</TEXT>', source, re.S)
    if dct is None or body is None:
        sys.exit(f'{tml_path}: no DCT or no <TEXT> element')
    plain = html.unescape(re.sub(r'<[^>]+>', '', body.group(1)))
    paragraphs = [' '.join(part.split()) for part in re.split(r'\n\s*\n', plain)]
    return '\n'.join(p for p in paragraphs if p) + '\n', dct.group(1)


def build(tbaq, sources):
    files = {}
    for row in sources:
        if 'platinum' in row['tml'].lower():
            sys.exit(f"{row['slug']}: the platinum set is for reporting only")
        text, dct = article(os.path.join(tbaq, row['tml']))
        meta = {
            'dct': dct,
            'dct_evidence': 'TimeML DCT (CREATION_TIME) of the TBAQ document',
            'outlet': row['outlet'],
            'source_document': 'TempEval-3 TBAQ ' + row['tml'],
            'title': row['title'],
        }
        files[f"articles/{row['slug']}.txt"] = text
        files[f"articles/{row['slug']}.meta.json"] = (
            json.dumps(meta, indent=1, ensure_ascii=False, sort_keys=True) + '\n')
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--tbaq', default=DEFAULT_TBAQ)
    parser.add_argument('--out', default=DEFAULT_OUT)
    parser.add_argument('--check', action='store_true')
    options = parser.parse_args()
    files = build(options.tbaq, read_sources(os.path.join(options.out, 'sources.tsv')))
    paths = {os.path.join(options.out, name): content for name, content in files.items()}
    stale = [os.path.relpath(path, options.out)
             for path in write_or_check(paths, options.check)]
    if stale:
        sys.exit('out of date: ' + ', '.join(stale))
    print(f'{len(files) // 2} articles ' + ('match' if options.check else 'written'))


if __name__ == '__main__':
    main()
