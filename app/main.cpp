#include "cli/clirunner.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    return runCli(argc, argv);
}
