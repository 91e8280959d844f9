/// Where the store lives: `--db PATH`, else `$BAROMETER_DB`, else `./barometer.sqlite`.
public enum StoreLocation {
    public static let defaultPath = "barometer.sqlite"
    public static let environmentVariable = "BAROMETER_DB"

    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }
}
