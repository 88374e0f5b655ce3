"""Every minute-by-minute plan in lessons/ adds up: no period runs over, none has a gap.

A minute table is a Markdown table whose first column is headed "minutes" and whose rows
read "a–b" (from minute a to minute b). Each row starts where the one before it ended, the
first at 0; a "length" column, when there is one, says b − a; a total row ("**50 min**")
and a stated period length ("**Period length:** 48 minutes", "50 minutes in all") must both
equal the table's last minute. With no stated length, a period is 45–50 minutes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

LESSONS = Path(__file__).resolve().parent.parent / "lessons"
PLANS = sorted(LESSONS.glob("[0-9][0-9]-*.md")) + [LESSONS / "core-path.md",
                                                      LESSONS / "performance-task.md"]
RANGE = re.compile(r"^(\d+)\s*[–-]\s*(\d+)$")
STATED = re.compile(r"\*\*Period length:\*\*\s*(\d+) minutes|^(\d+) minutes in all", re.M)


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def minute_tables(text: str) -> list[dict]:
    """Each minute table with its rows, its total row and the length stated just above it
    (since the previous table or heading of a period)."""
    tables, lines = [], text.splitlines()
    for number, line in enumerate(lines):
        if not line.startswith("|") or cells(line)[0].lower() != "minutes":
            continue
        header = [name.lower() for name in cells(line)]
        rows, total = [], None
        for row in lines[number + 2:]:
            if not row.startswith("|"):
                break
            values = dict(zip(header, cells(row)))
            if not values["minutes"]:
                total = int(re.search(r"(\d+)\s*min", row).group(1))
                continue
            rows.append(values)
        above = "\n".join(lines[:number])
        above = above[max(above.rfind("\n## "), above.rfind("\n| minutes")) + 1:]
        stated = [int(a or b) for a, b in STATED.findall(above)]
        tables.append({"rows": rows, "total": total, "stated": stated[-1] if stated else None,
                       "header": header})
    return tables


def test_every_plan_file_is_found():
    assert len(PLANS) >= 9 and all(plan.is_file() for plan in PLANS)


@pytest.mark.parametrize("plan", PLANS, ids=lambda plan: plan.stem)
def test_minute_tables_add_up_to_the_period(plan):
    tables = minute_tables(plan.read_text(encoding="utf-8"))
    assert tables, f"{plan.name} has no minute table"
    for table in tables:
        end = 0
        for row in table["rows"]:
            found = RANGE.match(row["minutes"])
            assert found, f"{plan.name}: “{row['minutes']}” is not a range like 5–10"
            start, stop = int(found.group(1)), int(found.group(2))
            assert start == end, f"{plan.name}: the row {row['minutes']} should start at {end}"
            assert stop > start, f"{plan.name}: the row {row['minutes']} runs backwards"
            if "length" in row:
                assert row["length"] == f"{stop - start} min", \
                    f"{plan.name}: {row['minutes']} lasts {stop - start} min, not {row['length']}"
            end = stop
        for claimed in (table["total"], table["stated"]):
            if claimed is not None:
                assert claimed == end, f"{plan.name}: the plan says {claimed} min, the rows {end}"
        assert 45 <= end <= 50, f"{plan.name}: a period is 45–50 minutes, this one {end}"


def test_the_core_path_has_five_periods_and_ends_with_the_task():
    text = (LESSONS / "core-path.md").read_text(encoding="utf-8")
    tables = minute_tables(text)
    assert len(tables) == 5 and all(table["stated"] for table in tables)
    first, last = tables[0]["rows"], tables[-1]["rows"]
    assert any("task-form-a" in row["notebook section"] for row in first)
    assert any("task-form-a" in row["notebook section"] for row in last)


def test_readme_opens_with_both_paths():
    text = (LESSONS / "README.md").read_text(encoding="utf-8")
    first_section = re.search(r"^## (.+)$", text, re.M).group(1)
    assert first_section == "Two paths"
    paths = text.split("## Two paths", 1)[1].split("\n## ", 1)[0]
    tables = [block for block in re.split(r"\n\s*\n", paths) if block.startswith("| period |")]
    assert len(tables) == 2
    for table in tables:
        assert cells(table.splitlines()[0]) == ["period", "notebook sections", "exercise",
                                                "what you print"]
    core, full = ([cells(line)[0] for line in table.splitlines()[2:]] for table in tables)
    assert core == [str(n) for n in range(1, 6)]
    assert full == [str(n) for n in range(1, len(full) + 1)]
