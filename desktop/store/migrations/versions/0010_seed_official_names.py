"""Seed companies that listed under their official names learn those names as aliases.

Zhipu AI (智谱) is listed in Hong Kong as "Knowledge Atlas Technology Joint Stock Company
Limited" (the name HKEX's New Listing Report writes), Chinese legal name
北京智谱华章科技股份有限公司: neither begins with a name the seed gave it, so its listing
stayed unmatched.  The seed now carries both names; this revision gives them to
the seed company in databases seeded before.  Only names, no code or date: those come
from the exchange's records once they match.

A name is added only when the company still is the seed's (one of the seed's names is
still among its names), the user has not removed that name from its learned identity,
it is not already there in another spelling (繁/简, width, case), no other company is
called by it, and the company has room for another alias.  The companies changed are
noted in the setting ``seed_claims``: right after migrating, the seed step gives them the
earlier filings the new names match (``store.companies.load_seed``).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# seed key -> (names the seed gave it, official names to add)
OFFICIAL_NAMES = {
    "zhipu": (
        ("Zhipu AI", "智谱", "Z.ai", "Zhipu"),
        ("Knowledge Atlas Technology Joint Stock Company Limited", "北京智谱华章科技股份有限公司"),
    ),
}
MAX_ALIASES = 50  # the watchlist's limit (domain.company_rules)
CLAIMS_KEY = "seed_claims"

company = sa.table(
    "company",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_zh", sa.String),
    sa.column("aliases", sa.JSON),
    sa.column("seed_key", sa.String),
)
identity = sa.table(
    "company_identity",
    sa.column("company_id", sa.Integer),
    sa.column("value", sa.String),
    sa.column("removed", sa.Boolean),
)
setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    from desktop.domain.text_fold import fold

    bind = op.get_bind()
    rows = bind.execute(
        sa.select(company.c.id, company.c.name, company.c.name_zh, company.c.aliases)
    ).all()
    taken: dict[str, int] = {}  # folded name -> the company called by it
    for row in rows:
        for name in (row.name, row.name_zh):
            if name:
                taken.setdefault(fold(name), row.id)
    changed = []
    for key, (seed_names, official) in OFFICIAL_NAMES.items():
        targets = bind.execute(
            sa.select(company.c.id, company.c.name, company.c.name_zh, company.c.aliases).where(
                company.c.seed_key == key
            )
        ).all()
        for row in targets:
            aliases = [a for a in (row.aliases or []) if isinstance(a, str)]
            own = {fold(n) for n in (row.name, row.name_zh or "", *aliases) if n}
            if not own & {fold(n) for n in seed_names}:
                continue  # the user made this row another company
            removed = {
                fold(value)
                for (value,) in bind.execute(
                    sa.select(identity.c.value).where(
                        identity.c.company_id == row.id, identity.c.removed.is_(True)
                    )
                )
            }
            added: list[str] = []
            for name in official:
                folded = fold(name)
                if folded in own or folded in removed or taken.get(folded, row.id) != row.id:
                    continue
                if len(aliases) + len(added) >= MAX_ALIASES:
                    break
                added.append(name)
                own.add(folded)
            if added:
                bind.execute(
                    company.update()
                    .where(company.c.id == row.id)
                    .values(aliases=[*aliases, *added])
                )
                changed.append(row.id)
    if changed:
        bind.execute(setting.delete().where(setting.c.key == CLAIMS_KEY))
        bind.execute(setting.insert().values(key=CLAIMS_KEY, value=changed))


def downgrade() -> None:
    """The names stay: by now they may be the user's own aliases as well."""
