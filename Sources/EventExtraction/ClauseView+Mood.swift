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

    /// A verb inside a relative clause ("Keating, who put the issue in the spotlight in his
    /// 1996 campaign", "the rally that began at noon"): a description of its noun, the
    /// background of the news rather than news of its own.
    func isRelativeClause(_ index: Int) -> Bool {
        document.tokens[index].dependency == "acl:relcl"
    }

    /// A participle with no subject, auxiliary or subordinator of its own that hangs on a
    /// clause ("net income rose 51%, bolstered by gains", "found in a town bordering the
    /// province"): a circumstance of that clause, not an event of its own.
    func isBareParticiple(_ index: Int, in range: Range<Int>) -> Bool {
        guard xpos(index) == "VBG" || xpos(index) == "VBN",
              document.tokens[index].dependency == "advcl",
              verbGroupStart(index, in: range) == index else { return false }
        return !range.contains {
            document.tokens[$0].head == index
                && ["nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "expl"]
                    .contains(document.tokens[$0].dependency ?? "")
        }
    }
}
