#!/usr/bin/env python3
"""Refreshes the real outputs pasted in README.md (between <!-- NAME:begin/end --> markers)
from the release binary, so the README shows what the code prints today.

Usage: swift build -c release && python3 Scripts/update-readme.py
"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
binary = root / ".build/release/eventgraph"
if not binary.exists():
    sys.exit("build first: swift build -c release")


def run(*arguments):
    return subprocess.run([str(binary), *arguments], cwd=root, check=True,
                          capture_output=True, text=True).stdout.rstrip("\n")


example = sorted((root / "Examples").glob("*.txt"))[0].relative_to(root)
blocks = {
    "timeline": run("timeline", str(example)),
    "eval-examples": run("eval", "events", "Examples"),
    "eval-devset": run("eval", "events", "Tests/EventExtractionTests/DevSet"),
    "eval-devwire": run("eval", "events", "Tests/EventExtractionTests/DevWire"),
    "eval-devwire2": run("eval", "events", "Tests/EventExtractionTests/DevWire2"),
    "eval-devwire3": run("eval", "events", "Tests/EventExtractionTests/DevWire3"),
    "eval-devwikinews": run("eval", "events", "Tests/EventExtractionTests/DevWikinews"),
}
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
for name, output in blocks.items():
    pattern = re.compile(rf"(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        sys.exit(f"README.md has no {name} markers")
    text = pattern.sub(lambda m: m.group(1) + "```\n" + output + "\n```\n" + m.group(2), text)
readme.write_text(text, encoding="utf-8")
print("README.md updated:", ", ".join(blocks))
