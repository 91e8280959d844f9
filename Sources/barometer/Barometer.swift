import ArgumentParser

@main
struct Barometer: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Turns news articles into a market-sentiment time series.")
}
