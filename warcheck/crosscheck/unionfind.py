"""Union-find (disjoint sets) of claim keys, each set named by its least member."""

from __future__ import annotations

# Claim keys: (article id, claim index).
T = tuple[int, int]


class UnionFind:
    """Disjoint sets with path halving; each root remembers its set's least member."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}
        self._least: dict[T, T] = {}
        self._size: dict[T, int] = {}

    def add(self, item: T) -> None:
        """Add an item as a set of its own (no change if it is known)."""
        if item not in self._parent:
            self._parent[item] = item
            self._least[item] = item
            self._size[item] = 1

    def find(self, item: T) -> T:
        """Return the root of the item's set."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        """Join the sets of two items."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size.pop(rb)
        least_b = self._least.pop(rb)
        if least_b < self._least[ra]:
            self._least[ra] = least_b

    def least(self, item: T) -> T:
        """Return the least member of the item's set: the set's name."""
        return self._least[self.find(item)]

    def groups_by_least(self) -> dict[T, T]:
        """Return item -> the least member of its set, for every item."""
        return {item: self.least(item) for item in self._parent}
