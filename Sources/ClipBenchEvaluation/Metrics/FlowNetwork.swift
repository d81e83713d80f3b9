/// A unit-capacity flow network solved for a maximum flow of minimum cost, the engine of
/// ``SpanMatching``.
///
/// Arcs must be added in a topological order of an acyclic network (for a matching: source → gold,
/// gold → predicted, predicted → sink), so one pass over them gives the initial potentials even with
/// negative costs. Successive shortest paths (Dijkstra on reduced costs) then augment one unit at a
/// time until the sink is unreachable: after each augmentation the flow is of minimum cost for its
/// value, so the final flow is maximum and, among maximum flows, of minimum cost. Ties between
/// equally short paths go to the lower node numbers, so the result is a function of the numbering.
///
/// ```swift
/// var network = FlowNetwork(nodeCount: 4)
/// network.addEdge(from: 0, to: 1, cost: 0)
/// let arc = network.addEdge(from: 1, to: 2, cost: -5)
/// network.addEdge(from: 2, to: 3, cost: 0)
/// network.maximumFlowOfMinimumCost(from: 0, to: 3)
/// network.carriesFlow(arc)  // true
/// ```
///
/// - Complexity: O(F · E log V) for a flow of value F on V nodes and E arcs.
package struct FlowNetwork {
    private struct Arc {
        package var to: Int
        package var capacity: Int
        package var cost: Int
        package var reverse: Int
    }

    private var arcs: [Arc] = []
    private var outgoing: [[Int]]
    /// Forward arcs in insertion order, as (from, arc index).
    private var forward: [(from: Int, arc: Int)] = []

    package init(nodeCount: Int) {
        outgoing = Array(repeating: [], count: nodeCount)
    }

    /// Adds an arc of capacity 1 and returns its handle for ``carriesFlow(_:)``.
    @discardableResult
    package mutating func addEdge(from: Int, to: Int, cost: Int) -> Int {
        let index = arcs.count
        arcs.append(Arc(to: to, capacity: 1, cost: cost, reverse: index + 1))
        arcs.append(Arc(to: from, capacity: 0, cost: -cost, reverse: index))
        outgoing[from].append(index)
        outgoing[to].append(index + 1)
        forward.append((from, index))
        return index
    }

    /// Whether the arc returned by ``addEdge(from:to:cost:)`` is saturated.
    package func carriesFlow(_ arc: Int) -> Bool {
        arcs[arc].capacity == 0
    }

    package mutating func maximumFlowOfMinimumCost(from source: Int, to sink: Int) {
        let unreachable = Int.max
        let nodeCount = outgoing.count
        // Potentials from one relaxation pass over the arcs in their (topological) insertion order.
        var potential = [Int](repeating: unreachable, count: nodeCount)
        potential[source] = 0
        for (from, index) in forward where potential[from] != unreachable {
            let arc = arcs[index]
            potential[arc.to] = min(potential[arc.to], potential[from] + arc.cost)
        }
        // Nodes the source cannot reach never become reachable, so their potential does not matter.
        for node in potential.indices where potential[node] == unreachable { potential[node] = 0 }

        var distance = [Int](repeating: unreachable, count: nodeCount)
        var arrivedBy = [Int](repeating: -1, count: nodeCount)
        while true {
            for node in 0..<nodeCount { distance[node] = unreachable; arrivedBy[node] = -1 }
            distance[source] = 0
            var queue = MinimumHeap()
            queue.push(distance: 0, node: source)
            while let (nodeDistance, node) = queue.pop() {
                guard nodeDistance == distance[node] else { continue }
                for index in outgoing[node] where arcs[index].capacity > 0 {
                    let arc = arcs[index]
                    let candidate = nodeDistance + arc.cost + potential[node] - potential[arc.to]
                    if candidate < distance[arc.to] {
                        distance[arc.to] = candidate
                        arrivedBy[arc.to] = index
                        queue.push(distance: candidate, node: arc.to)
                    }
                }
            }
            guard distance[sink] != unreachable else { return }
            for node in 0..<nodeCount where distance[node] != unreachable { potential[node] += distance[node] }
            var node = sink
            while node != source {
                let index = arrivedBy[node]
                arcs[index].capacity -= 1
                arcs[arcs[index].reverse].capacity += 1
                node = arcs[arcs[index].reverse].to
            }
        }
    }
}

/// A binary min-heap of (distance, node), ties to the lower node.
private struct MinimumHeap {
    private var items: [(distance: Int, node: Int)] = []

    private static func precedes(_ a: (distance: Int, node: Int), _ b: (distance: Int, node: Int)) -> Bool {
        a.distance != b.distance ? a.distance < b.distance : a.node < b.node
    }

    package mutating func push(distance: Int, node: Int) {
        items.append((distance, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    package mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count && Self.precedes(items[left], items[smallest]) { smallest = left }
                if right < items.count && Self.precedes(items[right], items[smallest]) { smallest = right }
                guard smallest != parent else { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (top.distance, top.node)
    }
}
