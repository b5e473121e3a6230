import TextAnalysis

extension ActorScan {
    /// A dateline ("BERLIN (Reuters) -", "MOSCOW (AP)_") names where the story was filed and
    /// who filed it: its capital is a place and its agency no participant.
    mutating func demoteDateline(_ range: Range<Int>) {
        guard let end = view.datelineEnd(range) else { return }
        for position in mentions.indices where mentions[position].tokens.upperBound <= end
            && mentions[position].sentence == 0 {
            let actor = actors[mentions[position].actorID]
            mentions[position].form = actor?.kind == .country ? .place : .modifier
            mentions[position].ruleID = "dateline"
        }
    }
}
