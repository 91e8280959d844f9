/// A minimal SVG writer: elements with attributes and escaped text, nothing else.
///
///     var svg = SVGWriter(width: 100, height: 50)
///     svg.element("line", ["x1": "0", "y1": "0", "x2": "100", "y2": "50", "class": "axis"])
///     svg.text("Q1 & Q2", x: 10, y: 20)   // escaped: Q1 &amp; Q2
///     svg.finish()                         // "<svg xmlns=… </svg>\n"
public struct SVGWriter: Sendable {
    public let width: Double
    public let height: Double
    private var body = ""

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// An empty element with attributes in a stable (sorted) order.
    public mutating func element(_ name: String, _ attributes: [String: String]) {
        body += "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// A text element; the content is escaped.
    public mutating func text(_ content: String, x: Double, y: Double, attributes: [String: String] = [:]) {
        var all = attributes
        all["x"] = Self.number(x)
        all["y"] = Self.number(y)
        body += "<text\(Self.attributes(all))>\(Self.escaped(content))</text>\n"
    }

    /// A tooltip-bearing group around what `content` writes.
    public mutating func group(
        _ attributes: [String: String] = [:], title: String? = nil, _ content: (inout SVGWriter) -> Void
    ) {
        body += "<g\(Self.attributes(attributes))>"
        if let title { body += "<title>\(Self.escaped(title))</title>" }
        body += "\n"
        content(&self)
        body += "</g>\n"
    }

    /// Raw markup for a `<style>` block; the caller owns its content.
    public mutating func style(_ css: String) {
        body += "<style>\(Self.escaped(css))</style>\n"
    }

    /// The document: an `svg` root sized in user units, with a `viewBox` so it scales.
    public func finish(title: String? = nil) -> String {
        let size = "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\">\n"
        if let title { out += "<title>\(Self.escaped(title))</title>\n" }
        out += body
        out += "</svg>\n"
        return out
    }

    static func attributes(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(escaped(attributes[$0]!))\"" }
            .joined()
    }

    /// Escapes the five XML special characters.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate with at most two decimals.
    public static func number(_ value: Double) -> String {
        Cell.format(value, digits: 2)
    }
}
