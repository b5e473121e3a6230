/// Escaping for XML and HTML text and attribute values (GraphML, GEXF, the HTML report).
///
/// Everything a writer puts between tags or in quotes goes through `escape`, so a name with
/// `<`, `&` or quotes cannot open an element or end an attribute. Characters XML 1.0 forbids
/// (most C0 controls, U+FFFE, U+FFFF) become spaces: they would make the file unreadable to
/// every parser, and a space keeps offsets of the surrounding words meaningful.
enum XMLText {
    /// `text` with `& < > " '` and tab, LF, CR as references, forbidden characters as spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // As references, so parsers neither normalise them to spaces in attributes nor
            // fold CR LF into LF in text: a value reads back exactly as written.
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                result.unicodeScalars.append(isAllowed(scalar) ? scalar : " ")
            }
        }
        return result
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, and everything from U+0020 except the
    /// two non-characters U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
