"""Alembic's environment for docs/bench/alembic-vs-retort.sh: the generated model, compare_type and
compare_server_default on, the database from ALEMBIC_URL."""
import os
import sys

from alembic import context
from sqlalchemy import create_engine

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model import metadata  # noqa: E402  (written by generate_models.py beside this file)


def run_migrations_online():
    engine = create_engine(os.environ["ALEMBIC_URL"])
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata,
                          compare_type=True, compare_server_default=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
