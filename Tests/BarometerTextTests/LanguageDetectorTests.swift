import Testing

@testable import BarometerText

@Suite struct LanguageDetectorTests {
    let detector = LanguageDetector()

    @Test(arguments: [
        (
            "Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to December.",
            Language.english
        ),
        ("The shares fell.", .english),
        ("Die Aktie des Konzerns ist am Montag um fünf Prozent gestiegen.", .german),
        ("Der Gewinn sank.", .german),
        ("Über 5 Mio. Euro für die Bank", .german),
        ("股市今天大幅上涨,投资者信心增强。", .chinese),
        ("参考消息网2月23日报道,OpenAI开发的视频生成模型Sora就能迅速生成长达一分钟的高保真视频。", .chinese),
        ("涨", .chinese),
    ])
    func detectsAnalysedLanguages(text: String, language: Language) {
        #expect(detector.detect(text).language == language)
    }

    @Test(arguments: [
        "Le marché a baissé de 5 % cette semaine et les investisseurs sont inquiets.",
        "El mercado cayó un 5 % esta semana y los inversores están preocupados por la inflación.",
        "Il mercato è sceso del 5% questa settimana e gli investitori sono preoccupati.",
        "De markt daalde deze week met 5 procent en de beleggers zijn bezorgd over de inflatie.",
        "O mercado caiu 5% esta semana e os investidores estão preocupados com a inflação.",
        "Рынок упал на пять процентов на этой неделе.",
        "株式市場は今日大きく上昇しました。投資家は安心しています。",
        "주식 시장이 오늘 크게 올랐습니다.",
        "Αγορές σε πτώση σήμερα.",
        "",
        "12345 %%% ---",
        "Stocks rose",
    ])
    func reportsEverythingElseAsUndetermined(text: String) {
        #expect(detector.detect(text).language == .undetermined)
    }

    @Test func confidenceGrowsWithEvidence() {
        let short = detector.detect("The shares fell.")
        let long = detector.detect(
            String(repeating: "The shares of the company fell in the morning and rose in the afternoon. ", count: 5))
        #expect(short.language == .english && long.language == .english)
        #expect(short.confidence < long.confidence)
        #expect((0...1).contains(short.confidence) && (0...1).contains(long.confidence))
        #expect(detector.detect("").confidence == 0)
    }

    @Test func anEnglishTextQuotingChineseNamesStaysEnglish() {
        #expect(
            detector.detect("Zhou Hongyi (周鸿祎), chairman of 360 Security, said the gap with the US was widening.")
                .language == .english)
    }
}
