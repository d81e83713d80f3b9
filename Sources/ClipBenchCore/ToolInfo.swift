/// The name and version of the toolkit, recorded in every report.
public enum ToolInfo {
    public static let name = "clipbench"
    public static let version = "0.1.0"
}
