import BarometerText

/// How a word shapes the clause around it.
enum ClauseRole: UInt8, Sendable {
    case none, contrast, concession, reservation, reply
}

/// Everything known about one term of a language: its valence and its roles, merged over the layers.
/// Plain data only (no references), so the scorer's loops copy it without reference counting.
struct TermInfo: Sendable {
    /// False for a placeholder that only says a longer term starts here.
    var isComplete = false
    /// Some longer term starts with this one.
    var extends = false
    var valence: Double?
    /// Index into `LanguageLexicon.sources` of the file that gave the valence.
    var valenceSource = -1
    var isNegator = false
    /// May negate a word before it when nothing follows it in its clause (`negator-after`).
    var negatesBackward = false
    /// Negates with half the weight (`partial-negator`, "不太").
    var isPartialNegator = false
    var isComparison = false
    var isResult = false
    var booster = 0.0
    var clause = ClauseRole.none
    /// +1 good when up, -1 bad when up, 0 not a quantity.
    var quantity: Int8 = 0
    /// Signed strength of a direction word: +w up, -w down, 0 none.
    var direction = 0.0

    /// A rule word carries no sentiment of its own.
    var isRuleWord: Bool { isNegator || booster != 0 || clause != .none || isComparison || isResult }
}

/// The compiled lexicons and rules of one language: a hash table from term keys to `TermInfo`.
struct LanguageLexicon: Sendable {
    let language: Language
    /// Chinese terms are matched character by character with no separator; other languages word by word.
    let characterBased: Bool
    private(set) var table: TermTable
    private(set) var infos: [TermInfo] = []
    /// The terms as folded for matching (lower case, simplified characters), parallel to `infos`.
    private(set) var terms: [String] = []
    /// File names, for explanations.
    private(set) var sources: [String] = []
    /// The longest term, in tokens.
    private(set) var maxTokens = 1
    /// Inflectional endings tried on a word not found as written, longest first.
    private(set) var endings: [[UInt32]] = []
    /// The same endings as packed tails, in the same order, so the scorer tests one against a word with one compare.
    private(set) var endingTails: [EndingTail] = []
    /// For each ASCII letter, the endings (bit k for `endingTails[k]`) whose last scalar it is; `endingsOther` for
    /// endings that end with another scalar. A word whose last letter ends no ending skips the endings at once.
    private var endingsByLast = [UInt16](repeating: 0, count: 128)
    private var endingsOther: UInt16 = 0
    /// The final parts of compounds, keyed by the hash of their reversed scalars, for compound splitting: content
    /// terms (tagged `content`) and direction words that are not content terms (tagged `directionHead`), the heads of
    /// finance compounds ("Umsatz|plus", "Gewinn|rückgang"). One table, so the backward pass probes once per letter.
    private(set) var finalParts = TermTable(capacity: 16)
    /// The keys a lower-case word may have if the matcher is to do anything with it: the table's keys and, for a
    /// language with endings, every one-token content term with each ending added ("gut" + "en"), the words the
    /// ending fallback finds. The scanner skims the words it turns away (`TokenSink.admission`).
    private(set) var skimFilter: TermTable.Filter
    /// Shortest compound part looked up; 0 turns compound splitting off.
    private(set) var compoundMinimum = 0
    /// How far apart (in tokens) a quantity and a direction word may stand and still pair.
    private(set) var pairWindow = 6
    /// How far back (in tokens) negators and boosters reach.
    private(set) var ruleWindow = SentimentRules.window
    /// How many clauses each way a contrast word's weights reach; 0 for the whole sentence.
    private(set) var contrastReach = 0
    /// Summed valences closer to 0 than this give a compound score of 0 (`neutral-sum`); 0 keeps every sum.
    private(set) var neutralSum = 0.0
    let folding: CharacterFolding?

    /// Whether matching needs the tokens' scalars (for ending and compound fallbacks), not only their hashes.
    var needsScalars: Bool { !endings.isEmpty || compoundMinimum > 0 }

    init(language: Language, files: [LexiconCatalog.LoadedFile]) {
        self.language = language
        characterBased = language == .chinese
        table = TermTable(capacity: 16_384)
        skimFilter = table.keyFilter
        let pairs = files.filter { $0.info.kind == .folding && $0.info.language == language }.flatMap(\.folding)
        folding = characterBased ? CharacterFolding(pairs: pairs) : nil
        var scratch = Workspace()
        for file in files where file.info.language == nil || file.info.language == language {
            let sourceIndex = sources.count
            sources.append(file.info.file)
            for entry in file.valences where entry.language == nil || entry.language == language {
                update(entry.term, scratch: &scratch) {
                    $0.valence = entry.valence
                    $0.valenceSource = sourceIndex
                }
            }
            for entry in file.roles {
                apply(entry, scratch: &scratch)
            }
        }
        // Sized to its entries, not to the initial guess: half the memory, so more of it stays in the cache.
        table = table.resized()
        table.tag { [infos] index in
            let info = infos[Int(index)]
            var tags = TermTable.Tags()
            if info.isComplete { tags.insert(.complete) }
            if info.extends { tags.insert(.extends) }
            if SentimentEngine.isContent(info) { tags.insert(.content) }
            return tags
        }
        endings.sort { $0.count > $1.count }
        skimFilter = table.keyFilter
        for (index, info) in infos.enumerated() where SentimentEngine.isContent(info) && !terms[index].contains(" ") {
            // The ending fallback (`SentimentEngine.fallbackMatch`) keeps a stem of at least `shortestStem` scalars.
            let stem = terms[index].unicodeScalars.map(\.value)
            guard stem.count >= SentimentEngine.shortestStem else { continue }
            for ending in endings {
                let word = stem + ending
                skimFilter.insert(TermKey.combine(TermKey.offsetBasis, TermKey.token(word, 0, word.count)))
            }
        }
        endingTails = endings.map(EndingTail.init)
        precondition(endings.count <= UInt16.bitWidth, "at most \(UInt16.bitWidth) endings: \(endings.count)")
        for (k, ending) in endings.enumerated() {
            let last = ending[ending.count - 1]
            if last < 128 { endingsByLast[Int(last)] |= 1 << k } else { endingsOther |= 1 << k }
        }
        if compoundMinimum > 0 {
            // Final parts of compounds are looked up by their reversed hash (see `SentimentEngine.fallbackMatch`).
            // Every shorter ending of a part is stored too, tagged `longerPart`, so that the backward pass over a
            // word stops as soon as no part ends with the letters it has read.
            var parts: [UInt64: (index: Int32, tags: TermTable.Tags)] = [:]
            for (index, info) in infos.enumerated() where info.isComplete && !terms[index].contains(" ") {
                let scalars = terms[index].unicodeScalars.map(\.value)
                let tags: TermTable.Tags
                if SentimentEngine.isContent(info) {
                    guard scalars.count >= compoundMinimum else { continue }
                    tags = .content
                } else if info.direction != 0 {
                    tags = .directionHead
                } else {
                    continue
                }
                var reversed = TermKey.offsetBasis
                for (read, scalar) in scalars.reversed().enumerated() {
                    reversed = TermKey.add(reversed, scalar)
                    let key = TermKey.combine(TermKey.offsetBasis, reversed)
                    if read + 1 < scalars.count {
                        parts[key, default: (-1, [])].tags.insert(.longerPart)
                    } else {
                        parts[key, default: (-1, [])].index = Int32(index)
                        parts[key, default: (-1, [])].tags.formUnion(tags)
                    }
                }
            }
            for key in parts.keys.sorted() {
                finalParts.insert(key, value: parts[key]!.index, tags: parts[key]!.tags)
            }
            finalParts = finalParts.resized()
        }
    }

    private mutating func apply(_ entry: RoleEntry, scratch: inout Workspace) {
        let weight = entry.weight
        switch entry.role {
        case .negator: update(entry.term, scratch: &scratch) { $0.isNegator = true }
        case .negatorAfter:
            update(entry.term, scratch: &scratch) {
                $0.isNegator = true
                $0.negatesBackward = true
            }
        case .partialNegator:
            update(entry.term, scratch: &scratch) {
                $0.isNegator = true
                $0.isPartialNegator = true
            }
        case .booster: update(entry.term, scratch: &scratch) { $0.booster = weight ?? SentimentRules.boosterIncrement }
        case .contrast: update(entry.term, scratch: &scratch) { $0.clause = .contrast }
        case .concession: update(entry.term, scratch: &scratch) { $0.clause = .concession }
        case .reservation: update(entry.term, scratch: &scratch) { $0.clause = .reservation }
        case .reply: update(entry.term, scratch: &scratch) { $0.clause = .reply }
        case .goodWhenUp: update(entry.term, scratch: &scratch) { $0.quantity = 1 }
        case .badWhenUp: update(entry.term, scratch: &scratch) { $0.quantity = -1 }
        case .up: update(entry.term, scratch: &scratch) { $0.direction = weight ?? 1 }
        case .down: update(entry.term, scratch: &scratch) { $0.direction = -(weight ?? 1) }
        case .comparison: update(entry.term, scratch: &scratch) { $0.isComparison = true }
        case .result: update(entry.term, scratch: &scratch) { $0.isResult = true }
        case .ending: endings.append(entry.term.unicodeScalars.map { ScalarFolding.lowercase($0.value) })
        case .compoundMinimum: compoundMinimum = Int(weight ?? 0)
        case .pairWindow: pairWindow = Int(weight ?? 6)
        case .ruleWindow: ruleWindow = Int(weight ?? Double(SentimentRules.window))
        case .contrastReach: contrastReach = Int(weight ?? 0)
        case .neutralSum: neutralSum = weight ?? 0
        }
    }

    /// Whether some terms are symbol chunks (emoticons), which the scanner then looks for.
    private(set) var hasSymbols = false

    /// A term with an ASCII symbol other than ' and - (":-)", "<3", "d:") is matched as a whole chunk.
    static func isSymbolTerm(_ term: String) -> Bool {
        term.unicodeScalars.contains { s in
            s.isASCII && !(s.properties.isAlphabetic || ("0"..."9").contains(s) || s == " " || s == "'" || s == "-")
        }
    }

    /// A symbol term with a capital letter ("D:", "D=") is matched as written; other symbol terms ignore case.
    static func isCaseSensitiveSymbol(_ term: String) -> Bool {
        isSymbolTerm(term) && term.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// The index of the entry stored under `key`, created if new; a different term under the same key traps.
    private mutating func entry(_ key: UInt64, _ folded: String) -> Int32 {
        var index = table.lookup(key)
        if index < 0 {
            index = Int32(infos.count)
            infos.append(TermInfo())
            terms.append(folded)
            table.insert(key, value: index)
        }
        precondition(terms[Int(index)] == folded, "term key collision: \(folded) and \(terms[Int(index)])")
        return index
    }

    /// Finds or creates the entry for `term` (and placeholders for its prefixes), then changes it.
    private mutating func update(_ term: String, scratch: inout Workspace, _ change: (inout TermInfo) -> Void) {
        if !characterBased, Self.isSymbolTerm(term) {
            let folded =
                Self.isCaseSensitiveSymbol(term)
                ? term
                : String(
                    String.UnicodeScalarView(
                        term.unicodeScalars.map { Unicode.Scalar(ScalarFolding.lowercase($0.value))! }))
            let key = TermKey.combine(
                TermKey.offsetBasis, TermKey.token(folded.unicodeScalars.map(\.value), 0, folded.unicodeScalars.count))
            let index = entry(key, folded)
            infos[Int(index)].isComplete = true
            change(&infos[Int(index)])
            hasSymbols = true
            return
        }
        scratch.reset()
        SentenceScanner.scan(term, folding: folding, into: &scratch)
        let tokens = scratch.tokens
        precondition(!tokens.isEmpty, "lexicon term \"\(term)\" has no word to match")
        var key = TermKey.offsetBasis
        for (position, token) in tokens.enumerated() {
            key = TermKey.combine(key, token.key)
            let folded = folded(scratch, tokens[0...position])
            let index = entry(key, folded)
            if position == tokens.count - 1 {
                infos[Int(index)].isComplete = true
                change(&infos[Int(index)])
            } else {
                infos[Int(index)].extends = true
            }
        }
        maxTokens = max(maxTokens, tokens.count)
    }

    private func folded(_ work: Workspace, _ tokens: ArraySlice<Token>) -> String {
        var view = String.UnicodeScalarView()
        for (n, token) in tokens.enumerated() {
            if n > 0, !characterBased { view.append(" ") }
            for s in Int(token.start)..<Int(token.end) { view.append(Unicode.Scalar(work.scalars[s])!) }
        }
        return String(view)
    }

    /// The endings, as a bit set over `endingTails` in their order, that may end a word whose last scalar is `last`.
    @inline(__always)
    func endingsEndingWith(_ last: UInt32) -> UInt16 {
        last < 128 ? endingsByLast[Int(last)] : endingsOther
    }

    /// Looks up scalars `start..<end` of the workspace as a one-token term.
    @inline(__always)
    func lookup<Scalars: RandomAccessCollection<UInt32>>(_ scalars: Scalars, _ start: Int, _ end: Int) -> Int32
    where Scalars.Index == Int {
        table.lookup(TermKey.combine(TermKey.offsetBasis, TermKey.token(scalars, start, end)))
    }
}

/// An inflectional ending as the last scalars of a word packed into one integer, 21 bits each with the last scalar
/// lowest, beside a mask of its length: a word ends with it when `EndingTail.of(word) & mask == tail`.
struct EndingTail: Sendable {
    /// Endings are a few letters ("en", "es"); three scalars of 21 bits fill a `UInt64`.
    static let longest = 3
    let tail: UInt64
    let mask: UInt64
    let length: Int

    init(_ scalars: [UInt32]) {
        precondition(
            (1...Self.longest).contains(scalars.count), "an ending has 1 to \(Self.longest) letters: \(scalars)")
        tail = Self.pack(scalars, 0, scalars.count)
        mask = (1 << UInt64(21 * scalars.count)) - 1
        length = scalars.count
    }

    /// The last `longest` (or fewer) scalars of `scalars[start..<end]`, packed.
    @inline(__always)
    static func pack<Scalars: RandomAccessCollection<UInt32>>(_ scalars: Scalars, _ start: Int, _ end: Int) -> UInt64
    where Scalars.Index == Int {
        var packed: UInt64 = 0
        for k in max(start, end - longest)..<end { packed = packed << 21 | UInt64(scalars[k]) }
        return packed
    }
}
