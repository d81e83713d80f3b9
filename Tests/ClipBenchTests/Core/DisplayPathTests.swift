import Foundation
import Testing
@testable import ClipBench

struct DisplayPathTests {
    private static var current: String { FileManager.default.currentDirectoryPath }

    @Test(arguments: [
        ("seeds/a.txt", "seeds/a.txt"),
        ("./seeds/./a.txt", "seeds/a.txt"),
        ("Annotations/../seeds/a.txt", "seeds/a.txt"),
        ("a b/مُحَمَّد 😀.yaml", "a b/مُحَمَّد 😀.yaml"),
    ])
    func isRelativeBelowTheCurrentFolder(relative: String, expected: String) {
        let url = URL(fileURLWithPath: Self.current).appendingPathComponent(relative)
        #expect(DisplayPath.of(url) == expected)
    }

    @Test func isAbsoluteElsewhere() {
        #expect(DisplayPath.of(URL(fileURLWithPath: "/no/such/place/x.txt")) == "/no/such/place/x.txt")
        // A sibling folder whose name starts with the current folder's is not below it.
        let sibling = Self.current + "-other/x.txt"
        #expect(DisplayPath.of(URL(fileURLWithPath: sibling)) == sibling)
    }

    @Test func theCurrentFolderItselfIsAbsolute() {
        #expect(DisplayPath.of(URL(fileURLWithPath: Self.current)) == URL(fileURLWithPath: Self.current).standardizedFileURL.path)
    }
}
