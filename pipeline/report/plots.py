"""The corpus figures as SVG, drawn offline with matplotlib (the `[report]` extra).

matplotlib rather than Altair/Vega-Lite: it writes SVG itself, with no JavaScript in the page and no
browser engine to render offline (Altair needs vl-convert, a bundled V8), and it is the plotting
library the field already installs. Text stays text in the SVG (``svg.fonttype: none``), so the
browser draws Japanese labels with its own fonts, and output is deterministic (fixed hash salt, no
date).
"""
from __future__ import annotations

import io
from datetime import date

STYLE = {"svg.fonttype": "none", "svg.hashsalt": "pipeline-report", "font.size": 9}


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _svg(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()


def _short(label: str, n: int = 32) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _figure(width: float, height: float):
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    plt.rcParams.update(STYLE)
    return plt.subplots(figsize=(width, height))


def top_entities_svg(rows: list[dict]) -> str:
    if not rows:
        return ""
    fig, ax = _figure(6, 0.25 * len(rows) + 0.8)
    labels = [_short(r["label_en"]) for r in rows][::-1]
    ax.barh(labels, [r["n"] for r in rows][::-1], color="#4c72b0")
    ax.set_xlabel("mentions")
    ax.set_title("Most frequent linked entities")
    return _svg(fig)


def timeline_svg(rows: list[dict]) -> str:
    if not rows:
        return ""
    drawn = [r for r in rows if not r["date"].startswith("-") and not r["date"].startswith("0000")]
    if not drawn:
        return ""  # matplotlib's calendar starts at year 1: BCE dates are in the table only
    kinds = sorted({r["event_type"] for r in drawn})
    fig, ax = _figure(7, 0.35 * len(kinds) + 1.2)
    xs = [date.fromisoformat(r["date"][:10]) for r in drawn]
    ax.scatter(xs, [kinds.index(r["event_type"]) for r in drawn], s=18, alpha=0.7, color="#dd8452")
    ax.set_yticks(range(len(kinds)), kinds)
    ax.set_ylim(-0.5, len(kinds) - 0.5)
    left_out = f"; {len(rows) - len(drawn)} BCE in the table only" if len(drawn) < len(rows) else ""
    ax.set_title(f"Dated claims by event type (earliest date{left_out})")
    ax.grid(axis="x", alpha=0.3)
    return _svg(fig)


def cooccurrence_svg(co: dict) -> str:
    n = len(co["actors"])
    if n == 0:
        return ""  # no two actors share a claim: nothing to draw (the page says so with its table)
    fig, ax = _figure(0.45 * n + 2.5, 0.45 * n + 1.5)
    ax.imshow(co["matrix"], cmap="Blues")
    labels = [_short(a) for a in co["actors"]]
    ax.set_xticks(range(n), labels, rotation=60, ha="right")
    ax.set_yticks(range(n), labels)
    for i, row in enumerate(co["matrix"]):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7)
    ax.set_title("Actors in the same claims (diagonal: claims per actor)")
    return _svg(fig)
