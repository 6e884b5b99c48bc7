"""A class on one JupyterHub: bench/hub_load.py with a class of 30 (issue 16's class).

- hub_students, hub_finished: the class, and how many finished both lessons;
- hub_feedback_p95_s: answer sent to its feedback shown, 95th percentile;
- hub_student_peak_mb: the largest per-student peak RSS (server, kernels and what the server
  runs; a fork before its exec counted once), hub_hub_peak_mb the hub's own;
- hub_answers_lost, hub_answers_mixed: from reading every answers file back;
- hub_class_s: the whole class, logins included;
- hub_max_class: the largest class tried that met the bar (all finish, nothing lost or
  mixed, p95 <= 1 s). By default only the class of 30 is tried, so it is a lower bound, not
  a ceiling, and the table says so; MEDIALIT_HUB_SIZES=30,40,60,80 searches (each class on
  a fresh hub, stopping at the first that misses, at MEDIALIT_HUB_BUDGET_S, default 2400,
  or when the free memory would not hold the next), and the table says that instead.

The full record of each run is in build/hub/runs/<time>-n<N>/result.json. Needs the `hub`
extra and configurable-http-proxy (`make bench` and `make hub-test` install them); without
the proxy this prints one line and returns no figures.
"""

from __future__ import annotations

import json
import os

SIZES = [int(x) for x in os.environ.get("MEDIALIT_HUB_SIZES", "30").split(",") if x.strip()]
BUDGET_S = float(os.environ.get("MEDIALIT_HUB_BUDGET_S", "2400"))
TARGETS = {
    "hub_finished": (">=", SIZES[0]),
    "hub_feedback_p95_s": ("<=", 1.0),
    "hub_student_peak_mb": ("<=", 250.0),
    "hub_answers_lost": ("<=", 0),
    "hub_answers_mixed": ("<=", 0),
}
NOTES: dict[str, str] = {}  # filled in by figures(): how hub_max_class was found
KEYS = [
    "hub_students",
    "hub_finished",
    "hub_feedback_p95_s",
    "hub_student_peak_mb",
    "hub_hub_peak_mb",
    "hub_answers_lost",
    "hub_answers_mixed",
    "hub_class_s",
]


def figures() -> dict[str, float]:
    try:
        import hub_load
    except ImportError as exc:
        print(f"hub: {exc} (the `hub` extra; make bench installs it): hub figures skipped")
        return {}
    if not hub_load.CHP.exists():
        print(f"hub: no configurable-http-proxy at {hub_load.CHP} (npm): hub figures skipped")
        return {}
    sizes = ",".join(map(str, SIZES))
    argv = ["--students", str(SIZES[0]), "--budget-s", str(BUDGET_S)]
    args = hub_load.parse_args([*argv, "--sizes", sizes] if len(SIZES) > 1 else argv)
    try:
        tools = hub_load.find_tools(args)
    except SystemExit as exc:  # says what is missing, in one line
        print(f"hub: {exc}: hub figures skipped")
        return {}
    if len(SIZES) > 1:
        search = hub_load.find_ceiling(args, tools)
        first = search["hub_runs"][0]
        best = search["hub_ceiling_students"] or 0
        last = search["hub_runs"][-1]
        why = last.get("skipped") or "; ".join(last.get("hub_missed", [])) or "all sizes met it"
        NOTES["hub_max_class"] = (
            f"ceiling search over {sizes} (last n={last['hub_students']}: {why})"
        )
    else:
        first = hub_load.run_class(args, tools, SIZES[0])
        best = SIZES[0] if hub_load.class_ok(first, args) else 0
        NOTES["hub_max_class"] = f"largest class tried ({sizes}), not a ceiling search"
    if "skipped" in first:
        print(f"hub: the class of {SIZES[0]} was not run: {first['skipped']}")
        return {}
    print(json.dumps({k: first[k] for k in hub_load.SUMMARY_KEYS}))
    print(f"hub: full record in {first['hub_run_dir']}/result.json")
    out = {k: first[k] for k in KEYS if first[k] is not None}  # None: no answer at all
    out["hub_max_class"] = best
    return out
