import Foundation
import Testing
@testable import ClipBench

struct OrderedSpoolTests {
    private func copied(_ spool: OrderedSpool) throws -> String {
        var text = Data()
        try spool.copyInOrder { text.append($0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Pieces stored in any order come back in the order of their slots; empty slots are skipped.
    @Test(arguments: [[2, 0, 1], [0, 1, 2], [1, 2, 0]])
    func piecesComeBackInSlotOrder(arrival: [Int]) throws {
        let folder = try TemporaryFolder.make("spool")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pieces = ["first 😀\n", "", "third مُحَمَّد\n"]
        let spool = try OrderedSpool(count: 4, in: folder)
        for index in arrival { spool.store(pieces[index], at: index) }
        #expect(try copied(spool) == "first 😀\nthird مُحَمَّد\n")
    }

    /// Stored from many threads at once, every piece is kept whole and in its place.
    @Test func storesFromManyThreads() throws {
        let folder = try TemporaryFolder.make("spool")
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 2_000
        let spool = try OrderedSpool(count: count, in: folder)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            spool.store(String(repeating: "\(index),", count: index % 7 + 1) + "\n", at: index)
        }
        let expected = (0..<count).map { String(repeating: "\($0),", count: $0 % 7 + 1) + "\n" }.joined()
        #expect(try copied(spool) == expected)
    }

    /// The spool file has no name: nothing is left in the folder, during or after.
    @Test func leavesNoFileBehind() throws {
        let folder = try TemporaryFolder.make("spool")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let spool = try OrderedSpool(count: 1, in: folder)
            spool.store(String(repeating: "x", count: 1 << 20), at: 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
            #expect(try copied(spool).utf8.count == 1 << 20)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func aMissingFolderIsAFailure() throws {
        let folder = try TemporaryFolder.make("spool")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OrderedSpool.Failure.self) {
            _ = try OrderedSpool(count: 1, in: folder.appendingPathComponent("missing"))
        }
    }
}
