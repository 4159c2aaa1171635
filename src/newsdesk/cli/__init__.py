"""The ``newsdesk`` command: one short module per subcommand, each calling one library function."""
