/// The tuned constants of the rule engine, with where each value comes from.
enum SentimentRules {
    /// Added by a booster word in the direction of the boosted word (vaderSentiment 3.3.2 `B_INCR`).
    static let boosterIncrement = 0.293
    /// Added to a sentiment word written in capitals when the sentence is not all capitals (vaderSentiment `C_INCR`).
    static let capsIncrement = 0.733
    /// Factor for a negated word (vaderSentiment `N_SCALAR`).
    static let negationFactor = -0.74
    /// Factor for a word after a partial negator ("不太方便", "not very convenient"): half a negation. "Not very
    /// good" says less than "not good"; half of VADER's `N_SCALAR` keeps the sign flip and halves the weight, the same
    /// halving VADER applies before "but". Checked on the ChnSentiCorp development half (+7 items against a full
    /// negation; a quarter measured +9, not taken, as it would make "不太好" nearly neutral).
    static let partialNegationFactor = negationFactor * 0.5
    /// How many tokens before a word a negator or booster reaches (vaderSentiment looks 3 words back).
    static let window = 3
    /// A booster's effect at distance 1, 2, 3 (vaderSentiment damps by 0.95 and 0.9 at distances 2 and 3).
    static let boosterDistanceFactor: [Double] = [1, 0.95, 0.9]
    /// Weights before and after a contrast word (vaderSentiment's "but" rule: 0.5 before, 1.5 after).
    static let beforeContrast = 0.5
    static let afterContrast = 1.5
    /// Weight of the clause a concession word opens ("although …"): the same damping as before a contrast.
    static let concessionClause = 0.5
    /// Weight of what follows a reservation word in its sentence ("房间不错，就是早餐差"): the same damping as before a
    /// contrast, since the speaker marks the remark as a limit of the verdict, not a new verdict. Checked on the
    /// ChnSentiCorp development half (only Chinese lists reservation words).
    static let afterReservation = 0.5
    /// Normalisation constant of the compound score, x / sqrt(x² + alpha) (vaderSentiment `normalize`, alpha 15).
    static let alpha = 15.0
    /// Per exclamation mark, at most 4 counted (vaderSentiment `_amplify_ep`: 0.292 each, up to 4).
    static let exclamationIncrement = 0.292
    static let maxExclamations = 4
    /// Question marks: 0.18 each when 2 or 3, 0.96 when more (vaderSentiment `_amplify_qm`).
    static let questionIncrement = 0.18
    static let questionCap = 0.96
    /// Valence of a finance pair ("sales rose", "Verlust ausgeweitet", "亏损扩大") before the direction's strength:
    /// set to 2.0, the valence of a clearly but not extremely good word in VADER's lexicon ("good" is 1.9,
    /// "profit" 1.9, "gain" 2.4), and checked on the Financial PhraseBank development half.
    static let financePair = 2.0
    /// Factor for a finance quantity after a comparison word in its clause ("… , compared with a profit of …"): the
    /// reference figure counts half, against the sentence. Chosen on the Financial PhraseBank development half
    /// between 0 (ignore the reference) and −1.
    static let comparisonFactor = -0.5
    /// A direction word that opens its clause (", up 5% from …") may pair with a quantity in the clause before it,
    /// up to this many units back (numbers split into several units, "93.6" into two).
    static let previousClauseWindow = 10
}
