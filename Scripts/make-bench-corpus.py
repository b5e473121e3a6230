#!/usr/bin/env python3
"""Builds the store benchmark's corpus: N news-length articles as JSONL, deterministically.

Sources (development data only; TempEval-3 platinum and the UD test splits are not used):
  - TempEval-3 TBAQ (TimeBank + AQUAINT wire stories), text and document date from the .tml;
  - UD English GUM news documents (Wikinews), train and dev splits, with their dateCreated.
Article i starts from source story i mod S at a seeded position and continues with the
sentences of one or two other stories chosen by the same seeded generator until it reaches
a news length (2,000-4,500 characters), the way agency copy is rewritten and combined by
outlets; its "date" is the first story's date. The same N and seed give the same bytes.

usage: python3 Scripts/make-bench-corpus.py [--articles 10000] [--seed 42] \
           [--shared ../shared] [-o /tmp/eventgraph-bench/corpus.jsonl]
"""
import argparse
import glob
import html
import json
import os
import random
import re


def tbaq_stories(shared):
    stories = []
    for path in sorted(glob.glob(os.path.join(shared, "data/tempeval3/tbaq/*/*.tml"))):
        raw = open(path, encoding="utf-8").read()
        dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
        value = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct.group(0)) if dct else None
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if not value or not body:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1)))
        sentences = [s.strip() for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])",
                                                  re.sub(r"\s+", " ", text)) if s.strip()]
        if len(sentences) >= 3:
            stories.append((os.path.basename(path)[:-4], value.group(1), sentences))
    return stories


def gum_stories(shared):
    stories = []
    for split in ("train", "dev"):
        path = os.path.join(shared, f"data/ud/en_gum/en_gum-ud-{split}.conllu")
        name, date, sentences = None, None, []
        for line in open(path, encoding="utf-8"):
            if line.startswith("# newdoc id = "):
                if name and name.startswith("GUM_news") and date and len(sentences) >= 3:
                    stories.append((name, date, sentences))
                name, date, sentences = line.split("=", 1)[1].strip(), None, []
            elif line.startswith("# meta::dateCreated = "):
                date = line.split("=", 1)[1].strip()[:10]
            elif line.startswith("# text = "):
                sentences.append(line.split("=", 1)[1].strip())
        if name and name.startswith("GUM_news") and date and len(sentences) >= 3:
            stories.append((name, date, sentences))
    return stories


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__),
                                                         "../../shared"))
    parser.add_argument("-o", "--output", default="/tmp/eventgraph-bench/corpus.jsonl")
    args = parser.parse_args()
    stories = tbaq_stories(args.shared) + gum_stories(args.shared)
    if not stories:
        raise SystemExit(f"no source stories under {args.shared}/data")
    rng = random.Random(args.seed)
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    total_chars = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for index in range(args.articles):
            name, date, sentences = stories[index % len(stories)]
            target = rng.randint(2000, 4500)
            start = rng.randrange(len(sentences))
            parts = sentences[start:] + sentences[:start]
            text = []
            length = 0
            while length < target:
                for sentence in parts:
                    text.append(sentence)
                    length += len(sentence) + 1
                    if length >= target:
                        break
                _, _, parts = stories[rng.randrange(len(stories))]
            paragraphs = [" ".join(text[i:i + 3]) for i in range(0, len(text), 3)]
            body = "\n\n".join(paragraphs)
            total_chars += len(body)
            record = {"id": f"bench-{index + 1:05d}", "date": date,
                      "title": f"{name} (variant {index // len(stories) + 1})",
                      "url": f"https://example.org/bench/{index + 1}", "text": body}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(json.dumps({"articles": args.articles, "sourceStories": len(stories),
                      "characters": total_chars, "output": args.output}))


if __name__ == "__main__":
    main()
