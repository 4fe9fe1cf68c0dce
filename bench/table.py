"""The result table: figure, measured, reference, ratio, target, met."""

import statistics


class Row:
    def __init__(self, figure, measured, reference, ratio, target, met):
        self.cells = [figure, measured, reference, ratio, target,
                      "—" if met is None else ("yes" if met else "NO")]


def failed(figure, error):
    return Row(figure, "failed: %s" % error[:100], "—", "—", "—", False)


def fmt_ms(runs):
    times = [r.seconds * 1000 for r in runs]
    median = statistics.median(times)
    return "%s ms (min %s, n=%d)" % (_ms(median), _ms(min(times)), len(times))


def _ms(value):
    return "%.1f" % value if value < 100 else "%.0f" % value


def fmt_bytes(count):
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= size:
            return "%.1f %s" % (count / size, unit)
    return "%d B" % count


def render(rows):
    header = ["figure", "measured (median)", "reference", "ratio", "target", "met"]
    lines = [header] + [row.cells for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + " |"

    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(c) for c in lines[1:]])
