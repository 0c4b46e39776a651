import Charts
import SwiftUI

/// The last weeks: adherence, the trends, then every session, newest first.
struct HistoryView: View {
    let core: CoreService

    var body: some View {
        Hosted(make: { HistoryModel(core: core) }) { (model: HistoryModel) in
            HistoryPage(state: model.state)
        }
    }
}

private struct HistoryPage: View {
    let state: HistoryModel.ViewState
    @Environment(\.chrome) private var chrome

    var body: some View {
        Page(title: state.screen?.periodLabel ?? chrome.text("tab.history"), loading: state.loading, error: state.error) {
            if let screen = state.screen {
                Card(title: chrome.text("history.adherence")) {
                    Text(screen.adherenceLabel)
                    AdherenceChart(weeks: screen.adherence)
                }
                if !screen.pain.isEmpty {
                    Card(title: chrome.text("history.pain")) { TrendChart(series: screen.pain) }
                }
                if !screen.cuff.isEmpty {
                    Card(title: chrome.text("history.cuff")) { TrendChart(series: screen.cuff) }
                }
                Card(title: chrome.text("history.sessions")) {
                    if let empty = screen.emptyMessage {
                        Text(empty)
                    }
                    ForEach(screen.sessions, id: \.sessionId) { row in
                        SessionRow(row: row)
                    }
                }
            }
        }
    }
}

/// One bar a week, the share of the week's target done; a met week in the accent colour.
/// Swift Charts reads each bar to VoiceOver with the core's label and count.
private struct AdherenceChart: View {
    let weeks: [WeekBar]

    var body: some View {
        Chart(weeks, id: \.weekStart) { week in
            BarMark(x: .value("week", week.label), y: .value("share", week.fraction))
                .foregroundStyle(week.met ? Color.accentColor : Color.secondary)
                .accessibilityLabel(week.label)
                .accessibilityValue("\(week.completed)/\(week.target)")
        }
        .chartYScale(domain: 0...1)
        .chartYAxis(.hidden)
        .frame(height: 120)
    }
}

/// Series drawn as the core gives them: x is the point's position, y its value; the
/// legend gives each series' latest value in the core's words.
private struct TrendChart: View {
    let series: [ChartSeries]

    var body: some View {
        Chart {
            ForEach(series, id: \.name) { line in
                ForEach(line.points, id: \.x) { point in
                    LineMark(x: .value("x", point.x), y: .value(line.unit, point.y))
                        .foregroundStyle(by: .value("series", line.name))
                        .symbol(by: .value("series", line.name))
                        .accessibilityLabel(point.xLabel)
                        .accessibilityValue(point.yLabel)
                }
            }
        }
        .chartXAxis(.hidden)
        .frame(height: 160)
        ForEach(series, id: \.name) { line in
            Text(legend(line)).font(.subheadline)
        }
    }

    private func legend(_ line: ChartSeries) -> String {
        guard let latest = line.points.last else { return "\(line.name) (\(line.unit))" }
        return "\(line.name) (\(line.unit)) · \(latest.xLabel): \(latest.yLabel)"
    }
}

private struct SessionRow: View {
    let row: HistoryRow

    var body: some View {
        VStack(alignment: .leading) {
            Text(row.dateLabel + " · " + row.statusLabel).font(.headline)
            Text(row.setsLabel)
            if let pain = row.painLabel {
                Text(pain)
            }
        }
        .accessibilityElement(children: .combine)
    }
}
