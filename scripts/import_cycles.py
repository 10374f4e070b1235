"""An import-linter contract: no import cycles among a package's modules.

import-linter 2.3 has layers, independence and forbidden contracts but none that refuses a cycle
between two modules of one layer (say `langbot.cli` and `langbot.review_cli`), so this one finds
every strongly connected set of modules in the import graph (Tarjan) and reports each."""

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


def _cycles(graph: ImportGraph, package: str) -> list[list[str]]:
    """Each set of modules under `package` that import each other round in a circle."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative Tarjan: the graph is deep enough to trouble Python's recursion limit
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next((t for t in targets if t in modules_set), None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    imported = sorted(graph.find_modules_directly_imported_by(target))
                    work.append((target, iter(imported)))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    modules_set = set(modules)
    for module in modules:
        if module not in index:
            visit(module)
    return sorted(found)


class AcyclicContract(Contract):
    """No module of `package` imports, even through others, a module that imports it back."""

    type_name = "acyclic"

    package = fields.StringField()

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        """Kept when the package's import graph has no cycle."""
        cycles = _cycles(graph, str(self.package))
        return ContractCheck(kept=not cycles, warnings=[], metadata={"cycles": cycles})

    def render_broken_contract(self, check: ContractCheck) -> None:
        """Each set of modules that import one another round a circle, on one line."""
        for cycle in check.metadata["cycles"]:
            output.print_error("import one another in a circle: " + ", ".join(cycle))
            output.new_line()
