#include "options.h"

#include "net/urlpolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstring>

namespace {
// lupdate extracts tr() only with a class context: Tr::tr() translates in the "AppOptions" context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

const QString kDefaultStatusUrl = QStringLiteral("https://status.claude.com");
const QString kDefaultApiUrl = QStringLiteral("https://api.anthropic.com");
} // namespace

void addAppOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        Tr::tr("ModelPulse shows whether Claude works for you right now, per model: the official status page "
               "and your own one-token test prompts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("once"), Tr::tr("Check once, print the result and exit (no tray).")},
        {QStringLiteral("json"), Tr::tr("With --once: print one JSON object (schema 1).")},
        {QStringLiteral("no-probes"), Tr::tr("Official status feed only; send no test prompts.")},
        {QStringLiteral("status-url"), Tr::tr("Statuspage base URL (default %1).").arg(kDefaultStatusUrl),
         Tr::tr("url")},
        {QStringLiteral("api-url"), Tr::tr("API base URL (default %1).").arg(kDefaultApiUrl), Tr::tr("url")},
        {QStringLiteral("models"), Tr::tr("Watched model ids, comma separated."), Tr::tr("ids")},
        {QStringLiteral("lang"), Tr::tr("User interface language: ko or en (default: system)."), Tr::tr("lang")},
        {QStringLiteral("data-dir"), Tr::tr("Where history and state are kept."), Tr::tr("dir")},
        {QStringLiteral("demo"), Tr::tr("Run against the built-in simulated provider (no key, no network).")},
    });
    QCommandLineOption confirm(QStringLiteral("confirm-delay-ms"), Tr::tr("Delay before a confirmation probe."),
                               Tr::tr("ms"));
    confirm.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timeout(QStringLiteral("timeout-ms"), Tr::tr("Timeout of each request."), Tr::tr("ms"));
    timeout.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption slow(QStringLiteral("slow-ms"), Tr::tr("Latency above which a probe counts as slow."),
                            Tr::tr("ms"));
    slow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(confirm);
    parser.addOption(timeout);
    parser.addOption(slow);
}

static std::optional<QUrl> readUrl(const QString& text, QString* error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.contains(u"://")) {
        *error = Tr::tr("“%1” is not a URL; write it with https://.").arg(text);
        return std::nullopt;
    }
    if (auto refused = refuseUrl(url)) {
        *error = *refused;
        return std::nullopt;
    }
    return url.adjusted(QUrl::StripTrailingSlash);
}

static std::optional<int> readPositiveInt(const QString& text, const QString& name, QString* error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0) {
        *error = Tr::tr("%1 needs a non-negative number, got “%2”.").arg(name, text);
        return std::nullopt;
    }
    return value;
}

std::optional<AppOptions> readAppOptions(const QCommandLineParser& parser, const QProcessEnvironment& env,
                                         QString* error)
{
    AppOptions o;
    o.once = parser.isSet(QStringLiteral("once"));
    o.json = parser.isSet(QStringLiteral("json"));
    o.noProbes = parser.isSet(QStringLiteral("no-probes"));
    o.demo = parser.isSet(QStringLiteral("demo"));
    if (o.json && !o.once) {
        *error = Tr::tr("--json only makes sense with --once.");
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Tr::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    QString statusText = parser.value(QStringLiteral("status-url"));
    if (statusText.isEmpty())
        statusText = env.value(QStringLiteral("MODELPULSE_STATUS_URL"));
    o.statusUrlGiven = !statusText.isEmpty();
    auto status = readUrl(o.statusUrlGiven ? statusText : kDefaultStatusUrl, error);
    if (!status)
        return std::nullopt;
    o.statusUrl = *status;

    QString apiText = parser.value(QStringLiteral("api-url"));
    if (apiText.isEmpty())
        apiText = env.value(QStringLiteral("MODELPULSE_API_URL"), kDefaultApiUrl);
    auto api = readUrl(apiText, error);
    if (!api)
        return std::nullopt;
    o.apiUrl = *api;

    QString models = parser.value(QStringLiteral("models"));
    if (models.isEmpty())
        models = env.value(QStringLiteral("MODELPULSE_MODELS"));
    for (const QString& id : models.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = id.trimmed();
        if (trimmed.isEmpty() || trimmed.contains(u' ')) {
            *error = Tr::tr("“%1” is not a model id.").arg(id);
            return std::nullopt;
        }
        if (!o.models.contains(trimmed))
            o.models.append(trimmed);
    }

    o.lang = parser.value(QStringLiteral("lang")).toLower();
    if (!o.lang.isEmpty() && o.lang != u"ko" && o.lang != u"en") {
        *error = Tr::tr("--lang must be ko or en, got “%1”.").arg(o.lang);
        return std::nullopt;
    }
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    if (o.dataDir.isEmpty())
        o.dataDir = env.value(QStringLiteral("MODELPULSE_DATA_DIR"));
    if (o.dataDir.isEmpty())
        o.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    if (parser.isSet(QStringLiteral("confirm-delay-ms"))) {
        auto v = readPositiveInt(parser.value(QStringLiteral("confirm-delay-ms")), QStringLiteral("--confirm-delay-ms"), error);
        if (!v)
            return std::nullopt;
        o.confirmDelayMs = *v;
    }
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        auto v = readPositiveInt(parser.value(QStringLiteral("timeout-ms")), QStringLiteral("--timeout-ms"), error);
        if (!v)
            return std::nullopt;
        o.timeoutMs = std::max(100, *v);
    }
    if (parser.isSet(QStringLiteral("slow-ms"))) {
        auto v = readPositiveInt(parser.value(QStringLiteral("slow-ms")), QStringLiteral("--slow-ms"), error);
        if (!v)
            return std::nullopt;
        o.slowMs = std::max(1, *v);
    }
    return o;
}

bool isHeadlessInvocation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--once", "--help", "-h", "--help-all", "--version", "-v", "-?"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

QString installTranslator(const QString& lang)
{
    static QTranslator* translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
    } else {
        translator = new QTranslator(QCoreApplication::instance());
    }
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (translator->load(locale, QStringLiteral("modelpulse"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
    return locale.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}
