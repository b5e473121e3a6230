import TextAnalysis

extension ActorScan {
    /// A dateline ("BERLIN (Reuters) -", "MOSCOW (AP)_") names where the story was filed and
    /// who filed it: its capital is a place and its agency no participant.
    mutating func demoteDateline(_ range: Range<Int>) {
        guard let first = range.first, view.isAcronym(first) || view.texts[first].count > 2
                && view.texts[first] == view.texts[first].uppercased(),
              let dash = range.prefix(10).first(where: {
                  ["-", "--", "—", "–", "_", ":"].contains(view.keys[$0])
                      || view.texts[$0].hasSuffix("_")
              }) else { return }
        for position in mentions.indices where mentions[position].tokens.upperBound <= dash + 1
            && mentions[position].sentence == 0 {
            let actor = actors[mentions[position].actorID]
            mentions[position].form = actor?.kind == .country ? .place : .modifier
            mentions[position].ruleID = "dateline"
        }
    }
}
