"""Reports a loop whenever a module is reached twice, so shared dependencies are flagged as circular."""


def has_circular_import(imports):
    graph = {}
    for a, b in imports:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, [])
    seen = set()
    for root in graph:
        if root in seen:
            continue
        stack = [root]
        while stack:
            v = stack.pop()
            if v in seen:
                return True
            seen.add(v)
            stack.extend(graph[v])
    return False
