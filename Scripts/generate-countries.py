#!/usr/bin/env python3
"""Generate Sources/EventExtraction/Resources/en/lexicons/countries.tsv.

Sources
  * Debian's iso-codes package: /usr/share/iso-codes/json/iso_3166-1.json
    (ISO 3166-1 codes and English names; LGPL-2.1-or-later). Install with
    `apt-get install -y iso-codes`.
  * Scripts/country-extras.tsv: curated, hand-reviewed short names, aliases,
    demonyms, capitals and seats of power (general world knowledge).

Python 3 standard library only. The output is deterministic: rows are sorted
by id, keys inside a cell keep the curated order (official capital first), and
no timestamp is written.

Usage
  python3 Scripts/generate-countries.py            # regenerate and check
  python3 Scripts/generate-countries.py --check    # check only: extras valid
                                                   # and countries.tsv up to date
  python3 Scripts/generate-countries.py --iso PATH --out PATH
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
EXTRAS = os.path.join(ROOT, "Scripts", "country-extras.tsv")
DEFAULT_OUT = os.path.join(
    ROOT, "Sources", "EventExtraction", "Resources", "en", "lexicons", "countries.tsv"
)

HEADER = ["id", "name", "alpha2", "alpha3", "aliases", "demonyms", "capitals", "seats"]
EXTRAS_HEADER = ["alpha2", "alpha3", "name", "aliases", "demonyms", "capitals", "seats"]

# Territories that truly have no demonym or no capital (alpha-2 -> reason).
ALLOWED_GAPS = {
    "AQ": ("demonyms", "capitals", "Antarctica: no permanent population, no capital"),
    "BV": ("demonyms", "capitals", "Bouvet Island: uninhabited"),
    "HM": ("demonyms", "capitals", "Heard Island and McDonald Islands: uninhabited"),
    "UM": ("demonyms", "capitals", "US Minor Outlying Islands: no permanent population, no capital"),
    "GS": ("demonyms", "South Georgia: no permanent population (capital: King Edward Point)"),
    "TF": ("demonyms", "French Southern Territories: no permanent population"),
    "SJ": ("demonyms", "Svalbard and Jan Mayen: no established English demonym"),
    "VA": ("demonyms", "Vatican City: no demonym; 'Vatican' is used as the adjective (an alias)"),
    "TK": ("capitals", "Tokelau: no capital; the administrative centre rotates between atolls"),
}

# Keys deliberately listed under more than one row (genuinely ambiguous names).
SHARED_KEYS = {
    "congo": ("CD", "CG"),
    "congolese": ("CD", "CG"),
    "dominican": ("DM", "DO"),
    "dominicans": ("DM", "DO"),
    "kingston": ("JM", "NF"),
}

# Keys that are also common words or names; the recogniser should require
# capitalisation or context for them. Written to the output as a comment.
AMBIGUOUS = [
    "us", "america", "china", "turkey", "turk", "chad", "jordan", "georgia", "georgian",
    "guinea", "niger", "jersey", "man", "pole", "poles", "polish", "kiwi", "kiwis",
    "the valley", "victoria", "kingston", "hamilton", "douglas", "stanley", "plymouth",
    "lima", "sofia", "tripoli", "san jose", "panama city", "georgetown", "the beehive",
    "westminster", "whitehall", "santiago", "la paz", "cayenne", "saba", "tobago",
    "lao", "greek", "dutch", "french", "swiss", "danish", "swedish", "finnish",
]

# Words that make an official-style name take "the" in running text.
THE_WORDS = re.compile(
    r"\b(republic|kingdom|states|islands|isles|federation|union|emirates|commonwealth|"
    r"principality|sultanate|duchy|confederation|territories|territory|state of)\b"
)

NO_FOLD = {"malé"}  # "male" would collide with the common word


def die(msg: str) -> None:
    sys.exit(f"generate-countries: error: {msg}")


def norm(key: str) -> str:
    key = key.replace("\u2019", "'").replace("\u2018", "'").strip().lower()
    return re.sub(r"\s+", " ", key)


def fold(key: str) -> str:
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(name: str) -> str:
    s = fold(name).lower().replace("&", " and ").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def expand(cell: str) -> list[str]:
    out = []
    for part in cell.split("|"):
        part = norm(part)
        if not part:
            continue
        if part.endswith("(s)"):
            base = part[:-3]
            out += [base, base + "s"]
        else:
            out.append(part)
    return out


def add(keys: list[str], key: str) -> None:
    key = norm(key)
    if not key:
        return
    for k in (key,) if key in NO_FOLD else (key, fold(key)):
        if k not in keys:
            keys.append(k)


def iso_names(entry: dict) -> list[str]:
    """Lower-cased ISO name, official and common name, plus readable variants."""
    raw = [entry.get("common_name"), entry["name"], entry.get("official_name")]
    out: list[str] = []
    for n in filter(None, raw):
        n = norm(n)
        variants = [n]
        m = re.fullmatch(r"(.*?) \((.*)\)(.*)", n)  # "holy see (vatican city state)"
        if m:
            variants.append(norm(m.group(1) + m.group(3)))
        if ", " in n:  # "korea, republic of" -> "republic of korea"
            head, tail = n.split(", ", 1)
            if re.search(r"\bof( the)?$", tail) or tail in ("british", "u.s."):
                variants.append(f"{tail} {head}")
        for v in variants:
            if v.startswith("the "):
                variants.append(v[4:])
        out += variants
    return out


def load_iso(path: str) -> dict[str, dict]:
    if not os.path.isfile(path):
        die(
            f"{path} not found. Install Debian's iso-codes package "
            "(apt-get install -y iso-codes) or pass --iso PATH."
        )
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        die(f"cannot read ISO 3166-1 data from {path}: {e}")
    return {e["alpha_2"]: e for e in data}


def iso_version() -> str:
    try:
        r = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            capture_output=True, text=True, check=True,
        )
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def load_extras(path: str) -> list[tuple[int, dict]]:
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                if cols != EXTRAS_HEADER:
                    die(f"{path}:{lineno}: header must be {EXTRAS_HEADER}, got {cols}")
                header = cols
                continue
            if len(cols) != len(EXTRAS_HEADER):
                die(f"{path}:{lineno}: expected {len(EXTRAS_HEADER)} columns, got {len(cols)}")
            rows.append((lineno, dict(zip(EXTRAS_HEADER, cols))))
    if header is None:
        die(f"{path}: no header row")
    return rows


def build(iso: dict[str, dict], extras: list[tuple[int, dict]]) -> list[list[str]]:
    seen: dict[str, int] = {}
    out = []
    for lineno, x in extras:
        a2 = x["alpha2"].strip()
        where = f"{EXTRAS}:{lineno}"
        if a2 in seen:
            die(f"{where}: {a2} already given on line {seen[a2]}")
        seen[a2] = lineno
        entry = iso.get(a2)
        if entry is None:
            if not x["alpha3"] or not x["name"]:
                die(f"{where}: {a2} is not in ISO 3166-1; give alpha3 and name")
            alpha3, name, base = x["alpha3"].strip(), x["name"].strip(), []
        else:
            if x["alpha3"] and x["alpha3"] != entry["alpha_3"]:
                die(f"{where}: alpha3 {x['alpha3']} != ISO {entry['alpha_3']}")
            alpha3 = entry["alpha_3"]
            name = x["name"].strip() or entry.get("common_name") or entry["name"]
            base = iso_names(entry)
        aliases: list[str] = []
        for a in [name] + expand(x["aliases"]) + base:
            add(aliases, a)
            a = norm(a)
            if not a.startswith("the ") and THE_WORDS.search(a) and not re.search(r"[,(]", a):
                add(aliases, "the " + a)
        cells = {"aliases": aliases}
        for col in ("demonyms", "capitals", "seats"):
            keys: list[str] = []
            for k in expand(x[col]):
                add(keys, k)
            cells[col] = keys
        for key in (k for c in cells.values() for k in c):
            if "\t" in key or "|" in key:
                die(f"{where}: bad character in key {key!r}")
        out.append([slug(name), name, a2, alpha3, *("|".join(cells[c]) for c in
                    ("aliases", "demonyms", "capitals", "seats"))])
    missing = sorted(set(iso) - set(seen))
    if missing:
        die(f"{EXTRAS}: no row for ISO codes {', '.join(missing)} (every entry is reviewed)")
    out.sort(key=lambda r: r[0])
    return out


def check(rows: list[list[str]]) -> list[str]:
    problems = []
    ids: dict[str, str] = {}
    owner: dict[str, set[str]] = {}
    for r in rows:
        rid, name, a2 = r[0], r[1], r[2]
        if rid in ids:
            problems.append(f"id {rid} used by {ids[rid]} and {a2}")
        ids[rid] = a2
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rid):
            problems.append(f"{a2}: bad id {rid!r}")
        cells = dict(zip(HEADER[4:], r[4:]))
        gap = ALLOWED_GAPS.get(a2, ())
        for col in ("demonyms", "capitals"):
            if not cells[col] and col not in gap:
                problems.append(f"{a2} {name}: no {col} and not an allowed gap")
            if cells[col] and col in gap:
                problems.append(f"{a2} {name}: has {col} but is listed as a gap")
        if not cells["aliases"]:
            problems.append(f"{a2} {name}: no aliases")
        row_keys: dict[str, str] = {}
        for col in ("aliases", "demonyms", "capitals", "seats"):
            for k in filter(None, cells[col].split("|")):
                if k != k.lower():
                    problems.append(f"{a2}: key {k!r} is not lower case")
                prev = row_keys.get(k)
                # a city-state's capital may share its name (singapore, monaco ...)
                if prev and {prev, col} != {"aliases", "capitals"}:
                    problems.append(f"{a2}: key {k!r} in both {prev} and {col}")
                row_keys.setdefault(k, col)
                owner.setdefault(k, set()).add(a2)
    for k, codes in sorted(owner.items()):
        if len(codes) > 1 and set(SHARED_KEYS.get(k, ())) != codes:
            problems.append(f"key {k!r} used by {', '.join(sorted(codes))} (add to SHARED_KEYS?)")
    return problems


def render(rows: list[list[str]], version: str) -> str:
    gaps = "; ".join(f"{a2} {v[-1]}" for a2, v in sorted(ALLOWED_GAPS.items()))
    lines = [
        "# Countries and territories: ISO 3166-1 (all entries) plus Kosovo.",
        "# GENERATED by Scripts/generate-countries.py - do not edit; edit Scripts/country-extras.tsv.",
        f"# Sources: Debian iso-codes {version} (iso_3166-1.json, LGPL-2.1-or-later)"
        " + curated Scripts/country-extras.tsv.",
        "# Columns: id (slug of name), name (common English name), alpha2, alpha3 (ISO 3166-1;"
        " XK/XKX for Kosovo),",
        "#   aliases|demonyms|capitals|seats: |-separated lower-case match keys. aliases include the"
        " name, ISO and official names;",
        "#   capitals: official capital first, then seat of government; capitals and seats both"
        " stand for the government (metonyms).",
        f"# Gaps (no demonym and/or capital): {gaps}.",
        "# Shared keys (ambiguous between rows): "
        + ", ".join(f"{k}={'/'.join(v)}" for k, v in sorted(SHARED_KEYS.items())) + ".",
        "# Also common words or names (require capitalisation or context): "
        + ", ".join(AMBIGUOUS) + ".",
        "\t".join(HEADER),
    ]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", default=DEFAULT_ISO, help="path to iso_3166-1.json")
    ap.add_argument("--out", default=DEFAULT_OUT, help="countries.tsv to write or check")
    ap.add_argument("--check", action="store_true",
                    help="validate only; fail if the output file is missing or stale")
    args = ap.parse_args()

    rows = build(load_iso(args.iso), load_extras(EXTRAS))
    problems = check(rows)
    if problems:
        for p in problems:
            print(f"generate-countries: {p}", file=sys.stderr)
        die(f"{len(problems)} problem(s) in the country data")
    text = render(rows, iso_version())
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            die(f"{args.out} missing; run python3 Scripts/generate-countries.py")
        if current != text:
            die(f"{args.out} is stale; run python3 Scripts/generate-countries.py")
        print(f"generate-countries: OK, {len(rows)} rows, {args.out} up to date")
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"generate-countries: wrote {len(rows)} rows to {os.path.relpath(args.out, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
