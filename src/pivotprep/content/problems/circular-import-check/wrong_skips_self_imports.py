"""Drops self-imports as noise while building the graph, so a module importing itself is missed."""


def has_circular_import(imports):
    graph = {}
    for a, b in imports:
        graph.setdefault(a, [])
        graph.setdefault(b, [])
        if a != b:
            graph[a].append(b)
    state = dict.fromkeys(graph, 0)

    def visit(v):
        state[v] = 1
        for w in graph[v]:
            if state[w] == 1 or (state[w] == 0 and visit(w)):
                return True
        state[v] = 2
        return False

    return any(state[v] == 0 and visit(v) for v in graph)
