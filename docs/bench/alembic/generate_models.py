"""Writes the SQLAlchemy model of the autogenerate benchmark's entities (docs/bench/GenerateEntities.java):
the same tables, columns, constraints and indexes, and with --mutate the same 5% edit, for Alembic's side of
docs/bench/alembic-vs-retort.sh.

    python3 generate_models.py OUT_FILE [COUNT=1000] [--mutate]
"""
import sys

NOUNS = ["Customer", "Invoice", "Shipment", "Product", "Warehouse", "Supplier", "Payment", "Contract", "Ticket",
         "Campaign", "Account", "Employee", "Project", "Vehicle", "Booking", "Voucher", "Region", "Device", "License",
         "Survey"]


def mutation_kind(i):
    """Which edit entity i gets under --mutate (0..3), or -1: one in each block of 20, as GenerateEntities.java."""
    return (i // 20) % 4 if i % 20 == (i // 20) % 20 else -1


def table_name(i):
    return "%s_%04d" % (NOUNS[i % len(NOUNS)].lower(), i)


def parent(i):
    return -1 if i == 0 else i - 1 - (i * 7) % min(i, 50)


def table(i, mutate):
    kind = mutation_kind(i) if mutate else -1
    t = table_name(i)
    lines = ["Table(%r, metadata," % t,
             "    Column('id', BigInteger, Identity(start=1, increment=1), primary_key=True),",
             "    Column('name', String(%d), nullable=False)," % (200 if kind == 1 else 120),
             "    Column('code', String(40), unique=True),",
             "    Column('description', String(1000), nullable=%s)," % ("False" if kind == 3 else "True"),
             "    Column('amount', Numeric(12, 2)),",
             "    Column('created_at', DateTime(timezone=True), nullable=False),",
             "    Column('active', Boolean, nullable=False),"]
    p = parent(i)
    if p >= 0:
        lines.append("    Column('%s_id', BigInteger, ForeignKey('%s.id'))," % (table_name(p), table_name(p)))
    if kind == 0:
        lines.append("    Column('note', String(500)),")
    lines.append("    Index('ix_%s_created', 'created_at')," % t)
    if kind == 2:
        lines.append("    Index('ix_%s_amount', 'amount', 'active')," % t)
    lines.append(")")
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    out = args[0]
    count = int(args[1]) if len(args) > 1 and not args[1].startswith("--") else 1000
    mutate = "--mutate" in args
    with open(out, "w") as f:
        f.write("from sqlalchemy import (MetaData, Table, Column, BigInteger, String, Numeric, DateTime, Boolean,\n"
                "                        ForeignKey, Index, Identity)\n\nmetadata = MetaData()\n\n")
        for i in range(count):
            f.write(table(i, mutate) + "\n\n")
    print("wrote %d tables to %s" % (count, out))


if __name__ == "__main__":
    main()
