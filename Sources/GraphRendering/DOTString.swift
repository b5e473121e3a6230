/// Quoting for DOT source text, so that no actor id, name or relation label can end a string
/// early, start a second statement, or confuse Graphviz's label escapes.
///
/// Graphviz 2.43's lexer turns only `\"` into `"` inside a quoted string and keeps every other
/// backslash pair as written; labels are then read again as escString (`\n`, `\l`, `\N` …).
/// Hence two flavours: `id` for names the lexer sees once, `label` for escString attributes.
enum DOTString {
    /// A double-quoted DOT ID: `"` and `\` escaped, line breaks and other control characters
    /// written as visible backslash sequences (one-to-one, so distinct ids stay distinct).
    static func id(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default:
                if isControl(scalar) {
                    result += "\\u" + hex(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A double-quoted escString value (labels, tooltips): quotes and backslashes escaped,
    /// any line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) becomes a centred `\n` break,
    /// record-label metacharacters `{ } | < >` are backslash-escaped so a label reads the
    /// same whatever shape it lands on, and other control characters become spaces
    /// (a NUL would end the C string; most others make the SVG invalid XML).
    static func label(_ text: String) -> String {
        var result = "\""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "{", "}", "|", "<", ">":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "\n":
                if !previousWasCarriageReturn { result += "\\n" }
            case "\r", "\u{2028}", "\u{2029}": result += "\\n"
            default:
                result.unicodeScalars.append(isControl(scalar) ? " " : scalar)
            }
        }
        return result + "\""
    }

    /// C0, DEL and C1 control characters.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
