"""Three-colour depth-first search (iterative): O(V + E) time and space."""


def has_circular_import(imports: list[list[str]]) -> bool:
    graph: dict[str, list[str]] = {}
    for a, b in imports:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, [])
    state = dict.fromkeys(graph, 0)  # 0 unvisited, 1 on the current path, 2 finished
    for root in graph:
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, iter(graph[root]))]
        while stack:
            v, children = stack[-1]
            for w in children:
                if state[w] == 1:
                    return True
                if state[w] == 0:
                    state[w] = 1
                    stack.append((w, iter(graph[w])))
                    break
            else:
                state[v] = 2
                stack.pop()
    return False
