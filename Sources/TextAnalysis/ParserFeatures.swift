/// Feature templates of the dependency parser: transitions (after Zhang & Nivre 2011, with
/// the relations of the arcs made so far), the arc labeller that names an arc when it is made,
/// and the tree labeller that names each arc once the tree is built.
///
/// Words are 1-based nodes; `words[node - 1]`, `tags[node - 1]` and `clusters[node - 1]`
/// (`WordClusters` codes, an empty buffer for models without cluster features) describe them.
/// Node 0 is the root, -1 means "no such node".
enum ParserFeatures {
    @inline(__always)
    static func word(_ node: Int, _ words: UnsafeBufferPointer<WordShape>) -> UInt64 {
        node > 0 ? words[node - 1].lower : node == 0 ? 2 : 1
    }

    @inline(__always)
    static func tag(_ node: Int, _ tags: UnsafeBufferPointer<Int>) -> UInt64 {
        node > 0 ? UInt64(tags[node - 1]) &+ 16 : node == 0 ? 2 : 1
    }

    /// The coarse (UPOS) part of a node's tag code.
    @inline(__always)
    static func coarse(_ node: Int, _ tags: UnsafeBufferPointer<Int>) -> UInt64 {
        node > 0 ? UInt64(tags[node - 1] >> 16) &+ 40 : node == 0 ? 2 : 1
    }

    /// The relation a node was attached with (7 while unattached).
    @inline(__always)
    static func relation(_ node: Int, _ state: ParserState) -> UInt64 {
        node > 0 ? UInt64(bitPattern: Int64(state.labels[node])) &+ 8 : node == 0 ? 2 : 1
    }

    /// A node's Brown-cluster path prefix of `bits` steps (`WordClusters.prefix`; 0 for a word
    /// without a cluster).
    @inline(__always)
    static func cluster(_ node: Int, _ clusters: UnsafeBufferPointer<UInt64>,
                        _ bits: UInt64) -> UInt64 {
        node > 0 ? WordClusters.prefix(clusters[node - 1], bits) : node == 0 ? 2 : 1
    }

    /// The coarse tag code of PUNCT (see `TagSet`).
    static let punctuationTag = PartOfSpeech.allCases.firstIndex(of: .punct) ?? 31

    /// Transition features of `state`, appended to `out`.
    static func transition(_ state: ParserState, _ words: UnsafeBufferPointer<WordShape>,
                           _ tags: UnsafeBufferPointer<Int>,
                           _ clusters: UnsafeBufferPointer<UInt64>, all: Bool = true,
                           into out: inout [UInt64]) {
        FeatureSink.append(to: &out, limit: 160) { sink in
            transition(state, words, tags, clusters, all: all, into: &sink)
        }
    }

    @inline(__always)
    private static func transition(_ state: ParserState,
                                   _ words: UnsafeBufferPointer<WordShape>,
                                   _ tags: UnsafeBufferPointer<Int>,
                                   _ clusters: UnsafeBufferPointer<UInt64>, all: Bool,
                                   into out: inout FeatureSink) {
        let count = state.count
        let s0 = state.stack.last ?? -1
        let s1 = state.stack.count >= 2 ? state.stack[state.stack.count - 2] : -1
        let n0 = state.buffer <= count ? state.buffer : -1
        let n1 = state.buffer + 1 <= count ? state.buffer + 1 : -1
        let n2 = state.buffer + 2 <= count ? state.buffer + 2 : -1
        let s2 = state.stack.count >= 3 ? state.stack[state.stack.count - 3] : -1
        let s0h = s0 > 0 ? state.heads[s0] : -1
        let s0hh = s0h > 0 ? state.heads[s0h] : -1
        let s0l = s0 >= 0 ? state.leftmost[s0] : -1
        let s0r = s0 >= 0 ? state.rightmost[s0] : -1
        let n0l = n0 > 0 ? state.leftmost[n0] : -1
        let s0w = word(s0, words), s0p = tag(s0, tags)
        let n0w = word(n0, words), n0p = tag(n0, tags)
        let n1w = word(n1, words), n1p = tag(n1, tags)
        let n2w = word(n2, words), n2p = tag(n2, tags)
        let s1p = tag(s1, tags), s1w = word(s1, words)
        let s0hp = tag(s0h, tags), s0hw = word(s0h, words)
        let s0lp = tag(s0l, tags), s0lw = word(s0l, words)
        let s0rp = tag(s0r, tags), s0rw = word(s0r, words)
        let n0lp = tag(n0l, tags), n0lw = word(n0l, words)
        var distance: UInt64 = 0
        if s0 >= 0 && n0 > 0 { distance = UInt64(min(n0 - s0, 6)) }
        let s0vl = s0 >= 0 ? UInt64(min(state.leftCount[s0], 4)) : 9
        let s0vr = s0 >= 0 ? UInt64(min(state.rightCount[s0], 4)) : 9
        let n0vl = n0 > 0 ? UInt64(min(state.leftCount[n0], 4)) : 9
        let s0hasHead: UInt64 = s0 > 0 && state.heads[s0] >= 0 ? 1 : 0
        // Another headless word under the top: two root candidates so far.
        let rootDone: UInt64 = s1 > 0 && state.heads[s1] < 0 ? 1 : 0
        typealias F = FeatureHash
        out.append(F.feature(100, 0))
        out.append(F.feature(101, s0w))
        out.append(F.feature(102, s0p))
        out.append(F.feature(103, s0w, s0p))
        out.append(F.feature(104, n0w))
        out.append(F.feature(105, n0p))
        out.append(F.feature(106, n0w, n0p))
        out.append(F.feature(107, n1w))
        out.append(F.feature(108, n1p))
        out.append(F.feature(109, n1w, n1p))
        out.append(F.feature(110, n2w))
        out.append(F.feature(111, n2p))
        out.append(F.feature(112, s0w, s0p, n0w &* 31 &+ n0p))
        out.append(F.feature(113, s0w, s0p, n0w))
        out.append(F.feature(114, s0w, n0w, n0p))
        out.append(F.feature(115, s0w, s0p, n0p))
        out.append(F.feature(116, s0p, n0w, n0p))
        out.append(F.feature(117, s0w, n0w))
        out.append(F.feature(118, s0p, n0p))
        out.append(F.feature(119, n0p, n1p))
        out.append(F.feature(120, n0p, n1p, n2p))
        out.append(F.feature(121, s0p, n0p, n1p))
        out.append(F.feature(122, s0hp, s0p, n0p))
        out.append(F.feature(123, s0p, s0lp, n0p))
        out.append(F.feature(124, s0p, s0rp, n0p))
        out.append(F.feature(125, s0p, n0p, n0lp))
        out.append(F.feature(126, s0w, distance))
        out.append(F.feature(127, s0p, distance))
        out.append(F.feature(128, n0w, distance))
        out.append(F.feature(129, n0p, distance))
        out.append(F.feature(130, s0w, n0w, distance))
        out.append(F.feature(131, s0p, n0p, distance))
        out.append(F.feature(132, s0w, s0vr))
        out.append(F.feature(133, s0p, s0vr))
        out.append(F.feature(134, s0w, s0vl))
        out.append(F.feature(135, s0p, s0vl))
        out.append(F.feature(136, n0w, n0vl))
        out.append(F.feature(137, n0p, n0vl))
        out.append(F.feature(138, s0hw))
        out.append(F.feature(139, s0hp))
        out.append(F.feature(140, s0lw))
        out.append(F.feature(141, s0lp))
        out.append(F.feature(142, s0rw))
        out.append(F.feature(143, s0rp))
        out.append(F.feature(144, n0lw))
        out.append(F.feature(145, n0lp))
        out.append(F.feature(146, s1p, s0p, n0p))
        out.append(F.feature(147, s1w, s0p))
        out.append(F.feature(148, s0hasHead, s0p, n0p))
        out.append(F.feature(149, s0hasHead, rootDone, n0p))
        out.append(F.feature(150, s0hasHead, s0w))
        out.append(F.feature(151, n0w, n1w))
        out.append(F.feature(152, s0p, n0p, n1p &* 31 &+ s0hasHead))
        let s0x = s0 > 0 ? words[s0 - 1].suffix3 : 3, n0x = n0 > 0 ? words[n0 - 1].suffix3 : 3
        out.append(F.feature(153, s0x, s0p))
        out.append(F.feature(154, n0x, n0p))
        out.append(F.feature(155, tag(s2, tags), s1p, s0p))
        out.append(F.feature(156, tag(s0hh, tags), s0hp, s0p))
        out.append(F.feature(157, n0lw, n0p))
        out.append(F.feature(158, s0w, n1p))
        out.append(F.feature(159, s0rw, n0p))
        out.append(F.feature(160, s0p, s0vl, s0vr &* 16 &+ n0p))
        out.append(F.feature(161, n0p, n0vl, n0lp))
        out.append(F.feature(162, distance, s0hasHead, s0p &* 64 &+ n0p))
        out.append(F.feature(163, s0p, n0w))
        out.append(F.feature(164, s0w, n0p))
        out.append(F.feature(165, s1p, s1w, n0p))
        let s0c = coarse(s0, tags), n0c = coarse(n0, tags), n1c = coarse(n1, tags)
        let s1c = coarse(s1, tags), n2c = coarse(n2, tags), s0hc = coarse(s0h, tags)
        out.append(F.feature(170, s0c, n0c))
        out.append(F.feature(171, s0c, n0c, n1c))
        out.append(F.feature(172, s1c, s0c, n0c))
        out.append(F.feature(173, s0w, n0c))
        out.append(F.feature(174, s0c, n0w))
        out.append(F.feature(175, s0hc, s0c, n0c))
        out.append(F.feature(176, n0c, n1c, n2c))
        out.append(F.feature(177, s0c, n0c, distance &* 4 &+ s0hasHead))
        out.append(F.feature(178, s0c, coarse(s0l, tags), coarse(s0r, tags) &* 64 &+ n0c))
        // Second-order children (Zhang & Nivre 2011) and punctuation between s0 and n0.
        let s0l2 = s0 >= 0 ? state.leftmost2[s0] : -1
        let s0r2 = s0 >= 0 ? state.rightmost2[s0] : -1
        let n0l2 = n0 > 0 ? state.leftmost2[n0] : -1
        out.append(F.feature(180, s0p, tag(s0l2, tags), s0lp))
        out.append(F.feature(181, s0p, s0rp, tag(s0r2, tags)))
        out.append(F.feature(182, n0p, n0lp, tag(n0l2, tags)))
        var punctuation: UInt64 = 0
        if s0 > 0 && n0 > 0 {
            var k = s0 + 1
            while k < n0 && k <= s0 + 8 {
                if tags[k - 1] >> 16 == punctuationTag { punctuation = 1; break }
                k += 1
            }
            if k > s0 + 8 && k < n0 { punctuation |= 2 }
        }
        out.append(F.feature(183, s0p, n0p, punctuation))
        out.append(F.feature(184, n0w, punctuation, s0hasHead))
        out.append(F.feature(185, s0w, punctuation, n0p))
        // Relations of the arcs made so far (Zhang & Nivre 2011: labels and label sets).
        let s0rel = relation(s0, state), s0lrel = relation(s0l, state)
        let s0rrel = relation(s0r, state), n0lrel = relation(n0l, state)
        let s0sl = s0 >= 0 ? state.leftLabels[s0] : 3, s0sr = s0 >= 0 ? state.rightLabels[s0] : 3
        let n0sl = n0 > 0 ? state.leftLabels[n0] : 3
        out.append(F.feature(190, s0rel, s0p, n0p))
        out.append(F.feature(191, s0lrel, s0p, n0p))
        out.append(F.feature(192, s0rrel, s0p, n0p))
        out.append(F.feature(193, n0lrel, n0p, s0p))
        out.append(F.feature(194, s0rel, s0w))
        out.append(F.feature(195, s0p, s0sr, n0p))
        out.append(F.feature(196, s0p, s0sl, n0p))
        out.append(F.feature(197, n0p, n0sl, s0p))
        out.append(F.feature(198, s0w, s0sr))
        out.append(F.feature(199, n0w, n0sl))
        out.append(F.feature(186, relation(s0h, state), s0rel, n0p))
        out.append(F.feature(187, s0lrel, s0rrel, s0p &* 64 &+ n0p))
        // Brown clusters (Koo, Carreras & Collins 2008): short path prefixes (coarse word
        // classes) and whole paths stand in for words the treebanks show too seldom.
        guard !clusters.isEmpty else { return }
        let s0k = cluster(s0, clusters, 32), n0k = cluster(n0, clusters, 32)
        let s0k4 = cluster(s0, clusters, 4), n0k4 = cluster(n0, clusters, 4)
        let s0k6 = cluster(s0, clusters, 6), n0k6 = cluster(n0, clusters, 6)
        // Templates 302 and 307-309 only with `all` (`DependencyParserModel.ClusterFeatures`);
        // the order is the one the shipped model was trained with (float sums depend on it).
        out.append(F.feature(300, s0k, s0p))
        out.append(F.feature(301, n0k, n0p))
        if all { out.append(F.feature(302, cluster(n1, clusters, 32), n1p)) }
        out.append(F.feature(303, s0k4, n0k4, s0p &* 64 &+ n0p))
        out.append(F.feature(304, s0k6, n0k6))
        out.append(F.feature(305, s0k, n0p))
        out.append(F.feature(306, s0p, n0k))
        guard all else { return }
        out.append(F.feature(307, s0k6, n0k6, distance))
        out.append(F.feature(308, n0k6, cluster(n1, clusters, 6)))
        out.append(F.feature(309, cluster(s0h, clusters, 6), s0k6, n0p))
    }

    /// The templates both labellers start with (templates `base` to `base + 10`): the
    /// dependent and head words and tags, alone and paired, with direction and distance.
    @inline(__always)
    private static func headDependent(_ base: UInt64, dw: UInt64, dp: UInt64, hw: UInt64,
                                      hp: UInt64, direction: UInt64, distance: UInt64,
                                      into out: inout FeatureSink) {
        typealias F = FeatureHash
        out.append(F.feature(base, 0))
        out.append(F.feature(base + 1, dw))
        out.append(F.feature(base + 2, dp))
        out.append(F.feature(base + 3, dw, dp))
        out.append(F.feature(base + 4, hw))
        out.append(F.feature(base + 5, hp))
        out.append(F.feature(base + 6, hw, hp))
        out.append(F.feature(base + 7, dp, hp, direction))
        out.append(F.feature(base + 8, dw, hp, direction))
        out.append(F.feature(base + 9, dp, hw, direction))
        out.append(F.feature(base + 10, dp, hp, distance &* 4 &+ direction))
    }

    /// Arc-labeller features of the arc `head → dependent` that the next transition of
    /// `state` makes: what is known at that moment (the dependent's left children, for a left
    /// arc its right ones too, the head's nearer dependents on the same side).
    static func arc(head: Int, dependent: Int, _ state: ParserState,
                    _ words: UnsafeBufferPointer<WordShape>,
                    _ tags: UnsafeBufferPointer<Int>,
                    _ clusters: UnsafeBufferPointer<UInt64>, all: Bool = true,
                    into out: inout [UInt64]) {
        FeatureSink.append(to: &out, limit: 64) { sink in
            arc(head: head, dependent: dependent, state, words, tags, clusters, all: all,
                into: &sink)
        }
    }

    @inline(__always)
    private static func arc(head: Int, dependent: Int, _ state: ParserState,
                            _ words: UnsafeBufferPointer<WordShape>,
                            _ tags: UnsafeBufferPointer<Int>,
                            _ clusters: UnsafeBufferPointer<UInt64>, all: Bool,
                            into out: inout FeatureSink) {
        let count = state.count
        let dw = word(dependent, words), dp = tag(dependent, tags)
        let hw = word(head, words), hp = tag(head, tags)
        let right = head < dependent
        let direction: UInt64 = right ? 1 : 2
        let distance = UInt64(min(abs(head - dependent), 8))
        let dl = state.leftmost[dependent], dr = state.rightmost[dependent]
        // The head's dependent nearest to this one on the same side, made just before.
        let sibling = right ? state.rightmost[head] : state.leftmost[head]
        let same = right ? state.rightLabels[head] : state.leftLabels[head]
        let grand = head > 0 ? state.heads[head] : -1
        let previous = dependent - 1 >= 1 ? dependent - 1 : -1
        let next = dependent + 1 <= count ? dependent + 1 : -1
        let shape = words[dependent - 1]
        typealias F = FeatureHash
        headDependent(400, dw: dw, dp: dp, hw: hw, hp: hp, direction: direction,
                      distance: distance, into: &out)
        out.append(F.feature(411, dp, word(dl, words)))
        out.append(F.feature(412, dp, relation(dl, state), direction))
        out.append(F.feature(413, dp, relation(dr, state), direction))
        out.append(F.feature(414, hp, relation(head, state), dp &* 4 &+ direction))
        out.append(F.feature(415, relation(sibling, state), dp, hp &* 4 &+ direction))
        out.append(F.feature(416, dp, tag(previous, tags), tag(next, tags)))
        out.append(F.feature(417, dp, word(previous, words)))
        out.append(F.feature(418, dp, word(next, words)))
        out.append(F.feature(419, shape.suffix3, dp))
        out.append(F.feature(420, shape.shape, dp))
        out.append(F.feature(421, shape.flags, dp, hp))
        out.append(F.feature(422, dp, hp, word(head - 1 >= 1 ? head - 1 : -1, words)))
        out.append(F.feature(423, dw, hw))
        out.append(F.feature(424, dp, hp, same &* 4 &+ direction))
        var between: UInt64 = 0
        var k = min(head, dependent) + 1
        while k < max(head, dependent) && k <= min(head, dependent) + 8 {
            if tags[k - 1] >> 16 == punctuationTag { between += 1 }
            k += 1
        }
        out.append(F.feature(425, dp, hp, min(between, 2) &* 4 &+ direction))
        out.append(F.feature(426, dp, hp, tag(grand, tags)))
        out.append(F.feature(427, dw, hp, direction &* 16 &+ distance))
        out.append(F.feature(428, dp, hp, tag(head + 1 <= count ? head + 1 : -1, tags)))
        out.append(F.feature(429, dp, hp, UInt64(min(state.leftCount[dependent], 3))
                                 &* 4 &+ UInt64(min(state.rightCount[dependent], 3))))
        guard !clusters.isEmpty else { return }
        out.append(F.feature(430, cluster(dependent, clusters, 32), hp, direction))
        guard all else { return }
        out.append(F.feature(431, dp, cluster(head, clusters, 32), direction))
        out.append(F.feature(432, cluster(dependent, clusters, 6), cluster(head, clusters, 6),
                             direction))
    }

    /// Labeller features of the arc `head → dependent` in a finished tree; `sibling` is the
    /// relation of the nearest left sibling (-1 when none), as arcs are named left to right,
    /// `headRelation` the head's own relation when already named (head to the left, else -1)
    /// and `rightSibling` the nearest right sibling node (-1 when none).
    static func label(dependent: Int, head: Int, heads: [Int], leftmost: [Int],
                      rightmost: [Int], childCount: Int, sibling: Int, headRelation: Int,
                      rightSibling: Int,
                      _ words: UnsafeBufferPointer<WordShape>,
                      _ tags: UnsafeBufferPointer<Int>, into out: inout [UInt64]) {
        FeatureSink.append(to: &out, limit: 64) { sink in
            label(dependent: dependent, head: head, heads: heads, leftmost: leftmost,
                  rightmost: rightmost, childCount: childCount, sibling: sibling,
                  headRelation: headRelation, rightSibling: rightSibling, words, tags,
                  into: &sink)
        }
    }

    private static func label(dependent: Int, head: Int, heads: [Int], leftmost: [Int],
                              rightmost: [Int], childCount: Int, sibling: Int,
                              headRelation: Int, rightSibling: Int,
                              _ words: UnsafeBufferPointer<WordShape>,
                              _ tags: UnsafeBufferPointer<Int>,
                              into out: inout FeatureSink) {
        let count = words.count
        let dw = word(dependent, words), dp = tag(dependent, tags)
        let hw = word(head, words), hp = tag(head, tags)
        let direction: UInt64 = head < dependent ? 1 : 2
        let distance = UInt64(min(abs(head - dependent), 8))
        let grand = head > 0 ? heads[head] : -1
        let gp = tag(grand, tags)
        let l = leftmost[dependent], r = rightmost[dependent]
        let lw = word(l, words), lp = tag(l, tags)
        let rp = tag(r, tags)
        let previous = dependent - 1 >= 1 ? dependent - 1 : -1
        let next = dependent + 1 <= count ? dependent + 1 : -1
        let shape = words[dependent - 1].shape
        typealias F = FeatureHash
        headDependent(200, dw: dw, dp: dp, hw: hw, hp: hp, direction: direction,
                      distance: distance, into: &out)
        out.append(F.feature(211, dp, direction, distance))
        out.append(F.feature(212, dp, hp, gp))
        out.append(F.feature(213, dp, lw))
        out.append(F.feature(214, dp, lp, direction))
        out.append(F.feature(215, dp, rp, direction))
        out.append(F.feature(216, dp, hp, UInt64(min(childCount, 4))))
        out.append(F.feature(217, dp, tag(previous, tags), tag(next, tags)))
        out.append(F.feature(218, dp, word(previous, words)))
        out.append(F.feature(219, dw, hw))
        out.append(F.feature(220, dp, hp, lw))
        out.append(F.feature(221, head == 0 ? 1 : 0, dp))
        out.append(F.feature(222, dp, shape))
        out.append(F.feature(223, dw, direction))
        out.append(F.feature(224, hp, lw, direction))
        out.append(F.feature(225, words[dependent - 1].suffix3, dp))
        let hl = leftmost[head > 0 ? head : 0], hr = rightmost[head > 0 ? head : 0]
        out.append(F.feature(226, dp, hp, hl == dependent ? 1 : hr == dependent ? 2 : 3))
        out.append(F.feature(227, dw, dp, hp))
        out.append(F.feature(228, dp, word(next, words)))
        out.append(F.feature(229, words[dependent - 1].flags, dp, hp))
        let sib = UInt64(bitPattern: Int64(sibling)) &+ 5
        out.append(F.feature(230, sib, dp, hp))
        out.append(F.feature(231, sib, dp, direction))
        out.append(F.feature(232, sib, dw))
        let hrel = UInt64(bitPattern: Int64(headRelation)) &+ 5
        let rs = tag(rightSibling, tags)
        out.append(F.feature(233, hrel, dp, hp))
        out.append(F.feature(234, hrel, dp, direction))
        out.append(F.feature(235, rs, dp, hp &* 4 &+ direction))
        out.append(F.feature(236, rs, sib, dp))
        // The word just before the head: often its auxiliary or copula ("was taken").
        out.append(F.feature(237, dp, hp, word(head - 1 >= 1 ? head - 1 : -1, words)))
        out.append(F.feature(238, dp, hw, word(l, words)))
        out.append(F.feature(239, dw, hp, direction &* 16 &+ distance))
        // Punctuation between head and dependent (parataxis, appos, list vs conj).
        var between: UInt64 = 0
        var k = min(head, dependent) + 1
        while k < max(head, dependent) && k <= min(head, dependent) + 8 {
            if tags[k - 1] >> 16 == punctuationTag { between += 1 }
            k += 1
        }
        out.append(F.feature(240, dp, hp, min(between, 2) &* 4 &+ direction))
        out.append(F.feature(241, dw, min(between, 2), direction))
        out.append(F.feature(242, dp, word(r, words), direction))
    }
}
