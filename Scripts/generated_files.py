"""Write generated files atomically, or check that the files on disk match them.

Shared by the scripts that rebuild committed data (make-devset.py, make-devwire.py,
make-newsdev.py): each builds a {path: content} map, then either writes every file through a
temporary file and a rename (nothing half-written) or, with --check, lists the files whose
content on disk differs or is missing.
"""
import os


def write_or_check(outputs, check):
    """Write each `outputs` path (absolute) with its content, or with `check` only compare.

    Returns the paths that differ from their content (always empty when writing).
    """
    differ = []
    for path, content in sorted(outputs.items()):
        if check:
            old = open(path, encoding='utf-8').read() if os.path.exists(path) else None
            if old != content:
                differ.append(path)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = path + '.tmp'
        with open(temporary, 'w', encoding='utf-8') as handle:
            handle.write(content)
        os.replace(temporary, path)
    return differ
