"""n random undirected segments over n/2 junctions, then bfs, dfs and one shortest path."""

import random


def generate(n: int, rng: random.Random) -> dict:
    vertices = max(2, n // 2)
    operations = ["Graph"]
    arguments: list[list] = [[False]]
    for _ in range(n):
        operations.append("add_edge")
        arguments.append([rng.randrange(vertices), rng.randrange(vertices)])
    operations += ["bfs", "dfs", "shortest_path"]
    arguments += [[0], [0], [0, vertices - 1]]
    return {"operations": operations, "arguments": arguments}
