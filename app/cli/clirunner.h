#pragma once

/*! \brief Entry point of the headless mode (`--once`, `--help`, `--version`). Returns the exit code. */
int runCli(int argc, char* argv[]);
