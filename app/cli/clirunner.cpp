#include "clirunner.h"

#include <QCoreApplication>

int runCli(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
