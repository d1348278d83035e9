#!/usr/bin/env python3
"""Checks that the services are named alike everywhere: the Maven modules packaged as Quarkus services, the
services of infra/envs/prod (local.services, from which the ECR repositories, task definitions and ECS services are
made), and the service lists of the workflows (the native matrix of ci.yml, the services deploy.yml can roll).
Adding a fourth service anywhere but not everywhere fails here, naming where it is missing.

Usage: python infra/scripts/check_services.py [repo root]
"""
import pathlib
import re
import sys

import hcl2
import yaml


def maven_services(root):
    """Modules of the root pom whose own pom packages a Quarkus application (the quarkus-maven-plugin)."""
    pom = (root / "pom.xml").read_text(encoding="utf-8")
    modules = re.findall(r"<module>([^<]+)</module>", pom)
    return {m for m in modules if "quarkus-maven-plugin" in (root / m / "pom.xml").read_text(encoding="utf-8")}


def terraform_services(root):
    """Keys of local.services in infra/envs/prod, and whether the ECR repositories and ECS services use them."""
    main = root / "infra" / "envs" / "prod" / "main.tf"
    with main.open(encoding="utf-8") as handle:
        parsed = hcl2.load(handle)
    services = set()
    for block in parsed.get("locals", []):
        if "services" in block:
            value = block["services"]
            for item in value if isinstance(value, list) else [value]:  # python-hcl2 wraps some maps in a list
                services |= set(item.keys())
    text = main.read_text(encoding="utf-8")
    if "repositories = toset(keys(local.services))" not in re.sub(r"\s+", " ", text):
        raise SystemExit(f"{main}: the ECR repositories are not made from keys(local.services)")
    if not re.search(r'module "service" \{[^}]*for_each\s*=\s*local\.services', text, re.S):
        raise SystemExit(f"{main}: the ECS services (module \"service\") are not made for_each local.services")
    return services


def workflow_services(root):
    """The native matrix of ci.yml, and the services deploy.yml looks at for changes."""
    workflows = root / ".github" / "workflows"
    ci = yaml.safe_load((workflows / "ci.yml").read_text(encoding="utf-8"))
    native = set(ci["jobs"]["native"]["strategy"]["matrix"]["service"])
    deploy = (workflows / "deploy.yml").read_text(encoding="utf-8")
    loop = re.search(r"for service in ([a-z -]+); do", deploy)
    if not loop:
        raise SystemExit(f"{workflows / 'deploy.yml'}: no 'for service in ...; do' list of the services it deploys")
    return {"ci.yml native matrix": native, "deploy.yml services": set(loop.group(1).split())}


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2]
    expected = maven_services(root)
    lists = {"infra/envs/prod local.services (ECR, task definitions, ECS services)": terraform_services(root)}
    lists.update(workflow_services(root))
    failed = False
    for where, names in lists.items():
        if names != expected:
            failed = True
            print(f"{where}: {sorted(names)}; the Quarkus services are {sorted(expected)}"
                  f" (missing {sorted(expected - names)}, extra {sorted(names - expected)})", file=sys.stderr)
    if not expected:
        print("no Quarkus service modules found in pom.xml", file=sys.stderr)
        failed = True
    if failed:
        return 1
    print(f"services named alike in the Maven build, infra/envs/prod and the workflows: {sorted(expected)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
