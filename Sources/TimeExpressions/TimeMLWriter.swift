import TextAnalysis

/// Writes TimeML whose `<TEXT>` holds exactly the document's characters with `<TIMEX3>`
/// elements inserted, so TempEval scorers can align it with a gold file.
public enum TimeMLWriter {
    /// A complete TimeML document: `<DOCID>`, `<DCT>` and `<TEXT>` with the mentions.
    /// Mentions that overlap an earlier one are skipped (TIMEX3s do not nest).
    public static func write(_ document: Document, timexes: [TemporalMention],
                             creationValue: String? = nil) -> String {
        var out = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + escape(document.id)
        out += "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\""
        out += escape(creationValue ?? document.creationDate.description)
        out += "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
        out += escape(creationValue ?? document.creationDate.description)
        out += "</TIMEX3></DCT>\n<TEXT>" + annotatedText(document, timexes: timexes)
        out += "</TEXT>\n</TimeML>\n"
        return out
    }

    /// Only the content of `<TEXT>`: escaped text with `<TIMEX3 tid type value [mod]>` tags.
    public static func annotatedText(_ document: Document, timexes: [TemporalMention]) -> String {
        var out = String.UnicodeScalarView()
        var position = 0
        var number = 1
        let scalars = document.scalars
        for mention in timexes.sorted(by: { $0.span < $1.span })
        where mention.span.start >= position && mention.span.end <= scalars.count {
            appendEscaped(scalars[position..<mention.span.start], to: &out)
            var tag = "<TIMEX3 tid=\"t\(number)\" type=\"\(mention.type.rawValue)\" value=\""
            tag += escape(mention.value) + "\""
            if let mod = mention.mod { tag += " mod=\"\(escape(mod))\"" }
            tag += ">"
            out.append(contentsOf: tag.unicodeScalars)
            appendEscaped(scalars[mention.span.start..<mention.span.end], to: &out)
            out.append(contentsOf: "</TIMEX3>".unicodeScalars)
            position = mention.span.end
            number += 1
        }
        appendEscaped(scalars[position...], to: &out)
        return String(out)
    }

    private static func appendEscaped(_ slice: ArraySlice<Unicode.Scalar>,
                                      to out: inout String.UnicodeScalarView) {
        for scalar in slice {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: out.append(scalar)
            }
        }
    }

    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
