import TextAnalysis

extension ActorScan {
    /// A dateline ("BERLIN (Reuters) -", "MOSCOW (AP)_") names where the story was filed and
    /// who filed it: its capital is a place and its agency no participant. The place before
    /// the first comma or parenthesis ("MIAMI _", "THE HAGUE, Netherlands (AP)_") names no
    /// actor unless it stands for a country: its capitals are no organisation or person.
    mutating func demoteDateline(_ range: Range<Int>) {
        guard let end = view.datelineEnd(range) else { return }
        let placeEnd = (range.lowerBound..<end).first { [",", "("].contains(view.keys[$0]) }
            ?? end
        mentions.removeAll {
            $0.sentence == 0 && $0.tokens.upperBound <= placeEnd
                && actors[$0.actorID]?.kind != .country
        }
        for position in mentions.indices where mentions[position].tokens.upperBound <= end
            && mentions[position].sentence == 0 {
            let actor = actors[mentions[position].actorID]
            mentions[position].form = actor?.kind == .country ? .place : .modifier
            mentions[position].ruleID = "dateline"
        }
    }
}
