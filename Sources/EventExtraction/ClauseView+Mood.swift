import TextAnalysis

/// Whether a verb reports something that happened: the tense, modality and setting of its
/// clause. These decide salience (README, "How events are chosen"), not the event itself.
extension ClauseView {
    /// A simple present tense ("strikes only military targets", "flies to 42 cities",
    /// "holds a 14% stake"): in a news report a generic claim, a habit or a state, not an
    /// event with a time of its own. A form of "do" ("does strike") counts as simple.
    func isSimplePresent(_ index: Int, in range: Range<Int>) -> Bool {
        guard xpos(index) == "VBZ" || xpos(index) == "VBP" else { return false }
        return !(verbGroupStart(index, in: range)..<index).contains {
            isAuxiliary($0) && !["do", "does"].contains(view.keys[$0])
        }
    }

    /// A modal of possibility, ability or obligation in the verb group ("could face", "may
    /// purchase", "must leave"; `hypothetical-modals.tsv`).
    func isHypothetical(_ index: Int, in range: Range<Int>) -> Bool {
        (verbGroupStart(index, in: range)..<index).contains {
            lexicon.hypotheticalModals.contains(view.keys[$0])
        }
    }

    /// A participle or infinitive that modifies a noun ("a posting made on Friday", "the
    /// taxes requested in arrears", "the worst storm to hit the country"): a detail of the
    /// noun, not a clause of its own.
    func isNounModifier(_ index: Int) -> Bool {
        document.tokens[index].dependency == "acl"
    }
}
