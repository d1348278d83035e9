#!/usr/bin/env python3
"""Parses every .tf file under infra/ with python-hcl2; exits non-zero naming each file that fails.

Usage: python infra/scripts/parse_hcl.py [root]   (root defaults to the infra/ folder this script sits in)
"""
import pathlib
import sys

import hcl2


def main() -> int:
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent
    files = sorted(p for p in root.rglob("*.tf") if ".terraform" not in p.parts)
    failed = []
    for path in files:
        try:
            with path.open(encoding="utf-8") as handle:
                hcl2.load(handle)
        except Exception as error:  # python-hcl2 raises lark errors of several kinds
            failed.append(path)
            print(f"FAILED {path}: {error}", file=sys.stderr)
    print(f"parsed {len(files) - len(failed)}/{len(files)} .tf files under {root}")
    if not files:
        print("no .tf files found", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
