"""The ``candor`` subcommands, one module each; ``desktop/cli.py`` parses the command line and calls them.

Each command wires the services below it (collector, exchange, storage, demo, core), prints what a person
needs and returns the exit code: 0 ok, 1 a failed check or bad input, 2 a usage error. What several
commands share (loading the content and saying what is wrong with the policy) is in :mod:`.loading`.
"""
