#pragma once

#include "oncerunner.h"
#include "options.h"

/*! \brief Runs `--once` to completion: prints the snapshot (JSON or table) and returns the exit code. */
int runOnce(const AppOptions& options, const OnceKey& key);
