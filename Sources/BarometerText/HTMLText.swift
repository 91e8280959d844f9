/// Interim HTML handling; replaced by the text module's full version.
public enum HTMLText {
    public static func plainText(_ html: String) -> (text: String, title: String?) {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return (out, nil)
    }
}
