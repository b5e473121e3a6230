/// The configuration of the arc-eager transition system (Nivre 2003) over one sentence.
///
/// Nodes are 1…n for the words and 0 for the artificial root, which starts on the stack.
/// Buffers are reused across sentences (`reset`), so parsing allocates nothing per token.
struct ParserState {
    /// The four arc-eager transitions; an arc's label is chosen when it is made (`apply`).
    enum Move: Int, CaseIterable {
        case shift = 0, reduce, left, right
    }

    var count = 0
    var stack: [Int] = []
    var buffer = 1
    /// Head of each node, -1 while unattached (index 0 unused).
    var heads: [Int] = []
    var leftmost: [Int] = []
    var rightmost: [Int] = []
    /// The second leftmost and rightmost dependents (-1 when fewer than two).
    var leftmost2: [Int] = []
    var rightmost2: [Int] = []
    var leftCount: [Int] = []
    var rightCount: [Int] = []
    /// Relation index given to each node when it was attached, -1 before.
    var labels: [Int] = []
    /// The relations of each node's left and right dependents so far, one bit per relation
    /// (index modulo 64).
    var leftLabels: [UInt64] = []
    var rightLabels: [UInt64] = []
    /// Whether the root already has a dependent (UD trees have exactly one).
    var rootHasChild = false

    mutating func reset(count: Int) {
        self.count = count
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        buffer = 1
        for array in [\ParserState.heads, \.leftmost, \.rightmost, \.leftmost2, \.rightmost2,
                      \.labels] {
            self[keyPath: array].removeAll(keepingCapacity: true)
            self[keyPath: array].append(contentsOf: repeatElement(-1, count: count + 1))
        }
        leftCount.removeAll(keepingCapacity: true)
        leftCount.append(contentsOf: repeatElement(0, count: count + 1))
        rightCount.removeAll(keepingCapacity: true)
        rightCount.append(contentsOf: repeatElement(0, count: count + 1))
        leftLabels.removeAll(keepingCapacity: true)
        leftLabels.append(contentsOf: repeatElement(0, count: count + 1))
        rightLabels.removeAll(keepingCapacity: true)
        rightLabels.append(contentsOf: repeatElement(0, count: count + 1))
        rootHasChild = false
    }

    var isFinal: Bool { buffer > count }

    /// Whether shifting is the only valid move: only the root is on the stack (and the
    /// buffer is not empty), so right and left arcs and reducing are all ruled out. The
    /// parser then needs no scores — a sentence starts this way, and so does every word
    /// after a left arc that emptied the stack.
    var onlyShiftIsValid: Bool { buffer <= count && (stack.last ?? 0) == 0 }

    func isValid(_ move: Move) -> Bool {
        let top = stack.last ?? 0
        switch move {
        case .shift: return buffer <= count
        // The root takes its dependent only in `finish`: an early right arc from the root
        // is the commonest greedy error (Ballesteros & Nivre 2013).
        case .right: return buffer <= count && top != 0
        case .left: return buffer <= count && top != 0 && heads[top] < 0
        case .reduce: return top != 0 && heads[top] >= 0
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        if head == 0 { rootHasChild = true }
        let bit: UInt64 = label >= 0 ? 1 << UInt64(label & 63) : 0
        if dependent < head {
            leftLabels[head] |= bit
            if leftmost[head] < 0 || dependent < leftmost[head] {
                leftmost2[head] = leftmost[head]
                leftmost[head] = dependent
            } else if leftmost2[head] < 0 || dependent < leftmost2[head] {
                leftmost2[head] = dependent
            }
            leftCount[head] += 1
        } else {
            rightLabels[head] |= bit
            if rightmost[head] < 0 || dependent > rightmost[head] {
                rightmost2[head] = rightmost[head]
                rightmost[head] = dependent
            } else if dependent > rightmost2[head] {
                rightmost2[head] = dependent
            }
            rightCount[head] += 1
        }
    }

    /// The arc `move` would make, as (head, dependent); nil for shift and reduce.
    func arc(_ move: Move) -> (head: Int, dependent: Int)? {
        switch move {
        case .shift, .reduce: return nil
        case .left: return (buffer, stack.last ?? 0)
        case .right: return (stack.last ?? 0, buffer)
        }
    }

    /// Applies `move`; `label` is the relation of the arc it makes (-1: none yet).
    mutating func apply(_ move: Move, label: Int = -1) {
        switch move {
        case .shift:
            stack.append(buffer); buffer += 1
        case .reduce:
            stack.removeLast()
        case .left:
            attach(stack.removeLast(), to: buffer, label: label)
        case .right:
            attach(buffer, to: stack[stack.count - 1], label: label)
            stack.append(buffer); buffer += 1
        }
    }

    /// After the last transition: of the words left without a head, the one with the most
    /// dependents (the first on a tie) becomes the root's dependent; the others go under it.
    mutating func finish() {
        guard count > 0 else { return }
        var root = -1
        for node in 1...count where heads[node] < 0 {
            if root < 0 || leftCount[node] + rightCount[node]
                > leftCount[root] + rightCount[root] {
                root = node
            }
        }
        guard root > 0 else { return }
        for node in 1...count where heads[node] < 0 { heads[node] = node == root ? 0 : root }
        rootHasChild = true
    }

    /// Gold arcs lost by `move` (the dynamic oracle of Goldberg & Nivre 2012); `gold` holds
    /// the gold head of each node (index 0 unused).
    func cost(_ move: Move, gold: [Int]) -> Int {
        let top = stack.last ?? 0
        var cost = 0
        switch move {
        case .left:
            // top loses a head in the buffer other than the front (or the root), and its
            // buffer dependents.
            if gold[top] > buffer || gold[top] == 0 { cost += 1 }
            for node in buffer...count where gold[node] == top { cost += 1 }
        case .right:
            // the front loses a head in the stack (other than top) or later in the buffer,
            // and its headless dependents in the stack.
            if gold[buffer] != top {
                if gold[buffer] > buffer || gold[buffer] == 0 || stack.contains(gold[buffer]) {
                    cost += 1
                }
            }
            for node in stack where node != 0 && heads[node] < 0 && gold[node] == buffer {
                cost += 1
            }
        case .reduce:
            if buffer <= count {
                for node in buffer...count where gold[node] == top { cost += 1 }
            }
        case .shift:
            // the front loses a head in the stack and its headless dependents in the stack.
            if gold[buffer] != 0 && stack.contains(gold[buffer]) { cost += 1 }
            for node in stack where node != 0 && heads[node] < 0 && gold[node] == buffer {
                cost += 1
            }
        }
        return cost
    }
}
