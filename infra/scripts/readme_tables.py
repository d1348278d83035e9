#!/usr/bin/env python3
"""Writes the inputs and outputs tables of each module's README from its variables.tf and outputs.tf.

The tables sit between `<!-- BEGIN_TF_TABLES -->` and `<!-- END_TF_TABLES -->` in each README.md next to a
variables.tf (modules and envs); everything else in the README is left alone. Run after changing a variable or
an output:  python infra/scripts/readme_tables.py
"""
import pathlib
import re
import sys

import hcl2

BEGIN, END = "<!-- BEGIN_TF_TABLES -->", "<!-- END_TF_TABLES -->"


def first(value):
    """python-hcl2 wraps attribute values in a one-element list; newer releases do not."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def cell(value) -> str:
    text = str(first(value)).replace('\\"', '"').replace("\n", " ").replace("|", "\\|")
    return text.replace("<", "&lt;").replace(">", "&gt;")


def default_of(body: dict) -> str:
    if "default" not in body:
        return "required"
    value = first(body["default"])
    if value is None:
        return "`null`"
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    text = text.replace("'", '"').replace("True", "true").replace("False", "false")
    return f"`{text}`" if len(text) <= 60 else "see variables.tf"


def unwrap(text) -> str:
    """Type expressions come back as "${...}", nested object attributes as Python dict reprs."""
    text = re.sub(r"^\$\{(.*)\}$", r"\1", str(first(text)), flags=re.S)
    text = re.sub(r"'\$\{([^']*)\}'", r"\1", text)
    return text.replace("'", "").replace(": ", " = ")


def tables(folder: pathlib.Path) -> str:
    variables = hcl2.load((folder / "variables.tf").open()).get("variable", [])
    outputs = hcl2.load((folder / "outputs.tf").open()).get("output", []) if (folder / "outputs.tf").exists() else []
    lines = ["### Inputs", "", "| name | type | default | description |", "|---|---|---|---|"]
    for entry in variables:
        for name, body in entry.items():
            kind = cell(unwrap(body.get("type", "any")))
            sensitive = " (sensitive)" if first(body.get("sensitive")) else ""
            lines.append(f"| `{name}` | `{kind}` | {cell(default_of(body))} | {cell(body.get('description', ''))}{sensitive} |")
    lines += ["", "### Outputs", "", "| name | description |", "|---|---|"]
    for entry in outputs:
        for name, body in entry.items():
            lines.append(f"| `{name}` | {cell(body.get('description', ''))} |")
    return "\n".join(lines)


def main() -> int:
    root = pathlib.Path(__file__).resolve().parent.parent
    for readme in sorted(root.rglob("README.md")):
        if not (readme.parent / "variables.tf").exists():
            continue
        text = readme.read_text(encoding="utf-8")
        if BEGIN not in text or END not in text:
            print(f"{readme}: no table markers", file=sys.stderr)
            continue
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        readme.write_text(f"{head}{BEGIN}\n{tables(readme.parent)}\n{END}{tail}", encoding="utf-8")
        print(f"updated {readme.relative_to(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
