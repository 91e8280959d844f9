/// `barometer.ipynb`: a Jupyter notebook (nbformat 4) that loads the report's CSVs with pandas and redraws its charts
/// with matplotlib.
enum Notebook {
    static let cells: [(kind: String, source: String)] = [
        (
            "markdown",
            "# Barometer report\n\nThe CSV files beside this notebook are the tables of `index.html`. "
                + "Run the cells to redraw the charts."
        ),
        ("code", "import pandas as pd\nimport matplotlib.pyplot as plt"),
        (
            "code",
            """
            trend = pd.read_csv("trend-weekly.csv", parse_dates=["period_start", "period_end"])
            fig, ax = plt.subplots(figsize=(10, 4.5))
            for source, series in trend.groupby("source"):
                series = series.dropna(subset=["mean_score"])
                line, = ax.plot(series["period_start"], series["mean_score"], marker="o", label=source)
                se = series["std_error"].fillna(0)
                ax.fill_between(series["period_start"], series["mean_score"] - se, series["mean_score"] + se,
                                color=line.get_color(), alpha=0.18)
            ax.axhline(0, color="grey", linewidth=0.8)
            ax.set_xlabel("period start (ISO week)")
            ax.set_ylabel("mean sentiment (-1 … 1), band ±1 standard error")
            ax.set_title("Sentiment per ISO week and source")
            ax.legend()
            plt.show()
            """
        ),
        (
            "code",
            """
            events = pd.read_csv("events.csv", parse_dates=["when_start"])
            fig, ax = plt.subplots(figsize=(10, 4))
            for lane, (_, event) in enumerate(events.iterrows()):
                label = f"{event['text']} · {event['subject']}" if isinstance(event["subject"], str) else event["text"]
                ax.plot(event["when_start"], lane % 12, "o")
                ax.annotate(label, (event["when_start"], lane % 12), xytext=(6, -3), textcoords="offset points")
            ax.set_yticks([])
            ax.set_title("Timeline of reported figures")
            plt.show()
            """
        ),
        ("code", "pd.read_csv(\"sentiment-sources.csv\")"),
        ("code", "pd.read_csv(\"top-sentences.csv\")"),
    ]

    static func json() -> String {
        let rendered = cells.map { cell -> String in
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
            let source = lines.enumerated().map { index, line in
                JSONWriter.string(String(line) + (index < lines.count - 1 ? "\n" : ""))
            }
            var fields = [
                "\"cell_type\": \(JSONWriter.string(cell.kind))", "\"metadata\": {}",
                "\"source\": [\(source.joined(separator: ", "))]",
            ]
            if cell.kind == "code" { fields += ["\"execution_count\": null", "\"outputs\": []"] }
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return """
            {
             "cells": [
            \(rendered.joined(separator: ",\n"))
             ],
             "metadata": {
              "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
              "language_info": {"name": "python"}
             },
             "nbformat": 4,
             "nbformat_minor": 4
            }

            """
    }
}
