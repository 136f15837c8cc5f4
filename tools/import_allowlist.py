"""An import-linter contract that lists what a layer MAY import; anything else breaks it.

import-linter 2.16 ships only "forbidden"-style contracts (forbidden, layers, independence, protected),
which name the packages a layer must not reach: a package nobody thought of (httpx, pydantic, a new
internal folder) passes them silently. This contract is the complement: each module in
`source_modules` may import only
  - modules of its own source package,
  - the standard library (`sys.stdlib_module_names`), when `allow_standard_library = true`,
  - the modules under `allowed_modules` (internal packages such as `desktop.domain`, or the top-level
    name of a third-party distribution such as `sqlalchemy`).
Only direct imports are checked: every layer has its own allowlist, so what a layer reaches
indirectly is already bounded by the allowlists of the layers it may import.

Registered in pyproject.toml: `contract_types = ["allowlist: tools.import_allowlist.AllowlistContract"]`
(lint-imports puts the working directory on sys.path, so `tools` imports from the repository root).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import cast

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output


@dataclass(frozen=True, order=True)
class Violation:
    importer: str
    imported: str
    line_numbers: tuple[int, ...]


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def is_standard_library(module: str) -> bool:
    return module.split(".")[0] in sys.stdlib_module_names


class AllowlistContract(Contract):
    """Modules in `source_modules` import only their own package, `allowed_modules` and, if allowed,
    the standard library."""

    type_name = "allowlist"

    source_modules = fields.ListField(subfield=fields.StringField())
    allowed_modules = fields.ListField(subfield=fields.StringField(), required=False, default=[])
    allow_standard_library = fields.BooleanField(required=False, default=False)
    # False: each source is that one module only (used for package roots such as `desktop/__init__.py`).
    as_packages = fields.BooleanField(required=False, default=True)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        sources = cast(list[str], self.source_modules)
        allowed = cast(list[str], self.allowed_modules)
        allow_stdlib = bool(self.allow_standard_library)
        as_packages = bool(self.as_packages)
        missing = [s for s in sources if s not in graph.modules]
        if missing:
            raise ValueError(f"Module(s) {', '.join(missing)} do not exist.")

        violations: set[Violation] = set()
        for source in sources:
            members = {source} | (graph.find_descendants(source) if as_packages else set())
            for importer in sorted(members):
                for imported in graph.find_modules_directly_imported_by(importer):
                    if as_packages and _within(imported, source):
                        continue
                    if allow_stdlib and is_standard_library(imported):
                        continue
                    if any(_within(imported, a) for a in allowed):
                        continue
                    details = graph.get_import_details(importer=importer, imported=imported)
                    lines = tuple(sorted(d["line_number"] for d in details))
                    violations.add(Violation(importer, imported, lines))
                    output.verbose_print(verbose, f"{importer} -> {imported} is not on the allowlist")
        return ContractCheck(kept=not violations, warnings=[], metadata={"violations": sorted(violations)})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(cast(list[str], self.allowed_modules)) or "nothing"
        stdlib = " and the standard library" if self.allow_standard_library else ""
        output.print_error(f"Allowed: {allowed}{stdlib}.", bold=False)
        output.new_line()
        for v in check.metadata["violations"]:
            lines = ", ".join(f"l.{n}" for n in v.line_numbers) or "l.?"
            output.print_error(f"-   {v.importer} -> {v.imported} ({lines}) is not allowed", bold=False)
        output.new_line()
