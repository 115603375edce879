"""``ipo-watch poll --once [--json] [--all]``: poll headless and print what is new."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.context import AppContext


def run_poll_command(args: argparse.Namespace) -> int:
    if not args.once:
        print(
            "ipo-watch poll: only --once is supported (the app polls on a schedule).",
            file=sys.stderr,
        )
        return 2
    from desktop.bootstrap import context_for, database_problem, prepare_database
    from desktop.services.polling import poll_all

    try:
        ctx = context_for(args.data_dir, database=getattr(args, "database", None))
    except ValueError as exc:  # a database URL the app cannot use
        print(f"ipo-watch poll: {exc}", file=sys.stderr)
        return 2
    problem = database_problem(ctx)
    if problem:
        print(f"ipo-watch poll: {problem} Open the app to restore a backup.", file=sys.stderr)
        return 2
    try:
        prepare_database(ctx)
    except Exception as exc:
        if ctx.database_url is None:
            raise
        from desktop.store.location import plain_problem

        print(f"ipo-watch poll: {plain_problem(ctx.database_url, exc)}", file=sys.stderr)
        return 2
    outcomes = poll_all(ctx.db)
    stages = _pipeline_stages(ctx, outcomes) if args.all else {}
    for outcome in outcomes:
        for event in outcome.new_events:
            if event.company is None and not args.all:
                continue
            record = {
                "company": event.company or event.subject,
                "kind": event.kind,
                "stage": event.stage if event.company else stages.get(event.id),
                "published": event.published.isoformat() if event.published else None,
                "title": event.title,
                "url": event.url,
                "source": event.source,
            }
            print(json.dumps(record, ensure_ascii=False) if args.json else _line(record))
        if outcome.error:
            state = "failed" if not outcome.ok else "partly failed"
            print(f"{outcome.source_id} {state}: {outcome.error}", file=sys.stderr)
    sys.stdout.flush()
    ctx.db.dispose()
    # A source with nothing to ask (no A-share companies, say) neither failed nor succeeded.
    attempted = [o for o in outcomes if not o.ok or o.documents > 0]
    return 1 if attempted and not any(o.ok for o in attempted) else 0


def _line(record: dict[str, Any]) -> str:
    stage = f" → {record['stage']}" if record["stage"] else ""
    return (
        f"{record['published'] or 'undated':10}  {record['company']}: {record['kind']}{stage}"
        f"  {record['title']}  {record['url'] or ''}".rstrip()
    )


def _pipeline_stages(ctx: AppContext, outcomes: list[Any]) -> dict[int, str]:
    """The stage of each applicant not on the watchlist, for ``--all``."""
    from desktop.store.pipeline import stages_by_event

    ids = [e.id for o in outcomes for e in o.new_events if e.company is None]
    return stages_by_event(ctx.db, ids) if ids else {}
