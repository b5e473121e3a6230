#!/usr/bin/env python3
"""Rebuild the development set's article texts and metadata from the UD treebanks.

The dev-set articles are real news texts that ship inside two openly licensed treebanks:
Wikinews articles in GUM (CC BY 2.5) and news-reporting web posts in UD English EWT
(CC BY-SA 4.0). This script reads the documents listed in DevSet/sources.tsv from the
CoNLL-U files and writes, deterministically,

    DevSet/articles/NN-slug.txt        the article text
    DevSet/articles/NN-slug.meta.json  url, outlet, title, dct, dct_evidence, licence, doc

Text: each sentence's `# text`, joined by one space within a paragraph (`# newpar`); a
sentence without final punctuation (a headline, crosshead or dateline) ends its line, as
in the Examples/ articles. GUM image captions (`caption` blocks) are left out: they are
not body text. Only train and dev files are read; a test split is refused.

Usage: python3 Scripts/make-devset.py [--ud ../shared/data/ud] [--out DIR] [--heldout] [--check]
(--check rebuilds into memory and fails if any file on disk differs.)

--heldout builds the held-out set instead (Tests/EventExtractionTests/HeldOut, from its own
sources.tsv): articles kept apart from development, never tuned on. It refuses any document
that the development set also lists, so the two sets can never share an article; any other
folder (DevSet/, DevWikinews/) refuses the documents the held-out set lists.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generated_files import write_or_check  # noqa: E402

TERMINAL = ('.', '!', '?', '"', '\u201d', "'", '\u2019', ')', ']', ':', ';')


def read_documents(path):
    """doc id -> {'meta': {key: value}, 'sentences': [(text, newpar, block)]}"""
    docs = {}
    current = None
    newpar = False
    block = None
    with open(path, encoding='utf-8') as handle:
        for line in handle:
            if line.startswith('# newdoc id = '):
                current = {'meta': {}, 'sentences': []}
                docs[line[len('# newdoc id = '):].strip()] = current
                newpar, block = True, None
            elif current is None:
                continue
            elif line.startswith('# meta::'):
                key, _, value = line[len('# meta::'):].partition(' = ')
                current['meta'][key.strip()] = value.strip()
            elif line.startswith('# newpar_block = '):
                newpar, block = True, line[len('# newpar_block = '):].strip()
            elif line.startswith('# newpar'):
                newpar, block = True, None
            elif line.startswith('# text = '):
                current['sentences'].append((line[len('# text = '):].rstrip('\n'), newpar, block))
                newpar = False
    return docs


def caption_count(block):
    """How many sentences at the start of a block are an image caption (GUM `caption (k s)`)."""
    if not block:
        return 0
    match = re.search(r'caption \((\d+) s\)', block)
    return int(match.group(1)) if match else 0


def article_text(sentences):
    lines, current = [], []
    skip = 0
    for text, newpar, block in sentences:
        if newpar:
            if current:
                lines.append(' '.join(current))
                current = []
            skip = caption_count(block)
        if skip > 0:
            skip -= 1
            continue
        current.append(text.strip())
        if not text.rstrip().endswith(TERMINAL):
            lines.append(' '.join(current))
            current = []
    if current:
        lines.append(' '.join(current))
    return '\n'.join(line for line in lines if line) + '\n'


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']


def dateline_date(sentences):
    """The date of a Wikinews dateline ('Friday, July 21, 2017') among the first two sentences.

    Wikinews prints the publication date under the headline; where GUM's dateCreated
    disagrees with it, the printed date is what a reader (and the gold) goes by."""
    for text, _, _ in sentences[:2]:
        match = re.fullmatch(r'\s*[A-Z][a-z]+day, ([A-Z][a-z]+) (\d{1,2}), (\d{4})\s*', text)
        if match and match.group(1).lower() in MONTHS:
            month = MONTHS.index(match.group(1).lower()) + 1
            return f'{match.group(3)}-{month:02d}-{int(match.group(2)):02d}'
    return None


def ewt_date(doc_id):
    match = re.search(r'_ENG_(\d{4})(\d{2})(\d{2})_', doc_id)
    return f'{match.group(1)}-{match.group(2)}-{match.group(3)}' if match else None


def build(ud, sources):
    outputs = {}
    cache = {}
    for row in sources:
        slug, treebank, split, doc_id, outlet, licence = row
        if split not in ('train', 'dev'):
            sys.exit(f'sources.tsv: {slug}: split {split!r} refused (only train and dev)')
        folder = {'gum': 'en_gum', 'ewt': 'en_ewt'}[treebank]
        path = os.path.join(ud, folder, f'{folder}-ud-{split}.conllu')
        if path not in cache:
            cache[path] = read_documents(path)
        doc = cache[path].get(doc_id)
        if doc is None:
            sys.exit(f'{path}: document {doc_id} not found')
        meta = doc['meta']
        if treebank == 'gum':
            dct, evidence = meta['dateCreated'], 'GUM meta::dateCreated (Wikinews publication date)'
            printed = dateline_date(doc['sentences'])
            if printed and printed != dct:
                dct = printed
                evidence = (f'the dateline printed in the article (GUM meta::dateCreated is '
                            f'{meta["dateCreated"]})')
            url, title = meta.get('sourceURL'), meta.get('title')
        else:
            dct, evidence = ewt_date(doc_id), 'date in the EWT document id (posting date)'
            url, title = None, doc['sentences'][0][0]
        text = article_text(doc['sentences'])
        info = {'url': url, 'outlet': outlet, 'title': title, 'dct': dct,
                'dct_evidence': evidence, 'licence': licence,
                'treebank_document': f'{folder}-ud-{split}.conllu#{doc_id}'}
        outputs[f'articles/{slug}.txt'] = text
        outputs[f'articles/{slug}.meta.json'] = json.dumps(info, indent=1, sort_keys=True,
                                                           ensure_ascii=False) + '\n'
    return outputs


def read_sources(folder):
    """The rows of FOLDER/sources.tsv below its header (slug, treebank, split, document, ...)."""
    with open(os.path.join(folder, 'sources.tsv'), encoding='utf-8') as handle:
        rows = [line.rstrip('\n').split('\t') for line in handle
                if line.strip() and not line.startswith('#')]
    header, sources = rows[0], rows[1:]
    if header != ['slug', 'treebank', 'split', 'document', 'outlet', 'licence']:
        sys.exit(f'{folder}/sources.tsv: unexpected header {header}')
    return sources


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    tests = os.path.join(repo, 'Tests', 'EventExtractionTests')
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--ud', default=os.path.join(repo, '..', 'shared', 'data', 'ud'))
    parser.add_argument('--out', default=None)
    parser.add_argument('--heldout', action='store_true',
                        help='build the held-out set (HeldOut/), disjoint from DevSet/')
    parser.add_argument('--check', action='store_true')
    args = parser.parse_args()
    if args.out is None:
        args.out = os.path.join(tests, 'HeldOut' if args.heldout else 'DevSet')
    sources = read_sources(args.out)
    if args.heldout:
        development = {row[3] for row in read_sources(os.path.join(tests, 'DevSet'))}
        shared = sorted(row[3] for row in sources if row[3] in development)
        if shared:
            sys.exit('held-out documents also in DevSet/sources.tsv: ' + ', '.join(shared))
    elif os.path.abspath(args.out) != os.path.join(tests, 'HeldOut'):
        held_out = {row[3] for row in read_sources(os.path.join(tests, 'HeldOut'))}
        shared = sorted(row[3] for row in sources if row[3] in held_out)
        if shared:
            sys.exit('documents of the held-out set refused: ' + ', '.join(shared))
    outputs = build(args.ud, sources)
    paths = {os.path.join(args.out, name): content for name, content in outputs.items()}
    differ = [os.path.relpath(path, args.out) for path in write_or_check(paths, args.check)]
    if differ:
        sys.exit('differs from the treebanks: ' + ', '.join(differ))
    print(f'{len(sources)} articles {"checked" if args.check else "written"} in {args.out}')


if __name__ == '__main__':
    main()
