import Foundation
import Testing

/// `clipbench serve`'s usage errors, through the real binary (the server itself is tested through
/// its router in Server/EditorServerTests and in a browser by Scripts/editor-browser-test.sh).
struct ServeCommandTests {
    @Test(arguments: [
        (["serve", "--port", "70000"], "--port must be between 0 and 65535"),
        (["serve", "--compare", "/nonexistent/clipbench-review"], "is not a folder"),
        (["serve", "--dataset", "/nonexistent/clipbench"], "does not exist"),
    ])
    func refusesBadUsageWith64(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
    }
}
