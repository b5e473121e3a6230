#!/usr/bin/env python3
"""Build the NewsDev TimeML files: news texts with hand-made TIMEX3 annotations.

NewsDev is a second development measurement for the temporal tagger, from news that is not
TempEval: documents of the UD GUM and EWT treebanks (train and dev splits only) listed in
Tests/TimeExpressionsTests/NewsDev/sources.tsv. The texts are rebuilt from the treebanks
exactly as Scripts/make-devset.py rebuilds the DevSet articles; the annotations are kept by
hand in NewsDev/annotations.tsv, one TIMEX3 a row:

    slug <TAB> context with the extent in {{double braces}} <TAB> type <TAB> value [<TAB> mod]

The context (without its braces; \\n for a line break) must occur exactly once in the
article; a row that does not, a type that is not DATE/TIME/DURATION/SET or two overlapping
extents stop the build with the row's line number. Output: NewsDev/gold/SLUG.tml (DCT from the article's
metadata, TIMEX3 tags in <TEXT>), scored with

    eventgraph annotate NewsDev/gold/*.tml --output-dir /tmp/sys/newsdev
    eventgraph eval timex NewsDev/gold /tmp/sys/newsdev

Usage: python3 Scripts/make-newsdev.py [--ud ../shared/data/ud] [--check]
"""
import argparse
import importlib.util
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated_files import write_or_check  # noqa: E402
from xml.sax.saxutils import escape

TYPES = ('DATE', 'TIME', 'DURATION', 'SET')


def load_devset_module(here):
    spec = importlib.util.spec_from_file_location('make_devset',
                                                  os.path.join(here, 'make-devset.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_annotations(path):
    """slug -> [(line, before, extent, after, type, value, mod)]"""
    rows = {}
    with open(path, encoding='utf-8') as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if cells[:5] == ['slug', 'context', 'type', 'value', 'mod']:
                continue
            if len(cells) not in (4, 5):
                sys.exit(f'{path}:{number}: expected 4 or 5 columns, got {len(cells)}')
            slug, context, kind, value = cells[:4]
            context = context.replace('\\n', '\n')  # a line break written as \n
            mod = cells[4] if len(cells) == 5 else ''
            if kind not in TYPES:
                sys.exit(f'{path}:{number}: type {kind!r} is not one of {TYPES}')
            if context.count('{{') != 1 or context.count('}}') != 1 \
                    or context.index('{{') > context.index('}}'):
                sys.exit(f'{path}:{number}: the context needs one {{{{extent}}}}')
            before, rest = context.split('{{')
            extent, after = rest.split('}}')
            if not extent.strip() or extent != extent.strip():
                sys.exit(f'{path}:{number}: empty extent or spaces at its ends')
            rows.setdefault(slug, []).append((number, before, extent, after, kind, value, mod))
    return rows


def timeml(slug, dct, text, rows, path):
    spans = []
    for number, before, extent, after, kind, value, mod in rows:
        phrase = before + extent + after
        first = text.find(phrase)
        if first < 0:
            sys.exit(f'{path}:{number}: {phrase!r} not found in {slug}')
        if text.find(phrase, first + 1) >= 0:
            sys.exit(f'{path}:{number}: {phrase!r} occurs more than once in {slug}')
        start = first + len(before)
        spans.append((start, start + len(extent), kind, value, mod, number))
    spans.sort()
    for previous, following in zip(spans, spans[1:]):
        if following[0] < previous[1]:
            sys.exit(f'{path}:{following[5]}: overlaps the extent of line {previous[5]}')
    parts, cursor = [], 0
    for tid, (start, end, kind, value, mod, _) in enumerate(spans, 1):
        parts.append(escape(text[cursor:start]))
        extra = f' mod="{mod}"' if mod else ''
        parts.append(f'<TIMEX3 tid="t{tid}" type="{kind}" value="{escape(value)}"{extra}>'
                     f'{escape(text[start:end])}</TIMEX3>')
        cursor = end
    parts.append(escape(text[cursor:]))
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f'<DOCID>{slug}</DOCID>\n\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n\n'
            f'<TEXT>{"".join(parts)}</TEXT>\n</TimeML>\n')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    folder = os.path.join(repo, 'Tests', 'TimeExpressionsTests', 'NewsDev')
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--ud', default=os.path.join(repo, '..', 'shared', 'data', 'ud'))
    parser.add_argument('--text', action='store_true',
                        help='print the plain texts with their DCT (for annotating)')
    parser.add_argument('--check', action='store_true',
                        help='fail if a gold file on disk differs from a rebuild')
    args = parser.parse_args()
    devset = load_devset_module(here)
    sources = devset.read_sources(folder)
    heldout = {row[3] for row in devset.read_sources(
        os.path.join(repo, 'Tests', 'EventExtractionTests', 'HeldOut'))}
    refused = sorted(row[3] for row in sources if row[3] in heldout)
    if refused:
        sys.exit('held-out documents refused: ' + ', '.join(refused))
    built = devset.build(args.ud, sources)
    annotations_path = os.path.join(folder, 'annotations.tsv')
    annotations = read_annotations(annotations_path) if not args.text else {}
    unknown = sorted(set(annotations) - {row[0] for row in sources})
    if unknown:
        sys.exit(f'{annotations_path}: slugs not in sources.tsv: {", ".join(unknown)}')
    outputs = {}
    for row in sources:
        slug = row[0]
        text = built[f'articles/{slug}.txt']
        meta = built[f'articles/{slug}.meta.json']
        dct = __import__('json').loads(meta)['dct']
        if args.text:
            print(f'=== {slug} DCT {dct}\n{text}')
            continue
        outputs[slug] = timeml(slug, dct, text, annotations.get(slug, []), annotations_path)
    if args.text:
        return
    paths = {os.path.join(folder, 'gold', f'{slug}.tml'): content
             for slug, content in outputs.items()}
    differ = [os.path.basename(path)[:-len('.tml')]
              for path in write_or_check(paths, args.check)]
    if differ:
        sys.exit('gold files differ from a rebuild: ' + ', '.join(differ))
    count = sum(len(rows) for rows in annotations.values())
    print(f'{len(outputs)} documents, {count} TIMEX3 '
          f'{"checked" if args.check else "written"} in {folder}/gold')


if __name__ == '__main__':
    main()
