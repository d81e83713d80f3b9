import Testing
@testable import ClipBench

struct MarkupTreeTests {
    /// A readable form of a tree: `(name:start-end children)` and `start-end` for text; `<` and `>`
    /// mark a piece cut at its start or end.
    static func describe(_ nodes: [MarkupNode<String>]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let range): return "\(range.lowerBound)-\(range.upperBound)"
            case .mark(let element):
                let cut = (element.isCutAtStart ? "<" : "") + (element.isCutAtEnd ? ">" : "")
                return "(\(element.mark.payload)\(cut):\(element.range.lowerBound)-\(element.range.upperBound) "
                    + describe(element.children) + ")"
            }
        }.joined(separator: " ")
    }

    static func mark(_ name: String, _ range: Range<Int>, layer: Int) -> MarkupMark<String> {
        MarkupMark(range: range, layer: layer, payload: name)
    }

    @Test func splitsAnInnerMarkAtTheBorderOfAnOuterOne() {
        let tree = MarkupTree.build(range: 0..<10, marks: [
            Self.mark("R1", 0..<5, layer: 0), Self.mark("R2", 5..<10, layer: 0), Self.mark("E", 3..<8, layer: 1),
        ])
        #expect(Self.describe(tree) == "(R1:0-5 0-3 (E>:3-5 3-5)) (R2:5-10 (E<:5-8 5-8) 8-10)")
    }

    @Test func neverSplitsAnOuterMarkForAnInnerOneThatStartsEarlier() {
        // The entity starts in the whitespace before the region: the region stays whole.
        let tree = MarkupTree.build(range: 0..<10, marks: [Self.mark("R", 2..<10, layer: 0), Self.mark("E", 0..<4, layer: 1)])
        #expect(Self.describe(tree) == "(E>:0-2 0-2) (R:2-10 (E<:2-4 2-4) 4-10)")
    }

    @Test func nestsMarksOfOneLayerByStartThenLength() {
        let tree = MarkupTree.build(range: 0..<9, marks: [
            Self.mark("inner", 3..<6, layer: 1), Self.mark("outer", 1..<8, layer: 1), Self.mark("crossing", 7..<9, layer: 1),
        ])
        #expect(Self.describe(tree) == "0-1 (outer:1-8 1-3 (inner:3-6 3-6) 6-7 (crossing>:7-8 7-8)) (crossing<:8-9 8-9)")
    }

    @Test func keepsAdjacentMarksApartWithExclusiveEnds() {
        let tree = MarkupTree.build(range: 0..<8, marks: [Self.mark("A", 0..<5, layer: 1), Self.mark("B", 5..<8, layer: 1)])
        #expect(Self.describe(tree) == "(A:0-5 0-5) (B:5-8 5-8)")
    }

    @Test func dropsMarksOutsideTheRangeAndEmptyOnes() {
        let tree = MarkupTree.build(range: 0..<4, marks: [Self.mark("far", 6..<9, layer: 0), Self.mark("empty", 2..<2, layer: 0)])
        #expect(Self.describe(tree) == "0-4")
    }

    @Test func coversEveryScalarExactlyOnce() {
        let marks = [
            Self.mark("R1", 0..<6, layer: 0), Self.mark("R2", 7..<20, layer: 0), Self.mark("E1", 4..<9, layer: 1),
            Self.mark("E2", 8..<15, layer: 1), Self.mark("D", 5..<12, layer: 2), Self.mark("D2", 14..<25, layer: 2),
        ]
        var covered: [Int] = []
        func collect(_ nodes: [MarkupNode<String>]) {
            for node in nodes {
                switch node {
                case .text(let range): covered += Array(range)
                case .mark(let element): collect(element.children)
                }
            }
        }
        collect(MarkupTree.build(range: 0..<25, marks: marks))
        #expect(covered == Array(0..<25))
    }
}
